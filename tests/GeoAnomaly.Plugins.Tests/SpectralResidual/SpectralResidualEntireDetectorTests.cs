using GeoAnomaly.Plugins.SpectralResidual;
using GeoAnomaly.Plugins.Tests.Support.SpectralResidual;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.SpectralResidual;

public sealed partial class SpectralResidualEntireDetectorTests
{
    private static readonly TimeSpan s_minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Passes_the_SDK_conformance_suite()
    {
        // Given: the suite's defaults, plus option sets that must be rejected by name
        var settings = new ConformanceSettings
        {
            InvalidOptions =
            [
                (new SpectralResidualEntireOptions { Threshold = 1.5 }, "threshold"),
                (new SpectralResidualEntireOptions { Threshold = double.NaN }, "threshold"),
                (new SpectralResidualEntireOptions { BatchSize = 11 }, "batchSize"),
                (new SpectralResidualEntireOptions { BatchSize = 0 }, "batchSize"),
                (new SpectralResidualEntireOptions { Period = 1000 }, "batchSize"),
                (new SpectralResidualEntireOptions { Sensitivity = 101 }, "sensitivity"),
                (new SpectralResidualEntireOptions { Period = -1 }, "period"),
                (new SpectralResidualEntireOptions { DetectMode = (SpectralResidualDetectMode)7 }, "detectMode"),
                (new SpectralResidualEntireOptions { DeseasonalityMode = 0 }, "deseasonalityMode"),
            ],
        };

        // When
        var error = Record.Exception(() => DetectorConformance.RunAll(() => new SpectralResidualEntireDetector(), settings));

        // Then
        Assert.Null(error);
    }

    [Theory]
    [InlineData(SpectralResidualDetectMode.AnomalyAndMargin, 0)]
    [InlineData(SpectralResidualDetectMode.AnomalyAndMargin, 60)]
    [InlineData(SpectralResidualDetectMode.AnomalyAndExpectedValue, 1440)]
    public void Passes_the_SDK_conformance_suite_with_expected_values_and_margins(SpectralResidualDetectMode mode, int period)
    {
        // Given
        var options = new SpectralResidualEntireOptions { DetectMode = mode, Period = period, BatchSize = Math.Max(2000, 4 * period) };
        var settings = new ConformanceSettings { Options = options, HugeLength = 1_000_000 };

        // When
        var error = Record.Exception(() => DetectorConformance.RunAll(() => new SpectralResidualEntireDetector(), settings));

        // Then
        Assert.Null(error);
    }

    [Theory]
    [InlineData(1000, 200)]
    [InlineData(1005, 200)]
    [InlineData(700, -1)]
    public void Scores_equal_the_naive_paper_reference_batch_by_batch(int length, int batchSize)
    {
        // Given: a noisy cycle with three spikes; 1005 samples in batches of 200 leave a last batch of 5, which is
        // scored within the last 200 samples
        double[] values = SrSignals.Plus(SrSignals.Sine(length, 90, 3, 20), SrSignals.Noise(length, 8, 0.4));
        values[150] += 6;
        values[480] -= 5;
        values[length - 3] += 6;
        var options = new SpectralResidualEntireOptions { BatchSize = batchSize };

        // When
        var output = new SpectralResidualEntireDetector().Run(new Series(SrSignals.Start, s_minute, values), options, cancellationToken: TestContext.Current.CancellationToken);
        var expected = NaiveSpectralResidualEntire.Run(values, batchSize > 0 ? batchSize : length, options.Threshold);

        // Then
        for (int i = 0; i < length; i++)
        {
            Assert.True(Math.Abs(expected.Score[i] - output.Column("score")[i]) <= 1e-9, $"score at {i}: {output.Column("score")[i]}, reference {expected.Score[i]}");
            Assert.Equal(expected.Alert[i], output.Column("alert")[i]);
            Assert.True(Math.Abs(expected.Magnitude[i] - output.Column("magnitude")[i]) <= 1e-9, $"magnitude at {i}");
        }
    }

    [Fact]
    public void Reproduces_the_magnitudes_and_anomaly_of_the_MLNET_DetectEntireAnomalyBySrCnn_sample()
    {
        // Given: ML.NET's documented example (docs/samples/Microsoft.ML.Samples/Dynamic/Transforms/TimeSeries/
        // DetectEntireAnomalyBySrCnn.cs): twenty 5s, a 10, five 5s; threshold 0.35, batch 512, sensitivity 90, margin
        // mode. Its printed Mag column (two decimals) is below.
        double[] values = [.. Enumerable.Repeat(5.0, 20), 10.0, .. Enumerable.Repeat(5.0, 5)];
        double[] printedMag =
            [0.21, 0.11, 0.03, 0.01, 0.03, 0.06, 0.02, 0.01, 0.01, 0.01, 0.00, 0.01, 0.01, 0.02, 0.07, 0.08, 0.02, 0.05, 0.12, 0.17,
             0.80, 0.16, 0.11, 0.05, 0.11, 0.19];
        var options = new SpectralResidualEntireOptions
        {
            Threshold = 0.35,
            BatchSize = 512,
            Sensitivity = 90,
            DetectMode = SpectralResidualDetectMode.AnomalyAndMargin,
        };

        // When
        var output = new SpectralResidualEntireDetector().Run(new Series(SrSignals.Start, s_minute, values), options, cancellationToken: TestContext.Current.CancellationToken);

        // Then: magnitudes, the one anomaly, expected value and unit as printed. The sample's margins (5.01/4.99) and
        // anomaly score (0.50) predate ML.NET's rewrite of the boundaries (commit d95fe38f7, Oct 2020); its current
        // code gives unit * factor(90) and, for a value one unit off, the sensitivity whose factor is 1 (55), so
        // (100 - 55) / 100.
        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(printedMag[i], output.Column("magnitude")[i], 0.005);
            Assert.Equal(i == 20 ? 1 : 0, output.Column("alert")[i]);
            Assert.Equal(5, output.Column("expected")[i], 0.005);
            Assert.Equal(5, output.Column("unit")[i], 0.005);
            Assert.Equal(5 + (5 * SensitivityMargins.Factor(90)), output.Column("upper")[i], 1e-9);
            Assert.Equal(5 - (5 * SensitivityMargins.Factor(90)), output.Column("lower")[i], 1e-9);
        }

        Assert.Equal(0.45, output.Column("anomalyScore")[20], 1e-12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_spike_in_noise_gets_the_highest_score_and_an_alert(int seed)
    {
        // Given: 5000 minutes of seeded Gaussian noise with a spike of 8 sigma at sample 3100 (the second batch)
        double[] values = SrSignals.Noise(5000, seed, 1, 50);
        values[3100] += 8;

        // When
        var output = new SpectralResidualEntireDetector().Run(new Series(SrSignals.Start, s_minute, values), cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(3100, SrSignals.ArgMax(output.Column("score")));
        Assert.Equal(1, output.Column("alert")[3100]);
    }

    [Theory]
    [InlineData(SpectralResidualDetectMode.AnomalyOnly, 0)]
    [InlineData(SpectralResidualDetectMode.AnomalyAndMargin, 0)]
    [InlineData(SpectralResidualDetectMode.AnomalyAndMargin, 60)]
    public void A_constant_series_scores_zero_and_never_alerts(SpectralResidualDetectMode mode, int period)
    {
        // Given
        double[] values = Enumerable.Repeat(-37.475562, 4500).ToArray();
        var options = new SpectralResidualEntireOptions { DetectMode = mode, Period = period };

        // When
        var output = new SpectralResidualEntireDetector().Run(new Series(SrSignals.Start, s_minute, values), options, cancellationToken: TestContext.Current.CancellationToken);

        // Then: score 0 within round-off
        Assert.All(output.Column("score").ToArray(), s => Assert.True(s < 1e-9, $"score {s}"));
        Assert.All(output.Column("alert").ToArray(), a => Assert.Equal(0, a));
    }
}
