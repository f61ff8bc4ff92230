namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>Result of the paired T-test of forecast A against reference B.</summary>
/// <param name="Gain">I: information gain per target event of A over B (nats); positive favours A.</param>
/// <param name="Confidence">The (1 − α) confidence interval of I: I ± t₁₋α/₂,N₋₁ · s/√N.</param>
/// <param name="T">T = I / (s/√N).</param>
/// <param name="PValue">Two-sided p-value of T under Student's t with N − 1 degrees of freedom.</param>
/// <param name="Events">N: the number of target events (positive rows).</param>
internal readonly record struct InformationGainResult(double Gain, Interval Confidence, double T, double PValue, int Events);

/// <summary>
/// The paired T-test of Rhoades et al. (2011, "Efficient testing of earthquake forecasting models", Acta Geophysica
/// 59, 728–747): information gain per target event of forecast A over reference B on the same rows.
/// </summary>
/// <remarks>
/// <para>Each row's forecast is read as the expected number of target events in it, λ. With N target events
/// (one per positive row), Xᵢ = ln λAᵢ − ln λBᵢ over the event rows, and N_A, N_B the sums of λ over all rows:
/// I = (ΣXᵢ − (N_A − N_B))/N (their eq. 17), s² = ΣXᵢ²/(N−1) − (ΣXᵢ)²/(N² − N) (eq. 18, the sample variance of X),
/// T = I/(s/√N), compared with Student's t on N − 1 degrees of freedom.</para>
/// <para>From probabilities, λ = −ln(1 − p): the Poisson rate whose chance of at least one event in the row is p
/// (p is clipped to [1e-12, 1 − 1e-12] first, as in <see cref="ProbabilityScores"/>). For small p, λ ≈ p.</para>
/// <para>Edge cases: N = 0 gives all NaN; N = 1 gives I but NaN for s, T, p and the interval. When s = 0, T is
/// ±∞ with p = 0 if I ≠ 0, and T = 0 with p = 1 if I = 0 (identical forecasts).</para>
/// </remarks>
internal static class InformationGain
{
    /// <summary>The test on per-row probabilities, converted to rates λ = −ln(1 − p).</summary>
    /// <param name="probabilitiesA">Forecast A's per-row probabilities in [0, 1].</param>
    /// <param name="probabilitiesB">Reference B's per-row probabilities in [0, 1].</param>
    /// <param name="labels">Per-row truth.</param>
    /// <param name="alpha">α of the confidence interval, such as 0.05.</param>
    public static InformationGainResult FromProbabilities(ReadOnlySpan<double> probabilitiesA, ReadOnlySpan<double> probabilitiesB, ReadOnlySpan<bool> labels, double alpha = 0.05)
    {
        MetricInputs.Check(probabilitiesA, labels, nameof(probabilitiesA));
        MetricInputs.Check(probabilitiesB, labels, nameof(probabilitiesB));
        MetricInputs.CheckProbabilities(probabilitiesA, nameof(probabilitiesA));
        MetricInputs.CheckProbabilities(probabilitiesB, nameof(probabilitiesB));
        return FromRates(Rates(probabilitiesA), Rates(probabilitiesB), labels, alpha);
    }

    /// <summary>The test on per-row expected event counts λ (positive).</summary>
    /// <param name="ratesA">Forecast A's per-row expected counts, &gt; 0 and finite.</param>
    /// <param name="ratesB">Reference B's per-row expected counts, &gt; 0 and finite.</param>
    /// <param name="labels">Per-row truth.</param>
    /// <param name="alpha">α of the confidence interval, such as 0.05.</param>
    /// <exception cref="ArgumentException">Lengths differ, or a rate is not positive and finite.</exception>
    public static InformationGainResult FromRates(ReadOnlySpan<double> ratesA, ReadOnlySpan<double> ratesB, ReadOnlySpan<bool> labels, double alpha = 0.05)
    {
        CheckRates(ratesA, labels, nameof(ratesA));
        CheckRates(ratesB, labels, nameof(ratesB));
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "α must be in (0, 1)");
        }

        double totalA = 0, totalB = 0, sumX = 0, sumX2 = 0;
        int events = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            totalA += ratesA[i];
            totalB += ratesB[i];
            if (labels[i])
            {
                double x = Math.Log(ratesA[i]) - Math.Log(ratesB[i]);
                sumX += x;
                sumX2 += x * x;
                events++;
            }
        }

        var none = new Interval(double.NaN, double.NaN);
        if (events == 0)
        {
            return new InformationGainResult(double.NaN, none, double.NaN, double.NaN, 0);
        }

        double n = events;
        double gain = (sumX - (totalA - totalB)) / n;
        if (events == 1)
        {
            return new InformationGainResult(gain, none, double.NaN, double.NaN, 1);
        }

        double variance = Math.Max(0, (sumX2 / (n - 1)) - (sumX * sumX / ((n * n) - n)));
        double standardError = Math.Sqrt(variance) / Math.Sqrt(n);
        double halfWidth = Distributions.StudentTQuantile(1 - (alpha / 2), n - 1) * standardError;
        var confidence = new Interval(gain - halfWidth, gain + halfWidth);
        if (standardError == 0)
        {
            return gain == 0
                ? new InformationGainResult(0, confidence, 0, 1, events)
                : new InformationGainResult(gain, confidence, gain > 0 ? double.PositiveInfinity : double.NegativeInfinity, 0, events);
        }

        double t = gain / standardError;
        return new InformationGainResult(gain, confidence, t, Distributions.StudentTTwoSided(t, n - 1), events);
    }

    /// <summary>λ = −ln(1 − p) per row, p clipped to [1e-12, 1 − 1e-12].</summary>
    /// <param name="probabilities">Per-row probabilities in [0, 1].</param>
    public static double[] Rates(ReadOnlySpan<double> probabilities)
    {
        var rates = new double[probabilities.Length];
        for (int i = 0; i < rates.Length; i++)
        {
            double p = Math.Clamp(probabilities[i], ProbabilityScores.MinProbability, 1 - ProbabilityScores.MinProbability);

            // For small p, ln(1 − p) loses digits to the rounding of 1 − p; the series −ln(1 − p) = p + p²/2 + p³/3 + … does not.
            rates[i] = p < 1e-5 ? p + (p * p / 2) + (p * p * p / 3) : -Math.Log(1 - p);
        }

        return rates;
    }

    private static void CheckRates(ReadOnlySpan<double> rates, ReadOnlySpan<bool> labels, string name)
    {
        MetricInputs.Check(rates, labels, name);
        int bad = rates.IndexOfAnyExceptInRange(double.Epsilon, double.MaxValue);
        if (bad >= 0)
        {
            throw new ArgumentException($"{name}: row {bad} is {rates[bad]}; rates must be positive and finite", name);
        }
    }
}
