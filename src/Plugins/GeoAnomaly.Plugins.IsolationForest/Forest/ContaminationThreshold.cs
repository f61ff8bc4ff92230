namespace GeoAnomaly.Plugins.IsolationForest.Forest;

/// <summary>The score above which a sample is alerted, from the <c>contamination</c> option (scikit-learn's <c>offset_</c>, negated).</summary>
internal static class ContaminationThreshold
{
    /// <summary>The threshold for <c>contamination = auto</c>: 0.5, the paper's line between normal and anomalous.</summary>
    public const double Auto = 0.5;

    /// <summary>
    /// The (1 − <paramref name="fraction"/>) quantile of the training scores, linearly interpolated as numpy's default
    /// <c>percentile</c>: scikit-learn's <c>offset_</c> is the <c>100 · fraction</c> percentile of −s, i.e. minus this.
    /// About <paramref name="fraction"/> of the training vectors score above it.
    /// </summary>
    /// <param name="scores">The training vectors' scores; sorted in place.</param>
    /// <param name="fraction">Contamination in (0, 0.5].</param>
    public static double FromTrainingScores(Span<double> scores, double fraction)
    {
        if (scores.IsEmpty)
        {
            throw new ArgumentException("no training scores", nameof(scores));
        }

        scores.Sort();
        double h = (scores.Length - 1) * (1.0 - fraction);
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, scores.Length - 1);
        return scores[lo] + ((h - lo) * (scores[hi] - scores[lo]));
    }
}
