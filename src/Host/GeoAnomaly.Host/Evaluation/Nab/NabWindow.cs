namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// A labelled anomaly window of one file, as the rows it covers: every row whose time is within
/// [<see cref="Start"/>, <see cref="End"/>] (<c>labeler.py</c> <c>CorpusLabel.getLabels</c>).
/// </summary>
/// <param name="First">Index of the window's first row.</param>
/// <param name="Last">Index of the window's last row (inclusive).</param>
/// <param name="Start">Time of the first row.</param>
/// <param name="End">Time of the last row.</param>
internal sealed record NabWindow(int First, int Last, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Rows in the window (NAB's window width, <c>sweeper.py</c> <c>calcSweepScore</c> <c>curWindowWidth</c>).</summary>
    public int Width => Last - First + 1;

    /// <summary>Whether row <paramref name="row"/> is in the window.</summary>
    /// <param name="row">A row index.</param>
    public bool Contains(int row) => row >= First && row <= Last;

    /// <summary>The window over the rows of <paramref name="timestamps"/> between <paramref name="start"/> and <paramref name="end"/> inclusive.</summary>
    /// <param name="timestamps">The file's times, never decreasing.</param>
    /// <param name="start">Window start.</param>
    /// <param name="end">Window end.</param>
    /// <returns>The window, or null when no row lies in it.</returns>
    public static NabWindow? Covering(IReadOnlyList<DateTimeOffset> timestamps, DateTimeOffset start, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(timestamps);
        int first = LowerBound(timestamps, start);
        int last = LowerBound(timestamps, end.AddTicks(1)) - 1;
        return first <= last && first < timestamps.Count ? new NabWindow(first, last, timestamps[first], timestamps[last]) : null;
    }

    /// <summary>The first index whose time is at least <paramref name="time"/> (the count when none is).</summary>
    /// <param name="timestamps">Times, never decreasing.</param>
    /// <param name="time">The time sought.</param>
    internal static int LowerBound(IReadOnlyList<DateTimeOffset> timestamps, DateTimeOffset time)
    {
        int lo = 0;
        int hi = timestamps.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (timestamps[mid] < time)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
