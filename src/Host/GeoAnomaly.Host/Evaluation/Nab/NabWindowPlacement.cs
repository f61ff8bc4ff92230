namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// How NAB turns labelled anomaly instants into windows (<c>labeler.py</c> <c>LabelCombiner.applyWindows</c> and
/// <c>checkWindows</c>), for labels given as instants rather than windows.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Each of a file's <c>k</c> anomalies gets a window of <c>L = int(0.10 * rows / k)</c> rows (<c>int(0.10 * rows)</c>
/// when <c>k</c> is 0), centred on the anomaly's row: rows <c>max(a - L/2, 0)</c> to <c>min(a + L/2, rows - 1)</c>, with
/// <c>L/2</c> in whole rows (NAB's windows were made under Python 2, whose <c>/</c> on integers truncates).</item>
/// <item>If the first window starts before the probation's end (the time of row <see cref="NabRules.ProbationLength"/>),
/// it is dropped.</item>
/// <item>A window starting no later than the previous one ends is merged into it; after a merge NAB moves on to the
/// next pair, so a third overlapping window stays separate, and so it does here.</item>
/// </list>
/// NAB's own window file also carries hand edits (<c>LabelCombiner.editPoorLabels</c> moves the anomalies of
/// <c>realAWSCloudwatch/iio_us-east-1_i-a2eb1cd9_NetworkIn.csv</c> to rows 249 and 339); those are not rules and are
/// not applied here.
/// </remarks>
internal static class NabWindowPlacement
{
    /// <summary>The windows NAB places around <paramref name="anomalies"/>.</summary>
    /// <param name="timestamps">The file's row times, never decreasing.</param>
    /// <param name="anomalies">The rows of the labelled anomalies, increasing.</param>
    /// <param name="windowFraction">Total window length as a share of the file (NAB: 0.10).</param>
    /// <param name="probationPercent">The probationary share (NAB: 0.15).</param>
    /// <exception cref="ArgumentException">An anomaly row is out of range, or the rows do not increase.</exception>
    public static IReadOnlyList<NabWindow> Place(IReadOnlyList<DateTimeOffset> timestamps, IReadOnlyList<int> anomalies, double windowFraction = NabRules.WindowFraction, double probationPercent = NabRules.ProbationPercent)
    {
        ArgumentNullException.ThrowIfNull(timestamps);
        ArgumentNullException.ThrowIfNull(anomalies);
        int rows = timestamps.Count;
        for (int i = 0; i < anomalies.Count; i++)
        {
            if (anomalies[i] < 0 || anomalies[i] >= rows || (i > 0 && anomalies[i] <= anomalies[i - 1]))
            {
                throw new ArgumentException($"anomaly rows must increase within 0..{rows - 1}; entry {i} is {anomalies[i]}", nameof(anomalies));
            }
        }

        if (anomalies.Count == 0)
        {
            return [];
        }

        int length = (int)(windowFraction * rows / anomalies.Count);
        var placed = anomalies.Select(a => (First: Math.Max(a - (length / 2), 0), Last: Math.Min(a + (length / 2), rows - 1))).ToList();
        int probation = Math.Min(NabRules.ProbationLength(rows, probationPercent), rows - 1);
        if (timestamps[placed[0].First] < timestamps[probation])
        {
            placed.RemoveAt(0);
        }

        for (int i = 0; i < placed.Count - 1; i++)
        {
            if (timestamps[placed[i + 1].First] <= timestamps[placed[i].Last])
            {
                placed[i] = (placed[i].First, placed[i + 1].Last);
                placed.RemoveAt(i + 1);
            }
        }

        return [.. placed.Select(p => new NabWindow(p.First, p.Last, timestamps[p.First], timestamps[p.Last]))];
    }
}
