using System.Runtime.Intrinsics;

namespace GeoAnomaly.Plugins.Ssa;

/// <summary>The p-value of a raw score against recent raw scores by Gaussian kernel density, as ML.NET computes it.</summary>
/// <remarks>
/// <para>For history <c>r₁..rₙ</c> (the valid raw scores of the last <c>changeHistoryLength</c> samples) the upper-tail
/// p-value of <c>s</c> is <c>p = 1/2 - Σ erf((s - rᵢ)/h) / (2n)</c>: one minus the mean of the Gaussian CDFs centred on
/// the history, with kernel standard deviation <c>h/√2</c>. The bandwidth is <c>h = √2 · σ</c> with σ the population
/// standard deviation of the history (ML.NET writes it as <c>√2 · √(Σᵢ&lt;ⱼ (rᵢ - rⱼ)²) / n</c>), <c>h = √2</c> for one
/// value, never below 10⁻⁶; an empty history gives 0.5 (ML.NET's <c>ComputeKernelPValue</c>).</para>
/// <para>ML.NET keeps Σ(rᵢ - rⱼ)² as a running sum, which cancels catastrophically after a large residual leaves the
/// window; here σ is recomputed from the history each time (two passes), which is exact and resume-safe.</para>
/// <para>The 10⁻⁶ floor is absolute, as in ML.NET: residuals much smaller than 10⁻⁶ (series in very small units) all
/// score p ≈ 0.5. Scale such series first.</para>
/// </remarks>
internal static class KernelPValue
{
    /// <summary>Smallest kernel bandwidth (ML.NET's constant).</summary>
    public const double MinBandwidth = 1e-6;

    private const double Sqrt2 = 1.4142135623730951;

    /// <summary>Upper-tail p-value of <paramref name="score"/> against the non-NaN entries of <paramref name="history"/>.</summary>
    /// <param name="score">The new raw score.</param>
    /// <param name="history">Recent raw scores, NaN where a sample had none.</param>
    /// <param name="scratch">Work space at least as long as <paramref name="history"/>.</param>
    public static double UpperTail(double score, ReadOnlySpan<double> history, Span<double> scratch)
    {
        int n = 0;
        double sum = 0;
        foreach (double r in history)
        {
            if (!double.IsNaN(r))
            {
                scratch[n++] = r;
                sum += r;
            }
        }

        if (n == 0)
        {
            return 0.5;
        }

        var valid = scratch[..n];
        double mean = sum / n;
        double squares = 0;
        foreach (double r in valid)
        {
            squares += (r - mean) * (r - mean);
        }

        double bandwidth = Math.Max(n == 1 ? Sqrt2 : Sqrt2 * Math.Sqrt(squares / n), MinBandwidth);
        return 0.5 - (ErfSum(score, valid, 1 / bandwidth) / (2 * n));
    }

    /// <summary>Σ erf((score - rᵢ) · scale), four at a time where the hardware has 256-bit vectors.</summary>
    private static double ErfSum(double score, ReadOnlySpan<double> values, double scale)
    {
        double total = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<double>.Count)
        {
            var s = Vector256.Create(score);
            var k = Vector256.Create(scale);
            var sum = Vector256<double>.Zero;
            for (; i <= values.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                sum += Erf((s - Vector256.Create(values.Slice(i, Vector256<double>.Count))) * k);
            }

            total = Vector256.Sum(sum);
        }

        for (; i < values.Length; i++)
        {
            total += Erf((score - values[i]) * scale);
        }

        return total;
    }

    /// <summary><see cref="Erf(double)"/> on four values (the exponential is .NET's vectorised one, within an ulp or two).</summary>
    private static Vector256<double> Erf(Vector256<double> x)
    {
        var one = Vector256<double>.One;
        var t = one / (one + (Vector256.Create(0.3275911) * Vector256.Abs(x)));
        var poly = ((((((((Vector256.Create(1.061405429) * t) - Vector256.Create(1.453152027)) * t) + Vector256.Create(1.421413741)) * t)
            - Vector256.Create(0.284496736)) * t) + Vector256.Create(0.254829592)) * t;
        var value = one - (poly * Vector256.Exp(-(x * x)));
        return Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(x, Vector256<double>.Zero), value, -value);
    }

    /// <summary>
    /// The error function by Abramowitz and Stegun 7.1.26 (absolute error below 1.5·10⁻⁷), the approximation ML.NET's
    /// <c>ProbabilityFunctions.Erf</c> uses, so p-values match ML.NET's to that accuracy.
    /// </summary>
    public static double Erf(double x)
    {
        double t = 1 / (1 + (0.3275911 * Math.Abs(x)));
        double poly = ((((((((1.061405429 * t) - 1.453152027) * t) + 1.421413741) * t) - 0.284496736) * t) + 0.254829592) * t;
        double value = 1 - (poly * Math.Exp(-(x * x)));
        return x >= 0 ? value : -value;
    }
}
