namespace GeoAnomaly.Plugins.Cleaning.Numerics;

/// <summary>Weighted least squares with a few unknowns, by accumulated normal equations XᵀWX b = XᵀWy.</summary>
/// <remarks>
/// For the small, well-scaled designs of this plugin (polynomials in a time scaled to [-1, 1], at most 7 columns, plus a
/// step indicator) normal equations are accurate to far below the noise. The solve is Gaussian elimination with partial
/// pivoting; a pivot below 1e-12 of the largest diagonal entry means the design is rank deficient (too few distinct
/// times for the degree) and the solve reports failure instead of returning noise.
/// </remarks>
internal sealed class NormalEquations
{
    private const double SingularTolerance = 1e-12;

    private readonly double[] _matrix;
    private readonly double[] _rhs;
    private readonly double[] _work;

    /// <summary>Creates an accumulator for <paramref name="columns"/> unknowns.</summary>
    /// <param name="columns">Number of unknowns, 1 to 16.</param>
    public NormalEquations(int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columns, 16);
        Columns = columns;
        _matrix = new double[columns * columns];
        _rhs = new double[columns];
        _work = new double[(columns * columns) + columns];
    }

    /// <summary>Number of unknowns.</summary>
    public int Columns { get; }

    /// <summary>Rows added since the last <see cref="Clear"/> (with any weight, zero included).</summary>
    public int Rows { get; private set; }

    /// <summary>Forgets every row.</summary>
    public void Clear()
    {
        Array.Clear(_matrix);
        Array.Clear(_rhs);
        Rows = 0;
    }

    /// <summary>Replaces the accumulated system by <paramref name="matrix"/> (row after row; the upper triangle is read)
    /// and <paramref name="rhs"/>.</summary>
    /// <param name="matrix">XᵀWX, <see cref="Columns"/>² values.</param>
    /// <param name="rhs">XᵀWy, <see cref="Columns"/> values.</param>
    public void Load(ReadOnlySpan<double> matrix, ReadOnlySpan<double> rhs)
    {
        matrix[..(Columns * Columns)].CopyTo(_matrix);
        rhs[..Columns].CopyTo(_rhs);
    }

    /// <summary>Adds one observation <paramref name="y"/> with design row <paramref name="row"/> and weight <paramref name="weight"/>.</summary>
    /// <param name="row">The row, <see cref="Columns"/> long.</param>
    /// <param name="y">The observation.</param>
    /// <param name="weight">Its weight, 0 or more.</param>
    public void Add(ReadOnlySpan<double> row, double y, double weight = 1.0)
    {
        int q = Columns;
        for (int a = 0; a < q; a++)
        {
            double wa = weight * row[a];
            _rhs[a] += wa * y;
            for (int b = a; b < q; b++)
            {
                _matrix[(a * q) + b] += wa * row[b];
            }
        }

        Rows++;
    }

    /// <summary>Solves for the coefficients; false when the design is rank deficient.</summary>
    /// <param name="coefficients">Receives <see cref="Columns"/> coefficients.</param>
    public bool TrySolve(Span<double> coefficients) => TrySolve(_rhs, coefficients);

    /// <summary>The inverse of the accumulated XᵀWX, row after row; false when it is singular.</summary>
    /// <param name="inverse">Receives <see cref="Columns"/>² values.</param>
    public bool TryInvert(Span<double> inverse)
    {
        int q = Columns;
        Span<double> unit = stackalloc double[q];
        for (int c = 0; c < q; c++)
        {
            unit.Clear();
            unit[c] = 1;
            if (!TrySolve(unit, inverse.Slice(c * q, q)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Solves XᵀWX z = <paramref name="rhs"/> with the accumulated matrix; false when it is singular.</summary>
    /// <param name="rhs">Right-hand side, <see cref="Columns"/> long.</param>
    /// <param name="coefficients">Receives z.</param>
    public bool TrySolve(ReadOnlySpan<double> rhs, Span<double> coefficients)
    {
        int q = Columns;
        var a = _work.AsSpan(0, q * q);
        var b = _work.AsSpan(q * q, q);
        double largest = 0;
        for (int r = 0; r < q; r++)
        {
            for (int c = 0; c < q; c++)
            {
                a[(r * q) + c] = r <= c ? _matrix[(r * q) + c] : _matrix[(c * q) + r];
            }

            b[r] = rhs[r];
            largest = Math.Max(largest, Math.Abs(a[(r * q) + r]));
        }

        if (!(largest > 0) || !double.IsFinite(largest))
        {
            return false;
        }

        for (int k = 0; k < q; k++)
        {
            int pivot = k;
            for (int r = k + 1; r < q; r++)
            {
                if (Math.Abs(a[(r * q) + k]) > Math.Abs(a[(pivot * q) + k]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(a[(pivot * q) + k]) <= SingularTolerance * largest)
            {
                return false;
            }

            if (pivot != k)
            {
                for (int c = 0; c < q; c++)
                {
                    (a[(k * q) + c], a[(pivot * q) + c]) = (a[(pivot * q) + c], a[(k * q) + c]);
                }

                (b[k], b[pivot]) = (b[pivot], b[k]);
            }

            for (int r = k + 1; r < q; r++)
            {
                double factor = a[(r * q) + k] / a[(k * q) + k];
                for (int c = k; c < q; c++)
                {
                    a[(r * q) + c] -= factor * a[(k * q) + c];
                }

                b[r] -= factor * b[k];
            }
        }

        for (int r = q - 1; r >= 0; r--)
        {
            double sum = b[r];
            for (int c = r + 1; c < q; c++)
            {
                sum -= a[(r * q) + c] * coefficients[c];
            }

            coefficients[r] = sum / a[(r * q) + r];
        }

        return true;
    }
}
