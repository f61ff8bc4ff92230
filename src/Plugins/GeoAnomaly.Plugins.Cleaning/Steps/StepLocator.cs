using GeoAnomaly.Plugins.Cleaning.Numerics;

namespace GeoAnomaly.Plugins.Cleaning.Steps;

/// <summary>Places a detected step at the boundary where a step fits best: the least-squares change point within the
/// detection's window.</summary>
/// <remarks>
/// The statistic is large not only at a step but at every boundary whose window holds it, and near a short gap the
/// boundary just before the gap can outscore the true one (the first sample after the gap) because the gap inflates
/// the latter's noise scale. So the peak only says that a step is near. The locator fixes one region, the peak's own
/// fitting window [b - w + 1, a + w - 1], fits the polynomial-plus-step model with the step at each valid sample of it
/// that leaves at least max(2, w/4) valid samples on either side, and keeps the position with the smallest residual
/// sum of squares (the first on ties; positions inside a gap are not candidates, so a step hidden by a gap lands on the
/// first sample after it). Cost O(w²) per detection.
/// </remarks>
internal sealed class StepLocator
{
    private readonly int _window;
    private readonly int _minSide;
    private readonly PolynomialFitter _fitter;
    private readonly double[] _coefficients;

    public StepLocator(StepRemovalOptions options)
    {
        _window = options.Window;
        _minSide = Math.Max(2, options.Window / 4);
        _fitter = new PolynomialFitter(options.Degree, robust: false, withStep: true);
        _coefficients = new double[_fitter.Columns];
    }

    /// <summary>The best boundary near the detection (<paramref name="before"/>, <paramref name="after"/>).</summary>
    /// <param name="x">The series.</param>
    /// <param name="before">Last valid sample before the detected boundary.</param>
    /// <param name="after">First valid sample after it.</param>
    /// <returns>The best (before, after) pair; the detection itself when nothing fits better.</returns>
    public (int Before, int After) Locate(ReadOnlySpan<double> x, int before, int after)
    {
        int from = Math.Max(0, before - _window + 1);
        int to = Math.Min(x.Length, after + _window);
        var region = x[from..to];
        double origin = (0.5 * (before + after)) - from;
        double scale = (0.5 * (after - before)) + _window;
        int total = 0;
        foreach (double v in region)
        {
            total += double.IsNaN(v) ? 0 : 1;
        }

        var best = (before, after);
        double bestSum = double.PositiveInfinity;
        int seen = 0;
        int previous = -1;
        for (int j = 0; j < region.Length; j++)
        {
            if (double.IsNaN(region[j]))
            {
                continue;
            }

            if (previous >= 0 && seen >= _minSide && total - seen >= _minSide
                && _fitter.Fit(region, origin, scale, _coefficients, j))
            {
                double sum = _fitter.SumOfSquares(region, origin, scale, _coefficients, j);
                if (sum < bestSum)
                {
                    bestSum = sum;
                    best = (previous + from, j + from);
                }
            }

            previous = j;
            seen++;
        }

        return best;
    }
}
