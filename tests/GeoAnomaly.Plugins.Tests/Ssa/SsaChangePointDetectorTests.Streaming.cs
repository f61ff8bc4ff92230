using GeoAnomaly.Plugins.Ssa;
using GeoAnomaly.Plugins.Tests.Support.Ssa;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Ssa;

public sealed partial class SsaChangePointDetectorTests
{
    /// <summary>A level shift, a bridged 8-sample gap and a 30-sample gap (restart), starting half a minute past the hour so
    /// the re-fit schedule's phase comes from a start that is not a whole number of steps.</summary>
    private static Series ResumeSeries()
    {
        double[] values = SsaSeries.LevelShift(SsaSeries.Quiet(6000, seed: 11), onset: 3000, size: 8);
        Array.Fill(values, double.NaN, 1500, 3);
        Array.Fill(values, double.NaN, 4200, 8);
        Array.Fill(values, double.NaN, 5000, 30);
        return SsaSeries.ToSeries(values, SsaSeries.Start.AddSeconds(30));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1503)]
    [InlineData(2950)]
    [InlineData(3004)]
    [InlineData(4208)]
    [InlineData(4399)]
    [InlineData(5600)]
    public void A_state_started_WarmUp_samples_early_agrees_with_the_whole_history(int resumeAt)
    {
        // Given
        var series = ResumeSeries();
        var detector = new SsaChangePointDetector();
        var batch = detector.Run(series, cancellationToken: TestContext.Current.CancellationToken);
        var state = detector.Start(new SsaChangePointOptions(), ComponentStart.ForTesting());

        // When: a fresh state fed from resumeAt - WarmUp in odd chunks
        var resumed = state.RunBatch(series.Slice(resumeAt - state.WarmUp, series.Count), chunkSize: 13, cancellationToken: TestContext.Current.CancellationToken);

        // Then: every output equal from resumeAt on, within 1e-9 relative (the conformance suite's tolerance)
        int offset = resumeAt - state.WarmUp;
        for (int k = 0; k < batch.Names.Count; k++)
        {
            for (int i = resumeAt; i < series.Count; i++)
            {
                double e = batch.Column(k)[i];
                double a = resumed.Column(k)[i - offset];
                Assert.True(e.Equals(a) || Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Abs(e)), $"{batch.Names[k]} at {i}: resumed {a}, whole history {e}");
            }
        }
    }

    [Fact]
    public void A_state_started_only_a_training_window_early_does_not_agree_so_the_warm_up_is_needed()
    {
        // Given
        var series = ResumeSeries();
        var detector = new SsaChangePointDetector();
        var batch = detector.Run(series, cancellationToken: TestContext.Current.CancellationToken);
        int resumeAt = 2950;
        int early = new SsaChangePointOptions().TrainingWindowSize + new SsaChangePointOptions().ChangeHistoryLength;

        // When
        var resumed = detector.Run(series.Slice(resumeAt - early, series.Count), cancellationToken: TestContext.Current.CancellationToken);

        // Then: its first model is fitted off the re-fit schedule, so raw scores differ somewhere after resumeAt
        double[] raw = batch.Column("rawScore").ToArray();
        double[] rawResumed = resumed.Column("rawScore").ToArray();
        bool differs = Enumerable.Range(resumeAt, 50).Any(i => Math.Abs(raw[i] - rawResumed[i - resumeAt + early]) > 1e-6);
        Assert.True(differs, "a state started a training window early matched the whole history");
    }

    [Fact]
    public void Missing_samples_give_NaN_short_gaps_are_bridged_and_long_gaps_restart_the_detector()
    {
        // Given
        var series = ResumeSeries();
        var options = new SsaChangePointOptions();

        // When
        var output = new SsaChangePointDetector().Run(series, options, cancellationToken: TestContext.Current.CancellationToken);

        // Then: NaN in every output at the missing samples
        foreach (int gap in new[] { 1500, 1502, 4200, 4207, 5000, 5029 })
        {
            Assert.All(Enumerable.Range(0, output.Names.Count), k => Assert.True(double.IsNaN(output.Column(k)[gap]), $"{output.Names[k]} at {gap}"));
        }

        // the 3- and 8-sample gaps (at most maxGapFill) are bridged: scores resume on the next sample
        Assert.True(double.IsFinite(output.Primary[1503]));
        Assert.True(double.IsFinite(output.Primary[4208]));

        // the 30-sample gap restarts it: no score for a training window after it, then scores again
        int restart = 5030;
        Assert.All(Enumerable.Range(restart, options.TrainingWindowSize), i => Assert.True(double.IsNaN(output.Primary[i]), $"score at {i}"));
        Assert.True(double.IsFinite(output.Primary[restart + options.TrainingWindowSize]));
    }

    [Fact]
    public void A_constant_series_scores_finite_quiet_values_without_alerts()
    {
        // Given
        var series = SsaSeries.ToSeries(Enumerable.Repeat(12.5, 3000).ToArray());

        // When
        var output = new SsaChangePointDetector().Run(series, cancellationToken: TestContext.Current.CancellationToken);

        // Then: forecasts equal the constant, p-values are about 0.5 (zero spread takes the 1e-6 bandwidth floor)
        for (int i = 100; i < series.Count; i++)
        {
            Assert.Equal(12.5, output.Column("expected")[i], 1e-9);
            Assert.Equal(0.5, output.Column("pValue")[i], 1e-6);
            Assert.Equal(0, output.Column("alert")[i]);
            Assert.True(double.IsFinite(output.Primary[i]));
        }
    }
}
