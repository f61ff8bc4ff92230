namespace GeoAnomaly.Plugins.Cleaning.Spikes;

/// <summary>The valid values of a sliding window kept sorted, for its median and median absolute deviation.</summary>
/// <remarks>
/// Insertion and removal shift the array (O(w) memory moves, fast for the tens of samples a Hampel window holds). The
/// median is read off the middle; the MAD walks outwards from the middle, merging the two sorted runs of deviations
/// (left of the median they grow leftwards, right of it rightwards) until the middle deviation is reached, O(w). Both
/// depend only on the multiset of values held, so two windows holding the same values agree bitwise.
/// </remarks>
internal sealed class SortedWindow
{
    private readonly double[] _values;

    /// <summary>Creates an empty window for up to <paramref name="capacity"/> values.</summary>
    /// <param name="capacity">Largest number of values held at once.</param>
    public SortedWindow(int capacity) => _values = new double[capacity];

    /// <summary>Number of values held.</summary>
    public int Count { get; private set; }

    /// <summary>Empties the window.</summary>
    public void Clear() => Count = 0;

    /// <summary>Adds <paramref name="value"/> (not NaN).</summary>
    /// <param name="value">The value.</param>
    public void Add(double value)
    {
        int at = Position(value);
        _values.AsSpan(at, Count - at).CopyTo(_values.AsSpan(at + 1));
        _values[at] = value;
        Count++;
    }

    /// <summary>Removes one copy of <paramref name="value"/>, which must be held.</summary>
    /// <param name="value">The value.</param>
    public void Remove(double value)
    {
        int at = Position(value);
        if (at >= Count || _values[at] != value)
        {
            throw new InvalidOperationException($"value {value} is not in the window");
        }

        _values.AsSpan(at + 1, Count - at - 1).CopyTo(_values.AsSpan(at));
        Count--;
    }

    /// <summary>The first index whose value is not less than <paramref name="value"/> (lower bound).</summary>
    private int Position(double value)
    {
        int lo = 0;
        int hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_values[mid] < value)
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

    /// <summary>The median of the values held (mean of the two middle ones for an even count); NaN when empty.</summary>
    public double Median()
    {
        int n = Count;
        if (n == 0)
        {
            return double.NaN;
        }

        int m = n / 2;
        return (n & 1) == 1 ? _values[m] : _values[m - 1] + (0.5 * (_values[m] - _values[m - 1]));
    }

    /// <summary>The median of |x - <paramref name="median"/>| over the values held (unscaled MAD); NaN when empty.</summary>
    /// <param name="median">The window's <see cref="Median"/>.</param>
    public double MedianAbsoluteDeviation(double median)
    {
        int n = Count;
        if (n == 0)
        {
            return double.NaN;
        }

        // Deviations sorted ascending are the merge of med - v[l], l = n/2 - 1 down to 0, and v[r] - med, r = n/2 up.
        int l = (n / 2) - 1;
        int r = n / 2;
        int wanted = n / 2;
        double previous = 0;
        double current = 0;
        for (int k = 0; k <= wanted; k++)
        {
            previous = current;
            double left = l >= 0 ? median - _values[l] : double.PositiveInfinity;
            double right = r < n ? _values[r] - median : double.PositiveInfinity;
            if (left <= right)
            {
                current = left;
                l--;
            }
            else
            {
                current = right;
                r++;
            }
        }

        return (n & 1) == 1 ? current : previous + (0.5 * (current - previous));
    }
}
