using System.Globalization;

namespace GeoAnomaly.Host.Catalogs.Indicators;

/// <summary>
/// Panakkat &amp; Adeli's (2007) eight seismicity indicators over one window of events (the last n, or a time window).
/// </summary>
/// <remarks>
/// <para>Source: A. Panakkat and H. Adeli, "Neural network models for earthquake magnitude prediction using multiple
/// seismicity indicators", International Journal of Neural Systems 17(1), 13-33 (2007). With the window's events
/// i = 1..n in time order, magnitudes M_i and times t_i (days):</para>
/// <list type="bullet">
/// <item>T = t_n - t_1 (days).</item>
/// <item>mean magnitude = Σ M_i / n.</item>
/// <item>dE^1/2 = Σ E_i^1/2 / T with E_i = 10^(11.8 + 1.5 M_i) erg (Gutenberg-Richter energy), erg^1/2 per day.</item>
/// <item>b = (n Σ M_i log10 N_i - Σ M_i Σ log10 N_i) / ((Σ M_i)^2 - n Σ M_i^2), N_i the number of the window's events
/// with magnitude ≥ M_i: least squares over one point (M_i, log10 N_i) per event, as the paper and EQPgen do (computed
/// here in the equivalent centred form b = -S_xy / S_xx). a = Σ (log10 N_i + b M_i) / n.</item>
/// <item>η = Σ (log10 N_i - (a - b M_i))^2 / (n - 1).</item>
/// <item>ΔM = max M_i - a / b (observed minus expected maximum magnitude).</item>
/// <item>μ = mean of the times between successive characteristic events of the window (magnitude in the
/// characteristic band, inclusive), days; c = σ / μ with σ their standard deviation (divided by the number of
/// intervals, as EQPgen does; the paper does not say).</item>
/// </list>
/// <para>Undefined values are NaN with a reason: fewer than 2 events, T = 0 (dE^1/2), all magnitudes equal (b, a, η,
/// ΔM), b = 0 (ΔM), fewer than 2 characteristic events (μ, c), μ = 0 (c). O(n log n) for the counts N_i.</para>
/// </remarks>
internal static class PanakkatAdeli
{
    /// <summary>Writes the nine Panakkat &amp; Adeli values (the eight and a) of one window into <paramref name="row"/>.</summary>
    /// <param name="row">The row to fill.</param>
    /// <param name="days">Event times in days (any origin), non-decreasing.</param>
    /// <param name="magnitudes">Event magnitudes, same order.</param>
    /// <param name="options">Characteristic band.</param>
    public static void Fill(IndicatorValues row, ReadOnlySpan<double> days, ReadOnlySpan<double> magnitudes, IndicatorOptions options)
    {
        int n = magnitudes.Length;
        double span = days[n - 1] - days[0];
        double sumM = 0;
        double sumSqrtE = 0;
        double max = double.NegativeInfinity;
        double min = double.PositiveInfinity;
        foreach (double m in magnitudes)
        {
            sumM += m;
            sumSqrtE += Math.Pow(10, (11.8 + (1.5 * m)) / 2); // E^1/2 with E = 10^(11.8 + 1.5 M) erg
            max = Math.Max(max, m);
            min = Math.Min(min, m);
        }

        row.Set(Indicator.T, span, "no events");
        row.Set(Indicator.MeanMagnitude, sumM / n, "no events");
        row.Set(Indicator.SqrtEnergyRate, span > 0 ? sumSqrtE / span : double.NaN,
            "the events span zero time, so the energy rate dE^1/2 = Σ E^1/2 / T is undefined");
        FillLeastSquares(row, magnitudes, max, min);
        FillCharacteristic(row, days, magnitudes, options);
    }

    private static void FillLeastSquares(IndicatorValues row, ReadOnlySpan<double> magnitudes, double max, double min)
    {
        if (max == min)
        {
            const string Equal = "all magnitudes are equal, so the least-squares Gutenberg-Richter line is undefined";
            row.Missing(Indicator.B, Equal);
            row.Missing(Indicator.A, Equal);
            row.Missing(Indicator.Eta, Equal);
            row.Missing(Indicator.DeltaM, Equal);
            return;
        }

        int n = magnitudes.Length;
        double[] logN = CumulativeLogCounts(magnitudes);
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++)
        {
            meanX += magnitudes[i];
            meanY += logN[i];
        }

        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = magnitudes[i] - meanX;
            sxx += dx * dx;
            sxy += dx * (logN[i] - meanY);
        }

        double b = -sxy / sxx;
        double a = meanY + (b * meanX);
        double squares = 0;
        for (int i = 0; i < n; i++)
        {
            double residual = logN[i] - (a - (b * magnitudes[i]));
            squares += residual * residual;
        }

        row.Set(Indicator.B, b, "the least-squares b is not finite");
        row.Set(Indicator.A, a, "the least-squares a is not finite");
        row.Set(Indicator.Eta, squares / (n - 1), "η needs at least 2 events");
        row.Set(Indicator.DeltaM, b != 0 ? max - (a / b) : double.NaN, "b is zero, so the expected maximum a/b is undefined");
    }

    /// <summary>log10 N_i, N_i = number of magnitudes ≥ M_i, in the input order.</summary>
    private static double[] CumulativeLogCounts(ReadOnlySpan<double> magnitudes)
    {
        int n = magnitudes.Length;
        double[] sorted = magnitudes.ToArray();
        Array.Sort(sorted);
        double[] logN = new double[n];
        for (int i = 0; i < n; i++)
        {
            // The first index of M_i in ascending order: everything from there on is ≥ M_i.
            int lo = 0;
            int hi = n;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < magnitudes[i])
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            logN[i] = Math.Log10(n - lo);
        }

        return logN;
    }

    private static void FillCharacteristic(IndicatorValues row, ReadOnlySpan<double> days, ReadOnlySpan<double> magnitudes, IndicatorOptions options)
    {
        // Two passes over the characteristic events: the mean interval, then the spread about it.
        int intervals = 0;
        double first = double.NaN;
        double last = double.NaN;
        for (int i = 0; i < magnitudes.Length; i++)
        {
            if (IsCharacteristic(magnitudes[i], options))
            {
                intervals += double.IsNaN(last) ? 0 : 1;
                first = double.IsNaN(first) ? days[i] : first;
                last = days[i];
            }
        }

        if (intervals == 0)
        {
            string reason = string.Create(CultureInfo.InvariantCulture,
                $"fewer than 2 characteristic events (magnitude {options.CharacteristicMinimum}..{options.CharacteristicMaximum}) in the window");
            row.Missing(Indicator.Mu, reason);
            row.Missing(Indicator.C, reason);
            return;
        }

        double mu = (last - first) / intervals; // the intervals telescope
        double squares = 0;
        double previous = double.NaN;
        for (int i = 0; i < magnitudes.Length; i++)
        {
            if (IsCharacteristic(magnitudes[i], options))
            {
                if (!double.IsNaN(previous))
                {
                    double d = days[i] - previous - mu;
                    squares += d * d;
                }

                previous = days[i];
            }
        }

        row.Set(Indicator.Mu, mu, "μ is not finite");
        row.Set(Indicator.C, mu > 0 ? Math.Sqrt(squares / intervals) / mu : double.NaN,
            "the characteristic events all share one time (μ = 0), so c = σ/μ is undefined");
    }

    private static bool IsCharacteristic(double magnitude, IndicatorOptions options) =>
        magnitude >= options.CharacteristicMinimum && magnitude <= options.CharacteristicMaximum;
}
