using GeoAnomaly.Plugins.Cleaning.Trends;
using GeoAnomaly.Plugins.Tests.Support.Cleaning;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.Cleaning.Trends;

public sealed class DetrendEntirePreprocessorTests
{
    [Theory]
    [InlineData(DetrendMethod.LeastSquares, 1, 10_000_000)]
    [InlineData(DetrendMethod.Bisquare, 3, 1_000_000)]
    public void Passes_the_SDK_conformance_suite(DetrendMethod method, int degree, int hugeLength)
    {
        // Given: the defaults on 10 million samples; bisquare (a median and a fit per reweighting round) on 1 million
        var settings = new ConformanceSettings
        {
            Options = new DetrendEntireOptions { Method = method, Degree = degree },
            HugeLength = hugeLength,
            InvalidOptions =
            [
                (new DetrendEntireOptions { Method = (DetrendMethod)7 }, "method"),
                (new DetrendEntireOptions { Degree = -1 }, "degree"),
                (new DetrendEntireOptions { Degree = 6 }, "degree"),
            ],
        };

        // When
        var error = Record.Exception(() => PreprocessorConformance.RunAll(() => new DetrendEntirePreprocessor(), settings));

        // Then
        Assert.Null(error);
    }

    [Fact]
    public void A_linear_trend_plus_noise_leaves_the_noise_and_the_least_squares_slope()
    {
        // Given: 0.01 per sample (14.4 per day) from 50, plus unit white noise, with a gap
        double[] noise = CleaningSignals.White(20_000, seed: 51);
        double[] x = noise.Select((v, i) => 50 + (0.01 * i) + v).ToArray();
        CleaningSignals.Gap(x, 5000, 300);

        // When
        var output = CleaningRuns.Run(new DetrendEntirePreprocessor(), x);

        // Then: the closed-form least-squares line (slope = cov(i, x) / var(i)) and its residuals
        var valid = Enumerable.Range(0, x.Length).Where(i => !double.IsNaN(x[i])).ToList();
        double meanI = valid.Average(i => (double)i);
        double meanX = valid.Average(i => x[i]);
        double slope = valid.Sum(i => (i - meanI) * (x[i] - meanX)) / valid.Sum(i => (i - meanI) * (i - meanI));
        Assert.All(valid, i => Assert.Equal(x[i] - (meanX + (slope * (i - meanI))), output.Column("value")[i], 1e-9));
        Assert.Equal(slope * 1440, output.Column("slope")[7], 1e-9);
        Assert.InRange(output.Column("slope")[7], 14.4 - 0.05, 14.4 + 0.05);
        Assert.True(double.IsNaN(output.Column("value")[5100]) && double.IsFinite(output.Column("trend")[5100]));
        double residualStd = Math.Sqrt(valid.Average(i => output.Column("value")[i] * output.Column("value")[i]));
        Assert.InRange(residualStd, 0.98, 1.02);
    }

    [Fact]
    public void A_noise_free_polynomial_of_the_fitted_degree_is_removed_exactly()
    {
        // Given: a cubic over 10,000 samples
        double[] x = Enumerable.Range(0, 10_000).Select(i => 3 - (2e-3 * i) + (4e-7 * i * i) - (3e-11 * i * i * (double)i)).ToArray();

        // When
        var residual = CleaningRuns.Column(new DetrendEntirePreprocessor(), x, "value", new DetrendEntireOptions { Degree = 3 });

        // Then
        Assert.All(residual, r => Assert.Equal(0, r, 1e-9));
    }

    [Fact]
    public void The_robust_fit_ignores_outliers_that_drag_least_squares()
    {
        // Given: a line of slope 1 per 1,000 samples with noise, and 10 % of samples shifted up by 50 in the last third
        double[] x = CleaningSignals.White(9000, seed: 52, sigma: 0.5).Select((v, i) => (i / 1000.0) + v).ToArray();
        for (int i = 6000; i < 9000; i += 10)
        {
            x[i] += 50;
        }

        // When
        double leastSquares = CleaningRuns.Column(new DetrendEntirePreprocessor(), x, "slope")[0];
        double robust = CleaningRuns.Column(new DetrendEntirePreprocessor(), x, "slope", new DetrendEntireOptions { Method = DetrendMethod.Bisquare })[0];

        // Then: 1.44 per day is the truth
        Assert.True(Math.Abs(leastSquares - 1.44) > 1, $"least squares {leastSquares}");
        Assert.InRange(robust, 1.44 - 0.02, 1.44 + 0.02);
    }

    [Fact]
    public void Is_retrospective_and_named_detrend_entire()
    {
        // Given
        var component = new DetrendEntirePreprocessor();

        // When
        var info = ((IComponent)component).Info;

        // Then
        Assert.Equal(("detrend-entire", ProcessingMode.Retrospective), (info.Name, info.Mode));
    }
}
