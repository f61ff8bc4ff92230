namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>One labelled series of a NAB corpus: its rows (time, value) and its anomaly windows.</summary>
internal sealed class NabFile
{
    private readonly DateTimeOffset[] _timestamps;
    private readonly double[] _values;

    /// <summary>Creates a file, checking that rows and windows agree.</summary>
    /// <param name="name">The file's name relative to the corpus data folder, with <c>/</c> (NAB's key, e.g. <c>realKnownCause/nyc_taxi.csv</c>).</param>
    /// <param name="timestamps">Row times, never decreasing (NAB files repeat a time now and then).</param>
    /// <param name="values">Row values, as many as times.</param>
    /// <param name="windows">Anomaly windows in time order, not overlapping.</param>
    /// <exception cref="ArgumentException">Rows and values differ in count, there are no rows, times go back, or a window is out of range, out of order or overlaps the one before.</exception>
    public NabFile(string name, IReadOnlyList<DateTimeOffset> timestamps, IReadOnlyList<double> values, IReadOnlyList<NabWindow> windows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(timestamps);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(windows);
        if (timestamps.Count == 0 || timestamps.Count != values.Count)
        {
            throw new ArgumentException($"{name}: {timestamps.Count} times and {values.Count} values; a file needs at least one row and a value per time", nameof(values));
        }

        for (int i = 1; i < timestamps.Count; i++)
        {
            if (timestamps[i] < timestamps[i - 1])
            {
                throw new ArgumentException($"{name}: row {i} ({timestamps[i]:O}) is earlier than the row before it", nameof(timestamps));
            }
        }

        for (int k = 0; k < windows.Count; k++)
        {
            var w = windows[k];
            if (w.First < 0 || w.Last >= timestamps.Count || w.First > w.Last)
            {
                throw new ArgumentException($"{name}: window {k} covers rows {w.First}..{w.Last}, outside 0..{timestamps.Count - 1}", nameof(windows));
            }

            if (k > 0 && w.First <= windows[k - 1].Last)
            {
                throw new ArgumentException($"{name}: window {k} (rows {w.First}..{w.Last}) overlaps or precedes window {k - 1} (rows {windows[k - 1].First}..{windows[k - 1].Last})", nameof(windows));
            }
        }

        Name = name;
        _timestamps = [.. timestamps];
        _values = [.. values];
        Windows = [.. windows];
    }

    /// <summary>The file's name relative to the corpus data folder, with <c>/</c> (e.g. <c>realKnownCause/nyc_taxi.csv</c>).</summary>
    public string Name { get; }

    /// <summary>Number of rows.</summary>
    public int Length => _timestamps.Length;

    /// <summary>Row times, never decreasing.</summary>
    public IReadOnlyList<DateTimeOffset> Timestamps => _timestamps;

    /// <summary>Row values (what a detector reads).</summary>
    public ReadOnlyMemory<double> Values => _values;

    /// <summary>The anomaly windows in time order.</summary>
    public IReadOnlyList<NabWindow> Windows { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
