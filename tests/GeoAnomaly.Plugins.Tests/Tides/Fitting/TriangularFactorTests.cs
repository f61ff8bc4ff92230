using GeoAnomaly.Plugins.Tides.Fitting;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace GeoAnomaly.Plugins.Tests.Tides.Fitting;

public sealed class TriangularFactorTests
{
    [Theory]
    [InlineData(1440, 19, 1440)]
    [InlineData(1000, 7, 100)]
    [InlineData(5, 19, 5)]
    [InlineData(200, 3, 1)]
    public void Rows_added_in_batches_give_the_R_of_MathNet_QR_of_all_rows(int rows, int columns, int batch)
    {
        // Given: rows with wildly different column scales, added a batch at a time
        var random = new Random(rows + columns);
        var all = Matrix<double>.Build.Dense(rows, columns, (i, j) => (random.NextDouble() - 0.5) * Math.Pow(10, j % 4));
        var factor = new TriangularFactor(columns);

        // When
        for (int from = 0; from < rows; from += batch)
        {
            int count = Math.Min(batch, rows - from);
            factor.Add(all.SubMatrix(from, count, 0, columns).ToColumnMajorArray(), count, count);
        }

        // Then: equal up to the sign of each row of R (compare RᵀR = XᵀX and |R|), zero below the diagonal (MathNet
        // factors only tall matrices: fewer rows than columns are padded with zero rows, which change nothing)
        var r = Matrix<double>.Build.Dense(columns, columns, factor.R);
        var padded = rows >= columns ? all : all.Stack(Matrix<double>.Build.Dense(columns - rows, columns));
        var reference = padded.QR(QRMethod.Thin).R;
        int rank = Math.Min(rows, columns);
        for (int i = 0; i < columns; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                double expected = i < rank ? Math.Abs(reference[i, j]) : 0.0;
                Assert.Equal(expected, Math.Abs(r[i, j]), 1e-9 * Math.Max(1.0, Math.Abs(reference[Math.Min(i, rank - 1), j])));
                if (i > j)
                {
                    Assert.Equal(0.0, r[i, j]);
                }
            }
        }

        var gram = all.TransposeThisAndMultiply(all);
        var rebuilt = r.TransposeThisAndMultiply(r);
        Assert.True((gram - rebuilt).FrobeniusNorm() <= 1e-10 * gram.FrobeniusNorm(), "RᵀR differs from XᵀX");
    }

    [Fact]
    public void Least_squares_through_the_factor_equals_MathNet_QR_solve()
    {
        // Given: a tidal-like design with an observation column
        var random = new Random(3);
        int rows = 3000;
        var x = Matrix<double>.Build.Dense(rows, 5, (i, j) => j == 0 ? 1.0 : Math.Cos((0.01 * j * i) + j));
        var y = Vector<double>.Build.Dense(rows, i => (3 * x[i, 1]) - (2 * x[i, 3]) + random.NextDouble());
        var augmented = x.Append(y.ToColumnMatrix());
        var factor = new TriangularFactor(6);

        // When
        factor.Add(augmented.ToColumnMajorArray(), rows, rows);
        var r = Matrix<double>.Build.Dense(6, 6, factor.R);
        var beta = r.SubMatrix(0, 5, 0, 5).Solve(r.Column(5, 0, 5));

        // Then
        var reference = x.QR().Solve(y);
        for (int j = 0; j < 5; j++)
        {
            Assert.Equal(reference[j], beta[j], 10);
        }
    }
}
