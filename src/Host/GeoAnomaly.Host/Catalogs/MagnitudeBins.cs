namespace GeoAnomaly.Host.Catalogs;

/// <summary>A frequency-magnitude distribution: event counts in magnitude bins of one width.</summary>
/// <remarks>
/// Bins are centred on multiples of the width (a magnitude <c>m</c> falls in bin <c>round(m / width)</c>), the
/// convention of catalogs reported to 0.1 units and of ZMAP and the CORSSA completeness article (Mignan &amp;
/// Woessner 2012). Empty bins between the smallest and the largest magnitude are kept, with a count of zero.
/// </remarks>
internal sealed class MagnitudeBins
{
    private readonly int[] _counts;
    private readonly long _firstIndex;

    private MagnitudeBins(double width, long firstIndex, int[] counts)
    {
        Width = width;
        _firstIndex = firstIndex;
        _counts = counts;
    }

    /// <summary>The bin width, magnitude units.</summary>
    public double Width { get; }

    /// <summary>Number of bins, from the lowest to the highest occupied one.</summary>
    public int Count => _counts.Length;

    /// <summary>Number of events binned.</summary>
    public int Total => _counts.Sum();

    /// <summary>Builds the distribution of <paramref name="magnitudes"/> (NaN magnitudes are not accepted).</summary>
    /// <param name="magnitudes">The magnitudes; at least one.</param>
    /// <param name="width">The bin width, for example 0.1.</param>
    public static MagnitudeBins Of(IReadOnlyCollection<double> magnitudes, double width)
    {
        ArgumentNullException.ThrowIfNull(magnitudes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        if (magnitudes.Count == 0)
        {
            throw new ArgumentException("no magnitudes to bin", nameof(magnitudes));
        }

        if (magnitudes.Any(double.IsNaN))
        {
            throw new ArgumentException("a magnitude is NaN; drop events without a magnitude first", nameof(magnitudes));
        }

        long lo = magnitudes.Min(m => IndexOf(m, width));
        long hi = magnitudes.Max(m => IndexOf(m, width));
        int[] counts = new int[checked((int)(hi - lo + 1))];
        foreach (double m in magnitudes)
        {
            counts[IndexOf(m, width) - lo]++;
        }

        return new MagnitudeBins(width, lo, counts);
    }

    /// <summary>The bin index of a magnitude: <c>round(m / width)</c>, halves away from zero.</summary>
    /// <param name="magnitude">The magnitude.</param>
    /// <param name="width">The bin width.</param>
    public static long IndexOf(double magnitude, double width) =>
        (long)Math.Round(magnitude / width + 1e-9 * Math.Sign(magnitude), MidpointRounding.AwayFromZero);

    /// <summary>A magnitude rounded to its bin centre.</summary>
    /// <param name="magnitude">The magnitude.</param>
    /// <param name="width">The bin width.</param>
    public static double Round(double magnitude, double width) => IndexOf(magnitude, width) * width;

    /// <summary>The centre of bin <paramref name="i"/> (0 = lowest bin).</summary>
    /// <param name="i">Bin position, 0..<see cref="Count"/>-1.</param>
    public double Centre(int i) => (_firstIndex + i) * Width;

    /// <summary>The number of events in bin <paramref name="i"/> (the non-cumulative count).</summary>
    /// <param name="i">Bin position, 0..<see cref="Count"/>-1.</param>
    public int CountAt(int i) => _counts[i];

    /// <summary>The number of events in bin <paramref name="i"/> and above (the cumulative count).</summary>
    /// <param name="i">Bin position, 0..<see cref="Count"/>-1.</param>
    public int CountAtOrAbove(int i)
    {
        int n = 0;
        for (int k = i; k < _counts.Length; k++)
        {
            n += _counts[k];
        }

        return n;
    }

    /// <summary>The position of the bin whose centre is <paramref name="magnitude"/> (rounded), or -1 when outside.</summary>
    /// <param name="magnitude">A magnitude.</param>
    public int PositionOf(double magnitude)
    {
        long i = IndexOf(magnitude, Width) - _firstIndex;
        return i < 0 || i >= _counts.Length ? -1 : (int)i;
    }
}
