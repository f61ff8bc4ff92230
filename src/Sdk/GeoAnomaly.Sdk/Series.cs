namespace GeoAnomaly.Sdk;

/// <summary>A regularly sampled series: a start instant (UTC), a step and values, NaN where a sample is missing.</summary>
/// <remarks>
/// Sample <c>i</c> is at <c>Start + i * Step</c>. The grid is the only time base components see; readers put
/// irregular, duplicated or unordered input onto it (or reject it) before any component runs.
/// </remarks>
public sealed class Series
{
    private readonly double[] _values;

    /// <summary>Creates a series over <paramref name="values"/> (not copied).</summary>
    /// <param name="start">Time of the first sample; converted to UTC.</param>
    /// <param name="step">Sampling interval, positive and a whole number of milliseconds.</param>
    /// <param name="values">Samples, NaN where missing. Infinities are rejected.</param>
    /// <exception cref="ArgumentException">The step is not positive or a value is infinite.</exception>
    public Series(DateTimeOffset start, TimeSpan step, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (step <= TimeSpan.Zero)
        {
            throw new ArgumentException($"series step must be positive, got {step}", nameof(step));
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (double.IsInfinity(values[i]))
            {
                throw new ArgumentException($"series value {i} is infinite; use NaN for a missing sample", nameof(values));
            }
        }

        Start = start.ToUniversalTime();
        Step = step;
        _values = values;
    }

    /// <summary>Time of the first sample, UTC.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Sampling interval.</summary>
    public TimeSpan Step { get; }

    /// <summary>Number of samples.</summary>
    public int Count => _values.Length;

    /// <summary>Time just after the last sample: <c>Start + Count * Step</c>.</summary>
    public DateTimeOffset End => Start + (Step * Count);

    /// <summary>The samples, NaN where missing.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The samples as memory, for asynchronous consumers.</summary>
    public ReadOnlyMemory<double> Memory => _values;

    /// <summary>Sample <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based sample index.</param>
    public double this[int index] => _values[index];

    /// <summary>Time of sample <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based sample index (may be outside the series).</param>
    public DateTimeOffset TimeAt(long index) => Start + TimeSpan.FromTicks(Step.Ticks * index);

    /// <summary>Index of the sample at or just before <paramref name="time"/> (may be negative or past the end).</summary>
    /// <param name="time">Any instant.</param>
    public long IndexAtOrBefore(DateTimeOffset time) =>
        (long)Math.Floor((double)(time.UtcTicks - Start.UtcTicks) / Step.Ticks);

    /// <summary>Number of missing (NaN) samples.</summary>
    public int MissingCount()
    {
        int missing = 0;
        foreach (double v in _values)
        {
            if (double.IsNaN(v))
            {
                missing++;
            }
        }

        return missing;
    }

    /// <summary>Samples <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) as a new series (copied).</summary>
    /// <param name="from">First index.</param>
    /// <param name="to">Index after the last.</param>
    public Series Slice(int from, int to) => new(TimeAt(from), Step, _values[from..to]);
}
