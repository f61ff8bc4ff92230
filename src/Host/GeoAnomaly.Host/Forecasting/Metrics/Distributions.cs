namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>
/// The few distribution functions the metrics need (normal, Student's t, binomial), written here because the Host
/// project carries no numerics package (DESIGN: MathNet belongs to plugins and the forecast project).
/// </summary>
/// <remarks>
/// <para>ln Γ: Lanczos approximation (g = 7, 9 coefficients), relative error about 1e-15 for x &gt; 0.
/// Regularised incomplete beta: the continued fraction evaluated by the modified Lentz method (Press et al.,
/// Numerical Recipes, §6.4), relative error about 1e-14. Normal CDF: the Chebyshev fit of erfc in Numerical Recipes
/// §6.2, fractional error below 1.2e-7 everywhere. Quantiles are found by bisection on the CDF to 1e-12.</para>
/// </remarks>
internal static class Distributions
{
    private const double TinyDenominator = 1e-300;
    private const double FractionTolerance = 1e-15;
    private const int FractionIterations = 500;

    private static readonly double[] s_lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    /// <param name="x">A positive argument.</param>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        double sum = s_lanczos[0];
        for (int i = 1; i < s_lanczos.Length; i++)
        {
            sum += s_lanczos[i] / (x + i);
        }

        double t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>The regularised incomplete beta function I_x(a, b).</summary>
    /// <param name="a">Shape a &gt; 0.</param>
    /// <param name="b">Shape b &gt; 0.</param>
    /// <param name="x">Point in [0, 1].</param>
    public static double RegularizedBeta(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        double front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));
        return x < (a + 1) / (a + b + 2)
            ? front * BetaFraction(a, b, x) / a
            : 1 - (front * BetaFraction(b, a, 1 - x) / b);
    }

    /// <summary>Student's t cumulative distribution P(T ≤ t) with <paramref name="degrees"/> degrees of freedom.</summary>
    /// <param name="t">The point.</param>
    /// <param name="degrees">Degrees of freedom, positive.</param>
    public static double StudentTCdf(double t, double degrees)
    {
        if (double.IsPositiveInfinity(t))
        {
            return 1;
        }

        if (double.IsNegativeInfinity(t))
        {
            return 0;
        }

        double tail = 0.5 * RegularizedBeta(degrees / 2, 0.5, degrees / (degrees + (t * t)));
        return t > 0 ? 1 - tail : tail;
    }

    /// <summary>Two-sided p-value P(|T| ≥ |t|) of Student's t: I_{ν/(ν+t²)}(ν/2, ½).</summary>
    /// <param name="t">The observed statistic.</param>
    /// <param name="degrees">Degrees of freedom, positive.</param>
    public static double StudentTTwoSided(double t, double degrees) =>
        double.IsInfinity(t) ? 0 : RegularizedBeta(degrees / 2, 0.5, degrees / (degrees + (t * t)));

    /// <summary>The quantile of Student's t: the t with P(T ≤ t) = <paramref name="p"/>.</summary>
    /// <param name="p">Probability in (0, 1).</param>
    /// <param name="degrees">Degrees of freedom, positive.</param>
    public static double StudentTQuantile(double p, double degrees) => Invert(t => StudentTCdf(t, degrees), p);

    /// <summary>The standard normal CDF Φ(x) = ½ erfc(−x/√2).</summary>
    /// <param name="x">The point.</param>
    public static double NormalCdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2));

    /// <summary>The standard normal quantile Φ⁻¹(p).</summary>
    /// <param name="p">Probability in (0, 1).</param>
    public static double NormalQuantile(double p) => Invert(NormalCdf, p);

    /// <summary>The smallest k with P(K ≤ k) ≥ <paramref name="q"/> for K ~ Binomial(<paramref name="n"/>, <paramref name="p"/>).</summary>
    /// <param name="q">Probability in [0, 1].</param>
    /// <param name="n">Number of trials, ≥ 0.</param>
    /// <param name="p">Success probability in [0, 1].</param>
    public static int BinomialQuantile(double q, int n, double p)
    {
        if (p <= 0 || n == 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        // pmf in log space, k = 0, 1, ...: ln f(k+1) = ln f(k) + ln(n−k) − ln(k+1) + ln p − ln(1−p).
        double logOdds = Math.Log(p) - Math.Log(1 - p);
        double logPmf = n * Math.Log(1 - p);
        double cumulative = 0;
        for (int k = 0; k < n; k++)
        {
            cumulative += Math.Exp(logPmf);
            if (cumulative >= q * (1 - 1e-12))
            {
                return k;
            }

            logPmf += Math.Log(n - k) - Math.Log(k + 1) + logOdds;
        }

        return n;
    }

    private static double Erfc(double x)
    {
        double z = Math.Abs(x);
        double t = 1 / (1 + (0.5 * z));
        double poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        double value = t * Math.Exp((-z * z) + poly);
        return x >= 0 ? value : 2 - value;
    }

    private static double BetaFraction(double a, double b, double x)
    {
        double c = 1;
        double d = 1 - ((a + b) * x / (a + 1));
        d = 1 / Guard(d);
        double h = d;
        for (int m = 1; m <= FractionIterations; m++)
        {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
            d = 1 / Guard(1 + (even * d));
            c = Guard(1 + (even / c));
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
            d = 1 / Guard(1 + (odd * d));
            c = Guard(1 + (odd / c));
            double step = d * c;
            h *= step;
            if (Math.Abs(step - 1) < FractionTolerance)
            {
                break;
            }
        }

        return h;
    }

    private static double Guard(double value) => Math.Abs(value) < TinyDenominator ? TinyDenominator : value;

    private static double Invert(Func<double, double> cdf, double p)
    {
        if (!(p > 0 && p < 1))
        {
            return p == 0 ? double.NegativeInfinity : p == 1 ? double.PositiveInfinity : double.NaN;
        }

        double lo = -1, hi = 1;
        while (cdf(lo) > p)
        {
            lo *= 2;
        }

        while (cdf(hi) < p)
        {
            hi *= 2;
        }

        for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.Max(1, Math.Abs(hi)); i++)
        {
            double mid = 0.5 * (lo + hi);
            if (cdf(mid) < p) { lo = mid; } else { hi = mid; }
        }

        return 0.5 * (lo + hi);
    }
}
