using GeoAnomaly.Plugins.SpectralResidual;
using GeoAnomaly.Plugins.Tests.Support.SpectralResidual;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.SpectralResidual;

public sealed partial class SpectralResidualDetectorTests
{
    private const double ReferenceTolerance = 1e-9;

    [Fact]
    public void Passes_the_SDK_conformance_suite()
    {
        // Given: the suite's defaults, plus option sets that must be rejected by name
        var settings = new ConformanceSettings
        {
            InvalidOptions =
            [
                (new SpectralResidualOptions { WindowSize = 2 }, "windowSize"),
                (new SpectralResidualOptions { BackAddWindowSize = 0 }, "backAddWindowSize"),
                (new SpectralResidualOptions { LookaheadWindowSize = 23 }, "lookaheadWindowSize"),
                (new SpectralResidualOptions { AveragingWindowSize = 0 }, "averagingWindowSize"),
                (new SpectralResidualOptions { JudgementWindowSize = 25 }, "judgementWindowSize"),
                (new SpectralResidualOptions { Threshold = 0 }, "threshold"),
                (new SpectralResidualOptions { Threshold = 1 }, "threshold"),
                (new SpectralResidualOptions { Threshold = double.NaN }, "threshold"),
            ],
        };

        // When
        var error = Record.Exception(() => DetectorConformance.RunAll(() => new SpectralResidualDetector(), settings));

        // Then
        Assert.Null(error);
    }

    [Fact]
    public void Passes_the_SDK_conformance_suite_on_the_FFT_path()
    {
        // Given: a window just long enough for the FFT kernel (shorter signals: this path costs tens of microseconds a sample)
        var options = new SpectralResidualOptions { WindowSize = SaliencyKernel.MaxDftLength, JudgementWindowSize = 60 };
        Assert.True(options.ExtendedLength > SaliencyKernel.MaxDftLength);
        var settings = new ConformanceSettings { Options = options, Length = 2500, HugeLength = 20_000 };

        // When
        var error = Record.Exception(() => DetectorConformance.RunAll(() => new SpectralResidualDetector(), settings));

        // Then
        Assert.Null(error);
    }

    [Theory]
    [InlineData(24, 5, 5, 3, 21)]
    [InlineData(24, 4, 5, 3, 24)]
    [InlineData(7, 1, 1, 1, 1)]
    [InlineData(32, 8, 3, 5, 16)]
    [InlineData(150, 10, 5, 3, 21)]
    [InlineData(520, 5, 5, 3, 100)]
    public void Outputs_equal_the_naive_paper_reference(int windowSize, int backAdd, int lookahead, int averaging, int judgement)
    {
        // Given: the SDK's seeded test signal with gaps (odd and even transform lengths, both kernels; the naive
        // reference costs O(L^2) a sample, so long windows get a shorter signal)
        var options = new SpectralResidualOptions
        {
            WindowSize = windowSize,
            BackAddWindowSize = backAdd,
            LookaheadWindowSize = lookahead,
            AveragingWindowSize = averaging,
            JudgementWindowSize = judgement,
        };
        var series = TestSignals.WithGaps(Math.Min(1500, windowSize + 200), 5, TimeSpan.FromMinutes(1), 40);
        double[] values = series.Values.ToArray();

        // When
        var output = new SpectralResidualDetector().Run(series, options, cancellationToken: TestContext.Current.CancellationToken);
        var expected = NaiveSpectralResidualStream.Run(values, options);

        // Then: every output equal within 1e-9 (relative above 1), NaN where the reference has NaN
        AssertClose(expected.Score, output.Column("score"), "score");
        AssertClose(expected.Alert, output.Column("alert"), "alert");
        AssertClose(expected.Magnitude, output.Column("magnitude"), "magnitude");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(11)]
    public void A_spike_in_noise_gets_the_highest_score_and_an_alert(int seed)
    {
        // Given: a day of seeded Gaussian minute noise (sigma 1) with a spike of 20 sigma at sample 700. The raw score is a
        // ratio of saliencies, blind to scale: white noise alone reaches about 0.5 in a day, and a spike must stand
        // well clear of it (at 8 sigma it tops the day for about two seeds in three, at 20 sigma for all 20 tried).
        double[] values = SrSignals.Noise(1440, seed);
        values[700] += 20;
        var series = new Series(SrSignals.Start, TimeSpan.FromMinutes(1), values);

        // When
        var output = new SpectralResidualDetector().Run(series, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(700, SrSignals.ArgMax(output.Column("score")));
        Assert.Equal(1, output.Column("alert")[700]);
    }

    [Fact]
    public void Reproduces_the_outputs_printed_in_the_MLNET_DetectAnomalyBySrCnn_sample()
    {
        // Given: ML.NET's documented example (docs/samples/Microsoft.ML.Samples/Dynamic/Transforms/TimeSeries/
        // DetectAnomalyBySrCnn.cs): twenty 5s, a 10, five 5s; windowSize 16, backAdd 5, lookahead 5, averaging 3,
        // judgement 8, threshold 0.35. Its printed Alert, Score, Mag (two decimals) from the 10 on are below.
        double[] values = [.. Enumerable.Repeat(5.0, 20), 10.0, .. Enumerable.Repeat(5.0, 5)];
        var options = new SpectralResidualOptions
        {
            WindowSize = 16,
            BackAddWindowSize = 5,
            LookaheadWindowSize = 5,
            AveragingWindowSize = 3,
            JudgementWindowSize = 8,
            Threshold = 0.35,
        };
        (double Alert, double Score, double Mag)[] printed =
            [(1, 0.47, 0.93), (0, 0.31, 0.50), (0, 0.05, 0.30), (0, 0.01, 0.23), (0, 0.00, 0.21), (0, 0.01, 0.25)];

        // When
        var output = new SpectralResidualDetector().Run(
            new Series(SrSignals.Start, TimeSpan.FromMinutes(1), values), options, cancellationToken: TestContext.Current.CancellationToken);

        // Then: equal to the printed precision. (On the constant stretch before the 10 ML.NET prints score 0.03 and mag
        // 0.18, single-precision round-off amplified by the log spectrum; the floor on zero amplitudes gives 0 and 1/21.)
        for (int k = 0; k < printed.Length; k++)
        {
            int i = 20 + k;
            Assert.Equal(printed[k].Alert, output.Column("alert")[i]);
            Assert.Equal(printed[k].Score, output.Column("score")[i], 0.005);
            Assert.Equal(printed[k].Mag, output.Column("magnitude")[i], 0.005);
        }

        Assert.Equal(0, output.Column("score")[19], 1e-12);
        Assert.Equal(1.0 / 21, output.Column("magnitude")[19], 1e-12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-37.475562)]
    [InlineData(1e9)]
    [InlineData(1e-12)]
    public void A_constant_series_scores_zero_and_never_alerts(double level)
    {
        // Given
        double[] values = Enumerable.Repeat(level, 500).ToArray();
        var series = new Series(SrSignals.Start, TimeSpan.FromMinutes(1), values);

        // When
        var output = new SpectralResidualDetector().Run(series, cancellationToken: TestContext.Current.CancellationToken);

        // Then: NaN while the first window fills, then score 0 (within round-off) and no alert
        var score = output.Column("score");
        var alert = output.Column("alert");
        for (int i = SpectralResidualOptions.Defaults.WindowSize - 1; i < values.Length; i++)
        {
            Assert.True(score[i] < 1e-9, $"sample {i}: score {score[i]}");
            Assert.Equal(0, alert[i]);
        }

        Assert.True(double.IsNaN(score[SpectralResidualOptions.Defaults.WindowSize - 2]));
    }

    [Fact]
    public void A_gap_gives_NaN_there_and_no_trace_once_it_left_the_window()
    {
        // Given: a noisy sine, and the same series with 10 samples missing from sample 400
        double[] clean = SrSignals.Plus(SrSignals.Sine(1000, 120, 5), SrSignals.Noise(1000, 3, 0.3));
        double[] gappy = SrSignals.WithGap(clean, 400, 10);
        int window = SpectralResidualOptions.Defaults.WindowSize;
        var detector = new SpectralResidualDetector();

        // When
        var cleanOutput = detector.Run(new Series(SrSignals.Start, TimeSpan.FromMinutes(1), clean), cancellationToken: TestContext.Current.CancellationToken);
        var gappyOutput = detector.Run(new Series(SrSignals.Start, TimeSpan.FromMinutes(1), gappy), cancellationToken: TestContext.Current.CancellationToken);

        // Then: NaN at the gap, finite beside it, identical before it and once the window has passed it
        var a = cleanOutput.Column("score");
        var b = gappyOutput.Column("score");
        for (int i = 0; i < clean.Length; i++)
        {
            if (i >= 400 && i < 410)
            {
                Assert.True(double.IsNaN(b[i]), $"sample {i} in the gap scored {b[i]}");
            }
            else if (i < 400 || i >= 410 + window - 1)
            {
                Assert.Equal(a[i], b[i]);
            }
            else
            {
                Assert.True(double.IsFinite(b[i]), $"sample {i} just after the gap scored {b[i]}");
            }
        }
    }

    private static void AssertClose(double[] expected, ReadOnlySpan<double> actual, string name)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            bool close = expected[i].Equals(actual[i])
                || Math.Abs(expected[i] - actual[i]) <= ReferenceTolerance * Math.Max(1, Math.Abs(expected[i]));
            Assert.True(close, $"{name} at sample {i}: {actual[i]}, reference {expected[i]}");
        }
    }
}
