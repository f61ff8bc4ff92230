using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Evaluation;

/// <summary>One series as <see cref="EventMetrics"/> sees it: its sample grid and data, its labelled windows, and one detector's detections on it.</summary>
/// <param name="Channel">The series' channel.</param>
/// <param name="Detector">The detector (or ensemble) whose detections these are.</param>
/// <param name="Data">The data on its sample grid: the points of the point-wise metrics, and the length screened.</param>
/// <param name="Windows">The labelled windows, each [start, end) on this channel.</param>
/// <param name="Detections">The detector's events on this channel, each [start, end).</param>
internal sealed record EventMetricsSeries(ChannelId Channel, string Detector, Series Data, IReadOnlyList<AnomalyLabel> Windows, IReadOnlyList<AnomalyEvent> Detections)
{
    /// <summary>
    /// Which grid points the detector flagged, for the point-wise metrics; null (the default) takes the points an event
    /// covers. NAB gives every row at or over its threshold here, while its events are the first row of each run.
    /// </summary>
    public IReadOnlyList<bool>? DetectedPoints { get; init; }

    /// <summary>Whether each grid point lies in a labelled window (without tolerance: the literature's point labels).</summary>
    public bool[] LabelledMask() => Mask(Windows.Select(w => (w.Start, w.End)));

    /// <summary>Whether each grid point was flagged: <see cref="DetectedPoints"/>, or the points an event covers.</summary>
    /// <exception cref="ArgumentException"><see cref="DetectedPoints"/> does not have one entry per point.</exception>
    public bool[] DetectedMask()
    {
        if (DetectedPoints is null)
        {
            return Mask(Detections.Select(e => (e.Start, e.End)));
        }

        return DetectedPoints.Count == Data.Count
            ? [.. DetectedPoints]
            : throw new ArgumentException($"{Channel}: {DetectedPoints.Count} detected-point flags for {Data.Count} points", nameof(DetectedPoints));
    }

    private bool[] Mask(IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> spans)
    {
        bool[] mask = new bool[Data.Count];
        long step = Data.Step.Ticks;
        foreach (var (start, end) in spans)
        {
            // Points i with Start <= t_i < End, t_i = Data.Start + i * step.
            long from = Math.Max(0, CeilDiv((start - Data.Start).Ticks, step));
            long to = Math.Min(mask.Length, CeilDiv((end - Data.Start).Ticks, step));
            for (long i = from; i < to; i++)
            {
                mask[i] = true;
            }
        }

        return mask;
    }

    private static long CeilDiv(long a, long b) => a >= 0 ? (a + b - 1) / b : -(-a / b);
}
