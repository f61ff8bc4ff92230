using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;
using MyDetector.Tests.Support;

namespace MyDetector.Tests;

public sealed class RobustZScoreDetectorTests
{
    [Fact]
    public void Passes_the_SDK_conformance_suite()
    {
        // Given: the suite's defaults, plus option sets that must be rejected by name
        var settings = new ConformanceSettings
        {
            InvalidOptions =
            [
                (new RobustZScoreOptions { WindowSize = 2, MinValid = 2 }, "windowSize"),
                (new RobustZScoreOptions { MinValid = 1 }, "minValid"),
                (new RobustZScoreOptions { WindowSize = 10, MinValid = 11 }, "minValid"),
            ],
        };

        // When
        var error = Record.Exception(() => DetectorConformance.RunAll(() => new RobustZScoreDetector(), settings));

        // Then
        Assert.Null(error);
    }

    [Fact]
    public void A_spike_in_noise_is_scored_above_five()
    {
        // Given: seeded Gaussian noise (sigma 1) with one spike of 10 sigma at sample 500
        var random = new Random(7);
        double[] values = new double[1000];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        }

        values[500] += 10;
        var series = new Series(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(1), values);

        // When
        var scores = new RobustZScoreDetector().Run(series, cancellationToken: TestContext.Current.CancellationToken).Primary;

        // Then
        Assert.True(scores[500] > 5, $"spike scored {scores[500]}");
        Assert.True(scores[499] < 5, $"the sample before the spike scored {scores[499]}");
    }

    [Theory]
    [InlineData(60, 30)]
    [InlineData(7, 3)]
    [InlineData(8, 8)]
    public void Scores_equal_a_naive_sort_every_window_reference(int windowSize, int minValid)
    {
        // Given: the SDK's seeded test signal with gaps, rounded to 0.1 so windows hold ties (MAD = 0 happens)
        var signal = TestSignals.WithGaps(3000, 11, TimeSpan.FromMinutes(1), 80);
        double[] values = signal.Values.ToArray().Select(v => Math.Round(v, 1)).ToArray();
        var series = new Series(signal.Start, signal.Step, values);
        var options = new RobustZScoreOptions { WindowSize = windowSize, MinValid = minValid };

        // When
        var scores = new RobustZScoreDetector().Run(series, options, cancellationToken: TestContext.Current.CancellationToken).Primary.ToArray();
        double[] expected = NaiveRobustZScore.Scores(values, windowSize, minValid);

        // Then: equal within rounding (the fast path averages the same two values, in the same order)
        for (int i = 0; i < values.Length; i++)
        {
            Assert.True(
                expected[i].Equals(scores[i]) || Math.Abs(expected[i] - scores[i]) <= 1e-12 * Math.Max(1, Math.Abs(expected[i])),
                $"sample {i}: {scores[i]}, reference {expected[i]}");
        }
    }
}
