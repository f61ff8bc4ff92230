namespace GeoAnomaly.Plugins.Barometric;

/// <summary>The lags 0..L grouped into bins over which the barometric response is taken constant (the distributed-lag basis).</summary>
/// <remarks>
/// <para>Bin j holds the lags <c>edge[j] .. edge[j+1] - 1</c>; <c>edge[0] = 0</c>, <c>edge[count] = L + 1</c>. Lag 0 is
/// always a bin of its own (so the lag-0 efficiency is one coefficient); the other edges are
/// <c>round((L + 1)^((j - 1) / (count - 1)))</c>, pushed up so that every bin holds at least one lag: short lags, where
/// the response changes fastest, get one bin each, long lags share logarithmically wider bins (as the log-spaced knots
/// of jkennel/waterlevel's distributed lags). With <c>count &gt;= L + 1</c> every lag is its own bin.</para>
/// <para>A response constant over a bin turns a sum of lagged differences into one difference of levels:
/// <c>Σ_{k in bin j} Δp(t-k) = p(t - edge[j]) - p(t - edge[j+1])</c>. So the regressor of bin j needs the pressure at
/// two instants only, whatever is missing in between.</para>
/// </remarks>
internal sealed class LagBins
{
    private readonly int[] _edges;

    /// <summary>Bins for lags 0..<paramref name="maxLag"/> in at most <paramref name="terms"/> bins.</summary>
    /// <param name="maxLag">Longest lag L, at least 0.</param>
    /// <param name="terms">Bins wanted, at least 1; fewer when there are fewer lags.</param>
    public LagBins(int maxLag, int terms)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLag);
        ArgumentOutOfRangeException.ThrowIfLessThan(terms, 1);
        int lags = maxLag + 1;
        int count = Math.Min(terms, lags);
        _edges = new int[count + 1];
        for (int j = 1; j < count; j++)
        {
            int geometric = (int)Math.Round(Math.Pow(lags, (double)(j - 1) / (count - 1)));
            _edges[j] = Math.Min(Math.Max(geometric, _edges[j - 1] + 1), lags - (count - j));
        }

        _edges[count] = lags;
        MaxLag = maxLag;
    }

    /// <summary>Number of bins.</summary>
    public int Count => _edges.Length - 1;

    /// <summary>The longest lag L.</summary>
    public int MaxLag { get; }

    /// <summary>The edges, <see cref="Count"/> + 1 of them, from 0 to L + 1.</summary>
    public ReadOnlySpan<int> Edges => _edges;

    /// <summary>First lag of bin <paramref name="bin"/>.</summary>
    /// <param name="bin">Bin index.</param>
    public int Start(int bin) => _edges[bin];

    /// <summary>Lags in bin <paramref name="bin"/>.</summary>
    /// <param name="bin">Bin index.</param>
    public int Width(int bin) => _edges[bin + 1] - _edges[bin];

    /// <summary>Spreads bin coefficients over the lags: the impulse response β(k), k = 0..L.</summary>
    /// <param name="coefficients">One coefficient per bin: the response to a pressure change at each lag of the bin.</param>
    public double[] Impulse(ReadOnlySpan<double> coefficients)
    {
        double[] impulse = new double[MaxLag + 1];
        for (int j = 0; j < Count; j++)
        {
            impulse.AsSpan(_edges[j], Width(j)).Fill(coefficients[j]);
        }

        return impulse;
    }
}
