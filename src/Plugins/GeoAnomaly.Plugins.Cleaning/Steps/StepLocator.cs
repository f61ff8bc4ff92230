using GeoAnomaly.Plugins.Cleaning.Numerics;

namespace GeoAnomaly.Plugins.Cleaning.Steps;

/// <summary>Places a detected step at the boundary where a step fits best: the least-squares change point within the
/// detection's window.</summary>
/// <remarks>
/// <para>The statistic is large not only at a step but at every boundary whose window holds it, and near a short gap the
/// boundary just before the gap can outscore the true one (the first sample after the gap) because the gap inflates
/// the latter's noise scale. So the peak only says that a step is near. The locator fixes one region, the peak's own
/// fitting window [b - w + 1, a + w - 1], and among the valid samples of it that leave at least max(2, w/4) valid
/// samples on either side picks the step position with the smallest residual sum of squares of the
/// polynomial-plus-step model (the first on ties; positions inside a gap are not candidates, so a step hidden by a gap
/// lands on the first sample after it).</para>
/// <para>All positions are scored in one pass. With r the residuals of the polynomial alone, u the step column
/// (1 from the position on), X the polynomial columns and G = XᵀX, adding the step lowers the residual sum of squares
/// by (rᵀu)² / (uᵀu - (Xᵀu)ᵀG⁻¹(Xᵀu)); rᵀu and Xᵀu are suffix sums, so each position costs O(degree²).</para>
/// </remarks>
internal sealed class StepLocator
{
    private readonly int _window;
    private readonly int _minSide;
    private readonly int _powers;
    private readonly NormalEquations _equations;
    private readonly double[] _row;
    private readonly double[] _coefficients;
    private readonly double[] _inverse;
    private readonly double[] _sums;
    private double[] _t = [];
    private double[] _residual = [];
    private int[] _index = [];

    public StepLocator(StepRemovalOptions options)
    {
        _window = options.Window;
        _minSide = Math.Max(2, options.Window / 4);
        _powers = options.Degree + 1;
        _equations = new NormalEquations(_powers);
        _row = new double[_powers];
        _coefficients = new double[_powers];
        _inverse = new double[_powers * _powers];
        _sums = new double[_powers];
    }

    /// <summary>The best boundary near the detection (<paramref name="before"/>, <paramref name="after"/>).</summary>
    /// <param name="x">The series.</param>
    /// <param name="before">Last valid sample before the detected boundary.</param>
    /// <param name="after">First valid sample after it.</param>
    /// <returns>The best (before, after) pair; the detection itself when the region cannot be fitted.</returns>
    public (int Before, int After) Locate(ReadOnlySpan<double> x, int before, int after)
    {
        int from = Math.Max(0, before - _window + 1);
        int to = Math.Min(x.Length, after + _window);
        int count = Gather(x, from, to, before, after);
        if (count < 2 * _minSide || !_equations.TrySolve(_coefficients) || !_equations.TryInvert(_inverse))
        {
            return (before, after);
        }

        for (int i = 0; i < count; i++)
        {
            _residual[i] -= PolynomialFitter.Evaluate(_coefficients, _t[i]);
        }

        Array.Clear(_sums);
        double residualSum = 0;
        double bestScore = -1;
        int best = -1;
        for (int i = count - 1; i >= 1; i--)
        {
            Powers(_t[i]);
            for (int k = 0; k < _powers; k++)
            {
                _sums[k] += _row[k];
            }

            residualSum += _residual[i];
            if (i < _minSide || count - i < _minSide)
            {
                continue;
            }

            double projected = 0;
            for (int a = 0; a < _powers; a++)
            {
                for (int b = 0; b < _powers; b++)
                {
                    projected += _sums[a] * _inverse[(a * _powers) + b] * _sums[b];
                }
            }

            double denominator = _sums[0] - projected;
            if (denominator > 1e-9 * _sums[0])
            {
                double score = residualSum * residualSum / denominator;
                if (score >= bestScore)
                {
                    bestScore = score;
                    best = i;
                }
            }
        }

        return best < 0 ? (before, after) : (_index[best - 1] + from, _index[best] + from);
    }

    /// <summary>Collects the region's valid samples (time scaled as the detection's fit, level relative to x[before])
    /// and accumulates the polynomial's normal equations; returns how many there are.</summary>
    private int Gather(ReadOnlySpan<double> x, int from, int to, int before, int after)
    {
        if (_t.Length < to - from)
        {
            _t = new double[to - from];
            _residual = new double[to - from];
            _index = new int[to - from];
        }

        double origin = 0.5 * (before + after);
        double scale = (0.5 * (after - before)) + _window;
        double reference = x[before];
        _equations.Clear();
        int count = 0;
        for (int j = from; j < to; j++)
        {
            if (double.IsNaN(x[j]))
            {
                continue;
            }

            _t[count] = (j - origin) / scale;
            _residual[count] = x[j] - reference;
            _index[count] = j - from;
            Powers(_t[count]);
            _equations.Add(_row, _residual[count]);
            count++;
        }

        return count;
    }

    private void Powers(double t)
    {
        double power = 1;
        for (int k = 0; k < _powers; k++)
        {
            _row[k] = power;
            power *= t;
        }
    }
}
