using GeoAnomaly.Plugins.Tides.Fitting;
using MathNet.Numerics.LinearAlgebra;

namespace GeoAnomaly.Plugins.Tests.Tides.Fitting;

public sealed class BlockStackTests
{
    [Fact]
    public void Blocks_with_their_own_polynomial_origins_stack_to_the_factor_of_all_rows_about_a_common_origin()
    {
        // Given: rows [1, x, x², x³, cos, sin, y] of 10 blocks, each block's x measured from its own start
        const int Degree = 3;
        const int Columns = Degree + 1 + 2 + 1;
        const double Scale = 240.0;
        var random = new Random(11);
        var blocks = new List<CompressedBlock>();
        var all = new List<double[]>();
        double common = 120.0;
        for (int b = 0; b < 10; b++)
        {
            double origin = b * 24.0;
            var buffer = new BlockBuffer(Columns - 1, 24);
            for (int h = 0; h < 24; h++)
            {
                double t = origin + h;
                double y = Math.Sin(t / 7) + random.NextDouble();
                buffer.Add(Row((t - origin) / Scale, t), y, t);
                all.Add([.. Row((t - common) / Scale, t), y]);
            }

            blocks.Add(buffer.Compress(origin)!);
        }

        // When
        var stacked = new BlockStack(Columns, Degree + 1).Combine(blocks, common, Scale);

        // Then: RᵀR of the stack equals XᵀX of all rows written about the common origin
        var x = Matrix<double>.Build.DenseOfRowArrays(all);
        var gram = x.TransposeThisAndMultiply(x);
        var rebuilt = stacked.TransposeThisAndMultiply(stacked);
        Assert.True((gram - rebuilt).FrobeniusNorm() <= 1e-10 * gram.FrobeniusNorm(), $"difference {(gram - rebuilt).FrobeniusNorm()}");

        static double[] Row(double x, double t) => [1, x, x * x, x * x * x, Math.Cos(t / 2), Math.Sin(t / 2)];
    }
}
