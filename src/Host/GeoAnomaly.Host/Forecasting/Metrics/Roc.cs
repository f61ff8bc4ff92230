namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>One point of a ROC curve.</summary>
/// <param name="Threshold">Alarm when score ≥ this (+∞ for the first point, where nothing is alarmed).</param>
/// <param name="FalseAlarmRate">b/(b+d) at that threshold.</param>
/// <param name="Pod">a/(a+c) at that threshold.</param>
internal readonly record struct RocPoint(double Threshold, double FalseAlarmRate, double Pod);

/// <summary>The ROC curve (false-alarm rate vs POD over all thresholds) and its area.</summary>
/// <remarks>
/// <para>The area is the Mann-Whitney probability that a random event row scores higher than a random quiet row,
/// ties counted ½: AUC = (R₊ − n₊(n₊+1)/2)/(n₊n₋), where R₊ is the sum of the mid-ranks of the event rows in
/// ascending score order. It equals the trapezoidal area under <see cref="Curve"/> (a tie group is one diagonal
/// step). O(n log n). NaN when either class is absent.</para>
/// </remarks>
internal static class Roc
{
    /// <summary>The curve from (0, 0) to (1, 1), one point per distinct score (tied rows are alarmed together).</summary>
    /// <param name="scores">Per-row scores, no NaN.</param>
    /// <param name="labels">Per-row truth.</param>
    /// <returns>Points in order of decreasing threshold; coordinates are NaN when a class is absent.</returns>
    /// <exception cref="ArgumentException">Lengths differ, or a score is NaN.</exception>
    public static IReadOnlyList<RocPoint> Curve(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        MetricInputs.Check(scores, labels);
        int positives = MetricInputs.Positives(labels);
        int negatives = labels.Length - positives;
        int[] order = TiedGroups.Descending(scores);
        var points = new List<RocPoint> { new(double.PositiveInfinity, Ratio(0, negatives), Ratio(0, positives)) };
        int hits = 0, falseAlarms = 0;
        for (int start = 0; start < order.Length;)
        {
            int end = TiedGroups.GroupEnd(scores, order, start);
            for (int k = start; k < end; k++)
            {
                if (labels[order[k]]) { hits++; } else { falseAlarms++; }
            }

            points.Add(new RocPoint(scores[order[start]], Ratio(falseAlarms, negatives), Ratio(hits, positives)));
            start = end;
        }

        return points;
    }

    /// <summary>Area under the ROC curve, by mid-ranks (Mann-Whitney, ties ½); NaN when a class is absent.</summary>
    /// <param name="scores">Per-row scores, no NaN.</param>
    /// <param name="labels">Per-row truth.</param>
    /// <exception cref="ArgumentException">Lengths differ, or a score is NaN.</exception>
    public static double Auc(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        MetricInputs.Check(scores, labels);
        int positives = MetricInputs.Positives(labels);
        int negatives = labels.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        int[] order = TiedGroups.Descending(scores);
        int n = order.Length;
        double rankSum = 0;
        for (int start = 0; start < n;)
        {
            int end = TiedGroups.GroupEnd(scores, order, start);

            // Descending positions start..end-1 are ascending ranks n-end+1 .. n-start; their mean is the mid-rank.
            double midRank = ((n - end + 1) + (n - start)) / 2.0;
            for (int k = start; k < end; k++)
            {
                if (labels[order[k]])
                {
                    rankSum += midRank;
                }
            }

            start = end;
        }

        return (rankSum - (positives * (positives + 1.0) / 2)) / ((double)positives * negatives);
    }

    private static double Ratio(int numerator, int denominator) =>
        denominator == 0 ? double.NaN : (double)numerator / denominator;
}
