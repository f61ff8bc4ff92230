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
/// <para>Where the 2w samples around a boundary are all present (most boundaries) the design is always the same, so
/// h is a fixed linear filter, h = Σₘ kₘ (x[a - w + m] - x[b]) with the kernel of <see cref="Kernel"/>, applied
/// vectorised. Elsewhere (near gaps and the series ends) the scan solves the small normal equations from running power
/// sums of both sides (<see cref="StepMoments"/>): O(degree) per sample to update, O(degree³) per boundary to solve.
/// Levels are taken relative to a reference sample, so a constant stretch gives h = 0 exactly. <see cref="TryFit(ReadOnlySpan{double}, int, int, out double, out double)"/>
/// fits one boundary directly (robustly if asked), and <see cref="Kernel"/> gives the fit's weights for a window with
/// a gap, which <see cref="StepNoise"/> applies at many places to measure the statistic's noise.</para>
/// </remarks>
internal sealed class StepStatistic
{
    /// <summary>Samples the scan advances before it recomputes its running sums in a new frame.</summary>
    private const int RebaseSpan = 256;

    private readonly int _window;
    private readonly int _maxGap;
    private readonly int _minSide;
    private readonly PolynomialFitter _fitter;
    private readonly StepMoments _moments;
    private readonly double[] _kernel;
    private readonly double[] _coefficients;

    public StepStatistic(StepRemovalOptions options, bool robust)
    {
        _window = options.Window;
        _maxGap = options.MaxGap;
        _minSide = Math.Max(2, options.Window / 2);
        _fitter = new PolynomialFitter(options.Degree, robust, withStep: true);
        _coefficients = new double[_fitter.Columns];
        _moments = new StepMoments(options.Degree);
        _kernel = Kernel(0);
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
        h.Fill(double.NaN);
        int before = NextValid(x, 0);
        int after = NextValid(x, before + 1);
        if (before < 0 || after < 0)
        {
            return;
        }

        int lastMissing = -1;
        int frame = Rebuild(x, before, after, ref lastMissing);
        int tested = 0;
        while (true)
        {
            int gap = after - before - 1;
            double size = double.NaN;
            bool clean = gap == 0 && lastMissing < after - w && after >= w && after + w <= n;
            if (clean)
            {
                size = Dot(_kernel, x.Slice(after - w, 2 * w), x[before]);
            }
            else if (gap <= _maxGap && _moments.BeforeCount >= _minSide && _moments.AfterCount >= _minSide && _moments.TrySolve(out double solved))
            {
                size = solved;
            }

            if (!double.IsNaN(size))
            {
                h[after] = size;
                if (gap > 0)
                {
                    gaps.Add((after, gap));
                }

                if ((++tested & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            int next = NextValid(x, after + 1);
            if (next < 0)
            {
                return;
            }

            if (next - frame >= RebaseSpan || next - after > w)
            {
                before = after;
                after = next;
                frame = Rebuild(x, before, after, ref lastMissing);
                continue;
            }

            // Before side [before - w + 1, before] becomes [after - w + 1, after]; after side [after, after + w - 1]
            // becomes [next, next + w - 1] (nothing valid lies between after and next).
            _moments.Update(0, after, x[after], 1);
            for (int i = Math.Max(0, before - w + 1); i <= after - w; i++)
            {
                if (!double.IsNaN(x[i]))
                {
                    _moments.Update(0, i, x[i], -1);
                }
            }

            _moments.Update(1, after, x[after], -1);
            for (int i = after + w; i <= Math.Min(n - 1, next + w - 1); i++)
            {
                if (!double.IsNaN(x[i]))
                {
                    _moments.Update(1, i, x[i], 1);
                }
                else
                {
                    lastMissing = i;
                }
            }

            before = after;
            after = next;
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

    /// <summary>Starts a new frame at the boundary (<paramref name="before"/>, <paramref name="after"/>) and sums both
    /// sides from scratch, noting the last missing sample up to the after side's end; returns the frame's first sample.</summary>
    private int Rebuild(ReadOnlySpan<double> x, int before, int after, ref int lastMissing)
    {
        if (after > before + 1)
        {
            lastMissing = Math.Max(lastMissing, after - 1);
        }

        int w = _window;
        _moments.Rebase(after + (0.5 * RebaseSpan), (0.5 * RebaseSpan) + (2 * w), x[before]);
        for (int i = Math.Max(0, before - w + 1); i <= before; i++)
        {
            if (!double.IsNaN(x[i]))
            {
                _moments.Update(0, i, x[i], 1);
            }
            else
            {
                lastMissing = Math.Max(lastMissing, i);
            }
        }

        for (int i = after; i <= Math.Min(x.Length - 1, after + w - 1); i++)
        {
            if (!double.IsNaN(x[i]))
            {
                _moments.Update(1, i, x[i], 1);
            }
            else
            {
                lastMissing = Math.Max(lastMissing, i);
            }
        }

        return after;
    }

    private static int NextValid(ReadOnlySpan<double> x, int from)
    {
        for (int i = Math.Max(0, from); i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The step coefficient's weights for a window of w valid samples, a gap of <paramref name="gap"/> missing
    /// samples and w valid samples: h = Σₘ kₘ yₘ over the 2w valid samples, before side first.</summary>
    /// <remarks>kₘ = rowₘ · (XᵀX)⁻¹ e_h, the least-squares weights of the step coefficient, computed once per design.</remarks>
    /// <param name="gap">Missing samples between the two sides (0 for the ordinary boundary).</param>
    public double[] Kernel(int gap)
    {
        int w = _window;
        int powers = _fitter.Degree + 1;
        var equations = new NormalEquations(powers + 1);
        double[] rows = new double[2 * w * (powers + 1)];
        double origin = w - 0.5 + (0.5 * gap);
        double scale = (0.5 * (gap + 1)) + w;
        for (int m = 0; m < 2 * w; m++)
        {
            int position = m < w ? m : m + gap;
            var row = rows.AsSpan(m * (powers + 1), powers + 1);
            double t = (position - origin) / scale;
            double power = 1;
            for (int k = 0; k < powers; k++)
            {
                row[k] = power;
                power *= t;
            }

            row[powers] = m < w ? 0 : 1;
            equations.Add(row, 0);
        }

        double[] unit = new double[powers + 1];
        double[] z = new double[powers + 1];
        unit[powers] = 1;
        double[] kernel = new double[2 * w];
        if (!equations.TrySolve(unit, z))
        {
            return kernel;
        }

        for (int m = 0; m < 2 * w; m++)
        {
            var row = rows.AsSpan(m * (powers + 1), powers + 1);
            double sum = 0;
            for (int c = 0; c <= powers; c++)
            {
                sum += row[c] * z[c];
            }

            kernel[m] = sum;
        }

        return kernel;
    }

    /// <summary>Σₘ kernelₘ (xₘ - reference), vectorised.</summary>
    /// <param name="kernel">Weights.</param>
    /// <param name="x">Samples, as many as the weights.</param>
    /// <param name="reference">Level subtracted from every sample.</param>
    public static double Dot(ReadOnlySpan<double> kernel, ReadOnlySpan<double> x, double reference)
    {
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
}
