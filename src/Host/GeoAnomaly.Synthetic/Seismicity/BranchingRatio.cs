namespace GeoAnomaly.Synthetic.Seismicity;

/// <summary>The branching ratio of an ETAS model: the expected number of direct aftershocks of one event.</summary>
/// <remarks>
/// <para>
/// An event of magnitude M has on average κ(M) = K·10^(α(M − Mmin)) direct aftershocks; magnitudes follow the
/// Gutenberg–Richter law truncated to [Mmin, Mmax], the density β·e^(−βx)/(1 − e^(−βR)) of x = M − Mmin on [0, R] with
/// β = b·ln 10 and R = Mmax − Mmin. With a = α·ln 10, averaging κ over that density gives
/// </para>
/// <para>
/// n = K·β/(β − a)·(1 − e^(−(β − a)R))/(1 − e^(−βR)) = K·b/(b − α)·(1 − 10^(−(b − α)R))/(1 − 10^(−bR)),
/// </para>
/// <para>
/// (the ln 10 factors cancel), and at α = b the limit n = K·βR/(1 − e^(−βR)). This is the form of Helmstetter and
/// Sornette (2002, JGR 107(B10):2237) with the magnitude range truncated at Mmax, and what the issue states.
/// In a stationary catalog n is also the expected fraction of events that are triggered (Helmstetter and Sornette 2003,
/// GRL 30(11):1576): the total rate is μ/(1 − n) of which μ is background. n ≥ 1 is explosive (supercritical).
/// </para>
/// </remarks>
internal static class BranchingRatio
{
    /// <summary>n for productivity <paramref name="k"/>, exponent <paramref name="alpha"/>, b-value <paramref name="b"/> and magnitude range <paramref name="range"/>.</summary>
    /// <param name="k">Productivity K, ≥ 0.</param>
    /// <param name="alpha">Productivity exponent α (base 10).</param>
    /// <param name="b">Gutenberg–Richter b, positive.</param>
    /// <param name="range">Mmax − Mmin, positive.</param>
    public static double Of(double k, double alpha, double b, double range)
    {
        double beta = b * Math.Log(10);
        double a = alpha * Math.Log(10);
        double truncation = -double.ExpM1(-beta * range);
        double gap = beta - a;
        if (Math.Abs(gap * range) < 1e-9)
        {
            return k * beta * range / truncation;
        }

        return k * beta / gap * -double.ExpM1(-gap * range) / truncation;
    }

    /// <summary>κ(M) = K·10^(α(M − Mmin)), the expected number of direct aftershocks of an event of magnitude <paramref name="magnitude"/>.</summary>
    /// <param name="k">Productivity K.</param>
    /// <param name="alpha">Productivity exponent α.</param>
    /// <param name="magnitude">The event's magnitude.</param>
    /// <param name="minMagnitude">Mmin.</param>
    public static double Productivity(double k, double alpha, double magnitude, double minMagnitude) =>
        k * Math.Pow(10, alpha * (magnitude - minMagnitude));
}
