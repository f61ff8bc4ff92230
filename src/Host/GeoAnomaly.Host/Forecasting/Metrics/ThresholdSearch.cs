namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>A threshold and the R-score of alarming at it.</summary>
/// <param name="Threshold">Alarm when score ≥ this.</param>
/// <param name="RScore">The R-score (Hanssen-Kuipers) of that alarm.</param>
internal readonly record struct ThresholdChoice(double Threshold, double RScore);

/// <summary>The alarm threshold that maximises the R-score (Hanssen-Kuipers) on given scores and labels.</summary>
/// <remarks>
/// Candidates are the distinct score values (alarm when score ≥ candidate); one sweep from the highest score down,
/// O(n log n). Of equal R-scores the higher threshold wins (fewer alarms for the same skill).
/// </remarks>
internal static class ThresholdSearch
{
    /// <summary>The best threshold, or (NaN, NaN) when there are no rows, or the rows hold only one class.</summary>
    /// <param name="scores">Per-row scores, no NaN.</param>
    /// <param name="labels">Per-row truth.</param>
    /// <exception cref="ArgumentException">Lengths differ, or a score is NaN.</exception>
    public static ThresholdChoice MaximiseRScore(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        MetricInputs.Check(scores, labels);
        int positives = MetricInputs.Positives(labels);
        int negatives = labels.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return new ThresholdChoice(double.NaN, double.NaN);
        }

        int[] order = TiedGroups.Descending(scores);
        var best = new ThresholdChoice(double.NaN, double.NegativeInfinity);
        int hits = 0, falseAlarms = 0;
        for (int start = 0; start < order.Length;)
        {
            int end = TiedGroups.GroupEnd(scores, order, start);
            for (int k = start; k < end; k++)
            {
                if (labels[order[k]]) { hits++; } else { falseAlarms++; }
            }

            double r = ((double)hits / positives) - ((double)falseAlarms / negatives);
            if (r > best.RScore)
            {
                best = new ThresholdChoice(scores[order[start]], r);
            }

            start = end;
        }

        return best;
    }
}
