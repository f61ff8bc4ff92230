namespace GeoAnomaly.Synthetic.Randomness;

/// <summary>Tables of the 128-layer ziggurat for standard normal deviates (Marsaglia and Tsang 2000).</summary>
/// <remarks>
/// <para>
/// The ziggurat covers the normal density with 128 stacked rectangles of equal area plus a tail. A deviate takes one
/// 64-bit draw: bits 0..6 pick the layer and bits 32..63, as a signed integer hz, the position in it; when
/// |hz| &lt; K[layer] (about 99 % of draws) the result is hz·W[layer] with no further arithmetic. Otherwise the wedge
/// is tested against exp(−x²/2), or, in layer 0, a tail deviate beyond R is drawn. Taking layer and position from
/// different bits avoids the layer-value correlation Doornik (2005) found in the original 32-bit version.
/// </para>
/// <para>
/// G. Marsaglia and W. W. Tsang (2000), "The ziggurat method for generating random variables", Journal of Statistical
/// Software 5(8): R = 3.442619855899 and area V = 9.91256303526217e-3 for 128 layers. The tables are computed once
/// from these constants with the same operations on every run, so results are reproducible.
/// </para>
/// </remarks>
internal static class Ziggurat
{
    /// <summary>Mask of the layer bits.</summary>
    public const ulong LayerMask = 127;

    /// <summary>Start of the tail, x of the base layer's right edge.</summary>
    public const double R = 3.442619855899;

    private const double V = 9.91256303526217e-3;
    private const double M = 2147483648.0;

    // Field initialisers, not a static constructor, so the type stays beforefieldinit and hot loops need no init check.
    private static readonly (long[] K, double[] W, double[] F) s_tables = Build();

    /// <summary>Acceptance thresholds: |hz| below K[i] lies wholly inside layer i.</summary>
    public static readonly long[] K = s_tables.K;

    /// <summary>Scale from hz to x in layer i.</summary>
    public static readonly double[] W = s_tables.W;

    /// <summary>Density exp(−x²/2) at each layer's right edge.</summary>
    public static readonly double[] F = s_tables.F;

    private static (long[] K, double[] W, double[] F) Build()
    {
        long[] k = new long[128];
        double[] w = new double[128];
        double[] f = new double[128];
        double dn = R;
        double tn = dn;
        double q = V / Math.Exp(-0.5 * dn * dn);
        k[0] = (long)(dn / q * M);
        k[1] = 0;
        w[0] = q / M;
        w[127] = dn / M;
        f[0] = 1.0;
        f[127] = Math.Exp(-0.5 * dn * dn);
        for (int i = 126; i >= 1; i--)
        {
            dn = Math.Sqrt(-2 * Math.Log((V / dn) + Math.Exp(-0.5 * dn * dn)));
            k[i + 1] = (long)(dn / tn * M);
            tn = dn;
            f[i] = Math.Exp(-0.5 * dn * dn);
            w[i] = dn / M;
        }

        return (k, w, f);
    }
}
