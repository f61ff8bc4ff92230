using MathNet.Numerics.LinearAlgebra;

namespace GeoAnomaly.Plugins.Tides.Fitting;

/// <summary>Stacks reduced blocks, moving each block's polynomial to a common origin, and factors the stack again:
/// the R factor of all their rows.</summary>
internal sealed class BlockStack
{
    private readonly int _columns;
    private readonly int _polynomialCount;
    private readonly TriangularFactor _factor;
    private readonly double[] _scratch;

    /// <summary>Creates a stacker for rows of <paramref name="columns"/> columns whose first
    /// <paramref name="polynomialCount"/> are powers of the polynomial variable.</summary>
    /// <param name="columns">Columns of a row, the observation included.</param>
    /// <param name="polynomialCount">Polynomial columns (degree + 1), first in each row.</param>
    public BlockStack(int columns, int polynomialCount)
    {
        _columns = columns;
        _polynomialCount = polynomialCount;
        _factor = new TriangularFactor(columns);
        _scratch = new double[columns * columns];
    }

    /// <summary>The R factor of the rows of <paramref name="blocks"/>, with polynomial columns taken about
    /// <paramref name="originHours"/>, as a MathNet matrix.</summary>
    /// <param name="blocks">Reduced blocks, in time order (the result depends on the order only through rounding).</param>
    /// <param name="originHours">Common origin of the polynomial variable, hours after J2000.0.</param>
    /// <param name="scaleHours">Scale of the polynomial variable, hours (the same for every block).</param>
    public Matrix<double> Combine(IReadOnlyList<CompressedBlock> blocks, double originHours, double scaleHours)
    {
        _factor.Clear();
        foreach (var block in blocks)
        {
            Shifted(block, (block.OriginHours - originHours) / scaleHours);
            _factor.Add(_scratch, _columns, _columns);
        }

        return Matrix<double>.Build.Dense(_columns, _columns, (double[])_factor.R.Clone());
    }

    /// <summary>The block's R with its polynomial variable moved to x + δ, in <see cref="_scratch"/>:
    /// (x + δ)^k = Σ_{j≤k} C(k, j)·δ^(k−j)·x^j, so column k gains C(k, j)·δ^(k−j) times column j for each j &lt; k.</summary>
    private void Shifted(CompressedBlock block, double shift)
    {
        block.R.CopyTo(_scratch, 0);
        if (shift == 0)
        {
            return;
        }

        int n = _columns;
        for (int k = _polynomialCount - 1; k >= 1; k--)
        {
            var target = _scratch.AsSpan(k * n, n);
            double binomial = 1.0;
            for (int j = k - 1; j >= 0; j--)
            {
                binomial = binomial * (j + 1) / (k - j);
                double factor = binomial * Math.Pow(shift, k - j);
                var source = block.R.AsSpan(j * n, n);
                for (int i = 0; i < n; i++)
                {
                    target[i] += factor * source[i];
                }
            }
        }
    }
}
