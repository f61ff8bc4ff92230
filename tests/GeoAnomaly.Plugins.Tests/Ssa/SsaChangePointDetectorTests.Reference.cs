using GeoAnomaly.Plugins.Ssa;
using GeoAnomaly.Plugins.Tests.Support.Ssa;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Ssa;

public sealed partial class SsaChangePointDetectorTests
{
    [Theory]
    [InlineData(1, ErrorFunction.SignedDifference, MartingaleType.Power, 10)]
    [InlineData(100, ErrorFunction.SignedDifference, MartingaleType.Power, 10)]
    [InlineData(37, ErrorFunction.AbsoluteDifference, MartingaleType.Mixture, 12)]
    [InlineData(60, ErrorFunction.SquaredDifference, MartingaleType.None, 7)]
    public void Outputs_match_a_naive_full_SVD_every_sample_reference(int refitInterval, ErrorFunction errorFunction, MartingaleType martingale, int seasonalWindow)
    {
        // Given: a quiet series with a level shift, a 5-sample gap (bridged) and a 30-sample gap (restart)
        double[] values = SsaSeries.LevelShift(SsaSeries.Quiet(1400, seed: 5), onset: 900, size: 6);
        Array.Fill(values, double.NaN, 400, 5);
        Array.Fill(values, double.NaN, 1100, 30);
        var series = SsaSeries.ToSeries(values);
        var options = new SsaChangePointOptions
        {
            RefitInterval = refitInterval,
            ErrorFunction = errorFunction,
            Martingale = martingale,
            SeasonalWindowSize = seasonalWindow,
        };

        // When
        var fast = new SsaChangePointDetector().Run(series, options, cancellationToken: TestContext.Current.CancellationToken);
        double[][] naive = NaiveSsaChangePoint.Run(series, options);

        // Then
        for (int k = 0; k < fast.Names.Count; k++)
        {
            var column = fast.Column(k);
            double worst = 0;
            for (int i = 0; i < values.Length; i++)
            {
                double a = column[i];
                double e = naive[k][i];
                Assert.True(double.IsNaN(a) == double.IsNaN(e), $"{fast.Names[k]} at {i}: fast {a}, naive {e}");
                if (!double.IsNaN(a))
                {
                    worst = Math.Max(worst, Math.Abs(a - e) / Math.Max(1, Math.Abs(e)));
                }
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"{fast.Names[k]}: worst relative difference {worst:E2}");
        }
    }
}
