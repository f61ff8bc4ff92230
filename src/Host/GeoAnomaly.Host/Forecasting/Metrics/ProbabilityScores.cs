namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>Scores of probability forecasts per row: Brier score, Brier skill score, Bernoulli log-likelihood.</summary>
/// <remarks>
/// <para>Brier score BS = (1/n) Σ (pᵢ − yᵢ)², y = 1 for an event row (Brier 1950); 0 is perfect, lower is better.
/// Brier skill score BSS = 1 − BS/BS_ref against a reference forecast on the same rows (1 perfect, 0 no better
/// than the reference, negative worse; NaN when BS_ref = 0).</para>
/// <para>Log-likelihood L = Σ_{events} ln pᵢ + Σ_{quiet} ln(1 − pᵢ), with every pᵢ first clipped to
/// [<see cref="MinProbability"/>, 1 − <see cref="MinProbability"/>] so that one confident miss costs about
/// −27.6 instead of −∞. Higher is better. Probabilities outside [0, 1] are an error.</para>
/// </remarks>
internal static class ProbabilityScores
{
    /// <summary>The clip applied to probabilities before taking logarithms: 1e-12.</summary>
    public const double MinProbability = 1e-12;

    /// <summary>Brier score (1/n) Σ (p − y)²; NaN for no rows.</summary>
    /// <param name="probabilities">Per-row event probabilities in [0, 1].</param>
    /// <param name="labels">Per-row truth.</param>
    /// <exception cref="ArgumentException">Lengths differ, or a value is not a probability.</exception>
    public static double Brier(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels)
    {
        Check(probabilities, labels, nameof(probabilities));
        double sum = 0;
        for (int i = 0; i < probabilities.Length; i++)
        {
            double error = probabilities[i] - (labels[i] ? 1 : 0);
            sum += error * error;
        }

        return probabilities.IsEmpty ? double.NaN : sum / probabilities.Length;
    }

    /// <summary>Brier skill score 1 − BS/BS_ref; NaN when the reference is perfect (BS_ref = 0).</summary>
    /// <param name="probabilities">The forecast's per-row probabilities.</param>
    /// <param name="reference">The reference forecast's per-row probabilities on the same rows.</param>
    /// <param name="labels">Per-row truth.</param>
    public static double BrierSkillScore(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> reference, ReadOnlySpan<bool> labels)
    {
        double score = Brier(probabilities, labels);
        double referenceScore = Brier(reference, labels);
        return referenceScore == 0 ? double.NaN : 1 - (score / referenceScore);
    }

    /// <summary>Bernoulli log-likelihood Σ ln p (events) + Σ ln(1 − p) (quiet rows), p clipped to [1e-12, 1 − 1e-12].</summary>
    /// <param name="probabilities">Per-row event probabilities in [0, 1].</param>
    /// <param name="labels">Per-row truth.</param>
    public static double LogLikelihood(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels)
    {
        Check(probabilities, labels, nameof(probabilities));
        double sum = 0;
        for (int i = 0; i < probabilities.Length; i++)
        {
            double p = Math.Clamp(probabilities[i], MinProbability, 1 - MinProbability);
            sum += labels[i] ? Math.Log(p) : Math.Log(1 - p);
        }

        return sum;
    }

    /// <summary>Log-likelihood per row, <see cref="LogLikelihood"/>/n; NaN for no rows.</summary>
    /// <param name="probabilities">Per-row event probabilities in [0, 1].</param>
    /// <param name="labels">Per-row truth.</param>
    public static double MeanLogLikelihood(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels) =>
        probabilities.IsEmpty ? double.NaN : LogLikelihood(probabilities, labels) / probabilities.Length;

    private static void Check(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels, string name)
    {
        MetricInputs.Check(probabilities, labels, name);
        MetricInputs.CheckProbabilities(probabilities, name);
    }
}
