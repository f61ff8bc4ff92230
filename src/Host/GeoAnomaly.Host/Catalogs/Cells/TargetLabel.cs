namespace GeoAnomaly.Host.Catalogs.Cells;

/// <summary>The target of a forecast row: whether an event of at least <c>minMagnitude</c> occurs in the cell in
/// (t, t + horizon], and when the first one does.</summary>
/// <param name="Occurs">The label: 1 when such an event occurs.</param>
/// <param name="First">Origin time of the first such event, or null.</param>
/// <param name="Magnitude">Largest magnitude in the cell in (t, t + horizon], or NaN when no event at all.</param>
internal sealed record TargetLabel(bool Occurs, DateTimeOffset? First, double Magnitude)
{
    /// <summary>The label of one cell at one issue time.</summary>
    /// <param name="cellEvents">The cell's events in origin-time order (any magnitude).</param>
    /// <param name="issue">The issue time t; events at exactly t belong to the past, not the target.</param>
    /// <param name="horizon">The horizon h.</param>
    /// <param name="minMagnitude">Target magnitude threshold Mth.</param>
    public static TargetLabel Of(IReadOnlyList<Earthquake> cellEvents, DateTimeOffset issue, TimeSpan horizon, double minMagnitude)
    {
        ArgumentNullException.ThrowIfNull(cellEvents);
        int lo = 0;
        int hi = cellEvents.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cellEvents[mid].Time <= issue)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        DateTimeOffset? first = null;
        double largest = double.NaN;
        var end = issue + horizon;
        for (int i = lo; i < cellEvents.Count && cellEvents[i].Time <= end; i++)
        {
            var e = cellEvents[i];
            largest = double.IsNaN(largest) ? e.Magnitude : Math.Max(largest, e.Magnitude);
            if (first is null && e.Magnitude >= minMagnitude)
            {
                first = e.Time;
            }
        }

        return new TargetLabel(first is not null, first, largest);
    }
}
