namespace GeoAnomaly.Plugins.IsolationForest.Forest;

/// <summary>c(n): the average path length of an unsuccessful search in a binary search tree of n - 1 keys, which is
/// the expected depth at which an isolation tree grown on n points isolates one of them.</summary>
/// <remarks>
/// c(n) = 2 H(n - 1) - 2 (n - 1) / n with the harmonic number approximated as H(i) ≈ ln(i) + γ (Euler's constant),
/// c(2) = 1 and c(n) = 0 for n ≤ 1, exactly as scikit-learn's <c>_average_path_length</c> (Liu, Ting &amp; Zhou 2008,
/// eq. 1). The approximation overstates the exact value by about 1 / (n - 1) for small n.
/// </remarks>
internal static class AveragePathLength
{
    /// <summary>Euler–Mascheroni constant γ.</summary>
    public const double EulerGamma = 0.57721566490153286060651209;

    /// <summary>c(<paramref name="n"/>).</summary>
    /// <param name="n">Number of points.</param>
    public static double Of(int n) => n switch
    {
        <= 1 => 0.0,
        2 => 1.0,
        _ => (2.0 * (Math.Log(n - 1.0) + EulerGamma)) - (2.0 * (n - 1.0) / n),
    };
}
