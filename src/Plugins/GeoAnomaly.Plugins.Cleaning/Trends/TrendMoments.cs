using GeoAnomaly.Plugins.Cleaning.Numerics;

namespace GeoAnomaly.Plugins.Cleaning.Trends;

/// <summary>Running power sums of a sliding window, from which its least-squares polynomial is solved in O(degree³).</summary>
/// <remarks>
/// Keeps Σ tᵏ (k = 0 .. 2p) and Σ tᵏ y (k = 0 .. p) over the valid samples in the window, with t = (k - origin) / scale
/// in a frame fixed between rebases (k counts samples since the state started) and y = x - reference. Samples are added
/// as they arrive and subtracted as they leave. A rebase recomputes the sums from the window itself, which bounds the
/// rounding that adding and subtracting accumulates and makes two states holding the same window agree bitwise from
/// then on.
/// </remarks>
internal sealed class TrendMoments
{
    private readonly int _powers;
    private readonly double[] _sums;
    private readonly double[] _weighted;
    private readonly double[] _matrix;
    private readonly NormalEquations _equations;

    public TrendMoments(int degree)
    {
        _powers = degree + 1;
        _sums = new double[(2 * degree) + 1];
        _weighted = new double[_powers];
        _matrix = new double[_powers * _powers];
        _equations = new NormalEquations(_powers);
    }

    /// <summary>Sample counter value where t = 0.</summary>
    public long Origin { get; private set; }

    /// <summary>Samples per unit of t.</summary>
    public double Scale { get; private set; } = 1;

    /// <summary>Level subtracted from every sample.</summary>
    public double Reference { get; private set; }

    /// <summary>Valid samples held.</summary>
    public int Count => (int)_sums[0];

    /// <summary>Empties the sums and sets the frame.</summary>
    public void Rebase(long origin, double scale, double reference)
    {
        Array.Clear(_sums);
        Array.Clear(_weighted);
        Origin = origin;
        Scale = scale;
        Reference = reference;
    }

    /// <summary>Adds (sign +1) or removes (sign -1) the sample of counter <paramref name="k"/> and value <paramref name="x"/> (not NaN).</summary>
    public void Update(long k, double x, double sign)
    {
        double t = (k - Origin) / Scale;
        double y = x - Reference;
        double power = sign;
        for (int m = 0; m < _sums.Length; m++)
        {
            _sums[m] += power;
            if (m < _powers)
            {
                _weighted[m] += power * y;
            }

            power *= t;
        }
    }

    /// <summary>Solves for the polynomial in the frame's t (the reference included in the constant); false when undetermined.</summary>
    /// <param name="coefficients">Receives degree + 1 coefficients, constant first.</param>
    public bool TrySolve(Span<double> coefficients)
    {
        for (int a = 0; a < _powers; a++)
        {
            for (int b = 0; b < _powers; b++)
            {
                _matrix[(a * _powers) + b] = _sums[a + b];
            }
        }

        _equations.Load(_matrix, _weighted);
        if (!_equations.TrySolve(coefficients))
        {
            return false;
        }

        coefficients[0] += Reference;
        return true;
    }
}
