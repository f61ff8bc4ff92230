using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage;

/// <summary>Puts timestamped points onto a regular grid (the only time base components see).</summary>
/// <remarks>
/// Rules, the same for files and InfluxDB: times must increase strictly (a duplicate or an earlier time is an error
/// naming the point); the step is given or inferred as the most common positive difference; a point off the grid by
/// up to a quarter step is snapped to its slot, a point further off is an error; slots without a point are NaN.
/// </remarks>
internal static class Grid
{
    /// <summary>A problem with point <see cref="Index"/> (0-based, in input order).</summary>
    internal sealed class PointException(int index, string message) : Exception(message)
    {
        public int Index { get; } = index;
    }

    /// <summary>The most common positive difference between consecutive times (ties: the smallest).</summary>
    /// <exception cref="PointException">Fewer than two points, or times not increasing.</exception>
    public static TimeSpan InferStep(IReadOnlyList<DateTimeOffset> times)
    {
        if (times.Count < 2)
        {
            throw new PointException(0, "cannot infer the sampling step from fewer than two samples; give the step");
        }

        var counts = new Dictionary<long, int>();
        for (int i = 1; i < times.Count; i++)
        {
            long d = times[i].UtcTicks - times[i - 1].UtcTicks;
            if (d <= 0)
            {
                throw Disorder(times, i);
            }

            counts[d] = counts.GetValueOrDefault(d) + 1;
        }

        return TimeSpan.FromTicks(counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key);
    }

    /// <summary>Builds the grid series from points in time order.</summary>
    /// <param name="times">Point times, strictly increasing.</param>
    /// <param name="values">Point values (NaN allowed: a missing sample).</param>
    /// <param name="step">Grid step; inferred when null.</param>
    /// <param name="start">Grid start; the first point when null. Points before it are an error.</param>
    /// <param name="end">Grid end (exclusive); just after the last point when null.</param>
    /// <exception cref="PointException">A point is duplicated, out of order, off the grid, or outside start..end.</exception>
    public static Series FromPoints(
        IReadOnlyList<DateTimeOffset> times,
        IReadOnlyList<double> values,
        TimeSpan? step = null,
        DateTimeOffset? start = null,
        DateTimeOffset? end = null)
    {
        if (times.Count != values.Count)
        {
            throw new ArgumentException($"{times.Count} times but {values.Count} values");
        }

        TimeSpan s = step ?? InferStep(times);
        if (times.Count == 0)
        {
            var empty = start ?? DateTimeOffset.UnixEpoch;
            int emptyCount = end is null ? 0 : (int)Math.Max(0, (end.Value - empty).Ticks / s.Ticks);
            return new Series(empty, s, Filled(emptyCount));
        }

        var origin = (start ?? times[0]).ToUniversalTime();
        long last = SlotOf(times, times.Count - 1, origin, s);
        long count = end is null ? last + 1 : (long)Math.Ceiling((double)(end.Value.UtcTicks - origin.UtcTicks) / s.Ticks);
        if (count > Array.MaxLength)
        {
            throw new PointException(times.Count - 1, $"the grid would hold {count} samples at step {s}; select a shorter span");
        }

        double[] grid = Filled((int)Math.Max(count, 0));
        long previous = -1;
        for (int i = 0; i < times.Count; i++)
        {
            if (i > 0 && times[i] <= times[i - 1])
            {
                throw Disorder(times, i);
            }

            long slot = SlotOf(times, i, origin, s);
            if (slot == previous)
            {
                throw new PointException(i, $"time {times[i]:O} falls in the same {s} slot as the previous sample");
            }

            if (slot < 0 || slot >= grid.Length)
            {
                throw new PointException(i, $"time {times[i]:O} is outside the selected span");
            }

            double v = values[i];
            grid[slot] = double.IsInfinity(v) ? double.NaN : v;
            previous = slot;
        }

        return new Series(origin, s, grid);
    }

    private static long SlotOf(IReadOnlyList<DateTimeOffset> times, int i, DateTimeOffset origin, TimeSpan step)
    {
        long offset = times[i].UtcTicks - origin.UtcTicks;
        long slot = (long)Math.Round((double)offset / step.Ticks, MidpointRounding.AwayFromZero);
        long off = Math.Abs(offset - (slot * step.Ticks));
        if (off * 4 > step.Ticks)
        {
            throw new PointException(i, $"time {times[i]:O} is off the {step} grid starting {origin:O} by {TimeSpan.FromTicks(off)}");
        }

        return slot;
    }

    private static PointException Disorder(IReadOnlyList<DateTimeOffset> times, int i) =>
        times[i] == times[i - 1]
            ? new PointException(i, $"duplicate timestamp {times[i]:O}")
            : new PointException(i, $"timestamp {times[i]:O} is earlier than the previous one ({times[i - 1]:O}); samples must be in time order");

    private static double[] Filled(int n)
    {
        double[] a = new double[n];
        Array.Fill(a, double.NaN);
        return a;
    }
}
