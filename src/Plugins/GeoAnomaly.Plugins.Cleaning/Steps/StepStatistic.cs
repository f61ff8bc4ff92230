using System.Numerics;
using GeoAnomaly.Plugins.Cleaning.Numerics;

namespace GeoAnomaly.Plugins.Cleaning.Steps;

/// <summary>The step statistic: at every boundary between consecutive valid samples, the size h of a step fitted there
/// together with a local polynomial shared by both sides.</summary>
/// <remarks>
/// <para>For the boundary between valid samples b (before) and a (after, a - b - 1 ≤ <c>maxGap</c> missing between
/// them) the model y(j) = Σₖ cₖ tᵏ + h·[j ≥ a] is fitted by least squares to the valid samples of
/// [b - w + 1, b] and [a, a + w - 1], t = (j - (a + b)/2) / ((a - b)/2 + w) ∈ [-1, 1]. A side with fewer than
/// max(2, w/2) valid samples leaves the boundary untested (NaN), as does a boundary across a longer gap.</para>
/// <para>Where the 2w samples around the boundary are all present (most of them), the design is always the same, so h
/// is a fixed linear filter of the data: h = Σₘ kₘ (x[a - w + m] - x[b]), with the kernel k obtained once by fitting
/// unit impulses. Subtracting x[b] costs nothing (the kernel sums to zero) and makes h exactly 0 on a constant
/// stretch. Elsewhere (near gaps and the series ends) the fit is solved directly.</para>
/// </remarks>
internal sealed class StepStatistic
{
    private readonly int _window;
    private readonly int _maxGap;
    private readonly int _minSide;
    private readonly PolynomialFitter _fitter;
    private readonly double[] _kernel;
    private readonly double[] _coefficients;

    public StepStatistic(StepRemovalOptions options, bool robust)
    {
        _window = options.Window;
        _maxGap = options.MaxGap;
        _minSide = Math.Max(2, options.Window / 2);
        _fitter = new PolynomialFitter(options.Degree, robust, withStep: true);
        _coefficients = new double[_fitter.Columns];
        _kernel = Kernel(options.Degree, _window);
    }

    /// <summary>Samples on each side of a boundary.</summary>
    public int Window => _window;

    /// <summary>Writes h at the first sample after every testable boundary, NaN elsewhere, and lists the boundaries
    /// that span a gap.</summary>
    /// <param name="x">The whole series.</param>
    /// <param name="h">Receives the statistic, as long as <paramref name="x"/>.</param>
    /// <param name="gaps">Receives (first sample after, gap length) of every tested boundary across a gap.</param>
    /// <param name="cancellationToken">Stops the scan.</param>
    public void Compute(ReadOnlySpan<double> x, Span<double> h, List<(int After, int Gap)> gaps, CancellationToken cancellationToken)
    {
        int n = x.Length;
        int w = _window;
        int[] missing = new int[n + 1];
        for (int j = 0; j < n; j++)
        {
            missing[j + 1] = missing[j] + (double.IsNaN(x[j]) ? 1 : 0);
        }

        h.Fill(double.NaN);
        int before = -1;
        for (int j = 0; j < n; j++)
        {
            if ((j & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (double.IsNaN(x[j]))
            {
                continue;
            }

            if (before >= 0 && j - before - 1 <= _maxGap)
            {
                if (j == before + 1 && j - w >= 0 && j + w <= n && missing[j + w] == missing[j - w])
                {
                    h[j] = Filter(x.Slice(j - w, 2 * w), x[before]);
                }
                else if (Count(missing, before - w + 1, before + 1) >= _minSide && Count(missing, j, j + w) >= _minSide
                    && TryFit(x, before, j, out double size))
                {
                    h[j] = size;
                    if (j > before + 1)
                    {
                        gaps.Add((j, j - before - 1));
                    }
                }
            }

            before = j;
        }
    }

    /// <summary>Fits the step at the boundary (<paramref name="before"/>, <paramref name="after"/>) of
    /// <paramref name="x"/> directly (with the robust fit when this statistic was made robust).</summary>
    /// <param name="x">Samples; only [before - w + 1, after + w - 1] is read.</param>
    /// <param name="before">Last valid sample before the boundary.</param>
    /// <param name="after">First valid sample after it.</param>
    /// <param name="size">The fitted step size.</param>
    public bool TryFit(ReadOnlySpan<double> x, int before, int after, out double size) => TryFit(x, before, after, out size, out _);

    /// <summary>As <see cref="TryFit(ReadOnlySpan{double}, int, int, out double)"/>, also giving the step's local
    /// standard error s·√[(XᵀWX)⁻¹]ₕₕ from the robust residual scale s of the window (NaN for a least-squares statistic).</summary>
    /// <param name="x">Samples; only [before - w + 1, after + w - 1] is read.</param>
    /// <param name="before">Last valid sample before the boundary.</param>
    /// <param name="after">First valid sample after it.</param>
    /// <param name="size">The fitted step size.</param>
    /// <param name="localError">The local standard error of the size.</param>
    public bool TryFit(ReadOnlySpan<double> x, int before, int after, out double size, out double localError)
    {
        localError = double.NaN;
        int from = Math.Max(0, before - _window + 1);
        int to = Math.Min(x.Length, after + _window);
        double origin = (0.5 * (before + after)) - from;
        double scale = (0.5 * (after - before)) + _window;
        size = double.NaN;
        if (!_fitter.Fit(x[from..to], origin, scale, _coefficients, after - from))
        {
            return false;
        }

        size = _coefficients[^1];
        localError = _fitter.ResidualScale * Math.Sqrt(_fitter.CoefficientVariance(_coefficients.Length - 1));
        return double.IsFinite(size);
    }

    private static int Count(int[] missing, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(missing.Length - 1, to);
        return to <= from ? 0 : (to - from) - (missing[to] - missing[from]);
    }

    private double Filter(ReadOnlySpan<double> x, double reference)
    {
        var kernel = _kernel.AsSpan();
        int width = Vector<double>.Count;
        var sum = Vector<double>.Zero;
        var level = new Vector<double>(reference);
        int m = 0;
        for (; m <= kernel.Length - width; m += width)
        {
            sum += new Vector<double>(kernel[m..]) * (new Vector<double>(x[m..]) - level);
        }

        double total = Vector.Sum(sum);
        for (; m < kernel.Length; m++)
        {
            total += kernel[m] * (x[m] - reference);
        }

        return total;
    }

    /// <summary>The step coefficient's weights over a gap-free window of 2w samples: the fit of each unit impulse.</summary>
    private static double[] Kernel(int degree, int w)
    {
        var fitter = new PolynomialFitter(degree, robust: false, withStep: true);
        double[] coefficients = new double[fitter.Columns];
        double[] impulse = new double[2 * w];
        double[] kernel = new double[2 * w];
        for (int m = 0; m < kernel.Length; m++)
        {
            impulse[m] = 1;
            kernel[m] = fitter.Fit(impulse, w - 0.5, w + 0.5, coefficients, w) ? coefficients[^1] : 0;
            impulse[m] = 0;
        }

        return kernel;
    }
}
