namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Seeded Gutenberg-Richter magnitude samples, binned, optionally thinned by a detection ramp.</summary>
internal static class GutenbergRichter
{
    /// <summary>
    /// <paramref name="count"/> magnitudes from a Gutenberg-Richter law with slope <paramref name="b"/>, complete from bin
    /// <paramref name="mc"/>: continuous M = mc − ΔM/2 + Exp(b ln 10), then rounded to bins of <paramref name="binWidth"/>
    /// (so every value is a bin centre ≥ mc).
    /// </summary>
    public static double[] Complete(Random random, int count, double mc, double b, double binWidth)
    {
        double[] m = new double[count];
        for (int i = 0; i < count; i++)
        {
            m[i] = Bin(Draw(random, mc - (binWidth / 2), b), binWidth);
        }

        return m;
    }

    /// <summary>
    /// A catalog drawn from the law from <paramref name="lowest"/> up (continuous), each event kept with probability
    /// <paramref name="detection"/>(M), then binned; the expected number of events at or above bin <paramref name="mc"/>
    /// (before thinning) is <paramref name="completeCount"/>.
    /// </summary>
    public static double[] WithRamp(
        Random random, int completeCount, double mc, double b, double binWidth, double lowest, Func<double, double> detection)
    {
        double start = lowest - (binWidth / 2);
        int total = (int)Math.Round(completeCount * Math.Pow(10, b * (mc - (binWidth / 2) - start)));
        var kept = new List<double>();
        for (int i = 0; i < total; i++)
        {
            double m = Draw(random, start, b);
            if (random.NextDouble() < detection(m))
            {
                kept.Add(Bin(m, binWidth));
            }
        }

        return [.. kept];
    }

    /// <summary>Ogata &amp; Katsura (1993) detection: the normal CDF Φ((M − μ) / σ).</summary>
    public static Func<double, double> NormalRamp(double mu, double sigma) => m => NormalCdf((m - mu) / sigma);

    /// <summary>Standard normal CDF (Abramowitz &amp; Stegun 7.1.26 erf, |error| &lt; 1.5e-7).</summary>
    public static double NormalCdf(double x)
    {
        double z = Math.Abs(x) / Math.Sqrt(2);
        double t = 1 / (1 + (0.3275911 * z));
        double poly = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        double erf = 1 - (poly * Math.Exp(-z * z));
        return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }

    private static double Draw(Random random, double from, double b) =>
        from - (Math.Log(1 - random.NextDouble()) / (b * Math.Log(10)));

    private static double Bin(double m, double width) => Math.Round(m / width, MidpointRounding.AwayFromZero) * width;
}
