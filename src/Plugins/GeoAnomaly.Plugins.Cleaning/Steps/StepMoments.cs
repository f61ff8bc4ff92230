using GeoAnomaly.Plugins.Cleaning.Numerics;

namespace GeoAnomaly.Plugins.Cleaning.Steps;

/// <summary>Running power sums of the two sides of a boundary, from which the polynomial-plus-step least-squares fit is
/// solved in O(degree³) instead of O(window × degree²).</summary>
/// <remarks>
/// <para>For side s (0 before, 1 after) it keeps Σ tᵏ (k = 0 .. 2p) and Σ tᵏ y (k = 0 .. p) over the side's valid
/// samples, with t = (j - origin) / scale in a frame fixed between rebases and y = x - reference. The normal equations of
/// y = Σₖ cₖ tᵏ + h·[after] are then (XᵀX)ₖₗ = Σ tᵏ⁺ˡ over both sides, (XᵀX)ₖₕ = Σ_after tᵏ, (XᵀX)ₕₕ = n_after,
/// (Xᵀy)ₖ = Σ tᵏ y over both, (Xᵀy)ₕ = Σ_after y. The step size h does not depend on the frame (a polynomial of degree p
/// in t is one of degree p in any affine function of t), so the frame only serves conditioning and is moved when the
/// window drifts away from it.</para>
/// <para>Samples enter and leave each side once as the boundary moves, so a scan costs O(p) per sample for the sums.
/// Each rebase recomputes the sums from the samples, which bounds the rounding that adding and subtracting accumulates;
/// a constant series gives y = 0 exactly, hence h = 0 exactly.</para>
/// </remarks>
internal sealed class StepMoments
{
    private readonly int _powers;
    private readonly double[] _sums;
    private readonly double[] _weighted;
    private readonly double[] _matrix;
    private readonly double[] _rhs;
    private readonly double[] _coefficients;
    private readonly NormalEquations _equations;
    private double _origin;
    private double _inverseScale = 1;
    private double _reference;

    public StepMoments(int degree)
    {
        _powers = degree + 1;
        _sums = new double[2 * ((2 * degree) + 1)];
        _weighted = new double[2 * _powers];
        _matrix = new double[(_powers + 1) * (_powers + 1)];
        _rhs = new double[_powers + 1];
        _coefficients = new double[_powers + 1];
        _equations = new NormalEquations(_powers + 1);
    }

    /// <summary>Valid samples on the before side.</summary>
    public int BeforeCount => (int)_sums[0];

    /// <summary>Valid samples on the after side.</summary>
    public int AfterCount => (int)_sums[(2 * _powers) - 1];

    /// <summary>Empties both sides and sets the frame: t = (j - origin) / scale, y = x - reference.</summary>
    public void Rebase(double origin, double scale, double reference)
    {
        Array.Clear(_sums);
        Array.Clear(_weighted);
        _origin = origin;
        _inverseScale = 1.0 / scale;
        _reference = reference;
    }

    /// <summary>Adds (sign +1) or removes (sign -1) sample <paramref name="j"/> of value <paramref name="x"/> (not NaN)
    /// on side <paramref name="side"/> (0 before, 1 after).</summary>
    public void Update(int side, int j, double x, double sign)
    {
        double t = (j - _origin) * _inverseScale;
        double y = x - _reference;
        int moments = (2 * _powers) - 1;
        int offset = side * moments;
        double power = sign;
        for (int k = 0; k < moments; k++)
        {
            _sums[offset + k] += power;
            if (k < _powers)
            {
                _weighted[(side * _powers) + k] += power * y;
            }

            power *= t;
        }
    }

    /// <summary>Solves for the step size; false when the fit is undetermined.</summary>
    /// <param name="size">The step size h.</param>
    public bool TrySolve(out double size)
    {
        int q = _powers + 1;
        int moments = (2 * _powers) - 1;
        for (int k = 0; k < _powers; k++)
        {
            for (int l = k; l < _powers; l++)
            {
                _matrix[(k * q) + l] = _sums[k + l] + _sums[moments + k + l];
            }

            _matrix[(k * q) + _powers] = _sums[moments + k];
            _rhs[k] = _weighted[k] + _weighted[_powers + k];
        }

        _matrix[(_powers * q) + _powers] = _sums[moments];
        _rhs[_powers] = _weighted[_powers];
        _equations.Load(_matrix, _rhs);
        size = double.NaN;
        if (!_equations.TrySolve(_coefficients))
        {
            return false;
        }

        size = _coefficients[_powers];
        return double.IsFinite(size);
    }
}
