using GeoAnomaly.Plugins.IsolationForest;
using GeoAnomaly.Plugins.Tests.Support.IsolationForest;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.IsolationForest;

public sealed partial class IsolationForestDetectorTests
{
    private static readonly DateTimeOffset s_midnight = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Passes_the_SDK_conformance_suite()
    {
        // Given: the suite's defaults, plus option sets that must be rejected by name
        var settings = new ConformanceSettings
        {
            InvalidOptions =
            [
                (new IsolationForestOptions { NEstimators = 0 }, "nEstimators"),
                (new IsolationForestOptions { MaxSamples = 1 }, "maxSamples"),
                (new IsolationForestOptions { MaxSamples = 5000 }, "maxSamples"),
                (new IsolationForestOptions { MaxFeatures = 0 }, "maxFeatures"),
                (new IsolationForestOptions { MaxFeatures = double.NaN }, "maxFeatures"),
                (new IsolationForestOptions { Contamination = "0.7" }, "contamination"),
                (new IsolationForestOptions { Contamination = "some" }, "contamination"),
                (new IsolationForestOptions { Features = "diff,slope" }, "features"),
                (new IsolationForestOptions { Features = "" }, "features"),
                (new IsolationForestOptions { FeatureWindow = 1 }, "featureWindow"),
                (new IsolationForestOptions { TrainingWindowSize = 4 }, "trainingWindowSize"),
                (new IsolationForestOptions { RefitInterval = 0 }, "refitInterval"),
            ],
        };

        // When
        var error = Record.Exception(() => DetectorConformance.RunAll(() => new IsolationForestDetector(), settings));

        // Then
        Assert.Null(error);
    }

    [Fact]
    public void Passes_the_SDK_conformance_suite_with_companions_every_feature_and_a_contamination_fraction()
    {
        // Given: two companion channels, short windows and frequent refits, so many fits and schedules are exercised
        var options = new IsolationForestOptions
        {
            Features = "value,diff,mean,std,deviation",
            FeatureWindow = 30,
            TrainingWindowSize = 500,
            RefitInterval = 240,
            Contamination = "0.02",
            MaxFeatures = 0.5,
            Seed = 3,
        };
        var settings = new ConformanceSettings { Options = options, CompanionCount = 2, HugeLength = 1_000_000 };

        // When
        var error = Record.Exception(() => DetectorConformance.RunAll(() => new IsolationForestDetector(), settings));

        // Then
        Assert.Null(error);
    }

    [Fact]
    public void Scores_are_NaN_until_the_reference_window_is_complete_and_across_each_gap()
    {
        // Given: 3 days of noise at one minute with a 30-minute gap on day 2; defaults (window 60, training 1,440);
        // the first midnight (sample 100) comes before the window is half full, the next (sample 1,540) after the first fit
        double[] values = Noise(3 * 1440, seed: 1);
        values.AsSpan(2000, 30).Fill(double.NaN);
        var series = new Series(s_midnight.AddMinutes(-100), TimeSpan.FromMinutes(1), values);

        // When
        var output = new IsolationForestDetector().Run(series, cancellationToken: TestContext.Current.CancellationToken);
        var score = output.Column("score");
        var alert = output.Column("alert");

        // Then: the first fit comes when the first 1,440 vectors (from sample 59 on) are all valid, at sample 1,498
        int firstScore = score.IndexOfAnyExcept(double.NaN);
        Assert.Equal(59 + 1440 - 1, firstScore);
        for (int i = firstScore; i < values.Length; i++)
        {
            bool inGap = i >= 2000 && i < 2000 + 30 + 59;
            Assert.True(inGap == double.IsNaN(score[i]), $"sample {i}: score {score[i]}");
            Assert.True(double.IsNaN(score[i]) ? double.IsNaN(alert[i]) : alert[i] == (score[i] > 0.5 ? 1 : 0), $"sample {i}: alert {alert[i]} for score {score[i]}");
        }
    }

    [Fact]
    public void A_spike_is_scored_far_above_the_noise_around_it()
    {
        // Given: two days of noise with a 10-sigma spike late on day 2
        double[] values = Noise(2 * 1440, seed: 2);
        values[2500] += 10;
        var series = new Series(s_midnight, TimeSpan.FromMinutes(1), values);

        // When
        var score = new IsolationForestDetector().Run(series, cancellationToken: TestContext.Current.CancellationToken).Primary;

        // Then
        double spike = score[2500];
        double typical = Median(score[2000..2400].ToArray());
        Assert.True(spike > 0.7, $"spike scored {spike}");
        Assert.True(typical < 0.5, $"median score before the spike {typical}");
    }

    [Fact]
    public void Companion_features_reveal_an_anomaly_seen_only_on_a_companion()
    {
        // Given: a quiet channel and a companion with a 12-sigma spike at sample 2,600
        double[] channel = Noise(2 * 1440, seed: 3);
        double[] companion = Noise(2 * 1440, seed: 4);
        companion[2600] += 12;
        var series = new Series(s_midnight, TimeSpan.FromMinutes(1), channel);
        var companions = new[] { new Series(s_midnight, TimeSpan.FromMinutes(1), companion) };
        var start = ComponentStart.ForTesting() with { Companions = [new ChannelInfo(new ChannelId("XX", "TEST", "BARO"), ChannelKind.Other)] };
        var detector = new IsolationForestDetector();

        // When: where the spike ranks among the 1,440 scores of day 2
        double[] withCompanion = detector.Run(series, new IsolationForestOptions(), start, companions, TestContext.Current.CancellationToken).Primary[1440..].ToArray();
        double[] without = detector.Run(series, new IsolationForestOptions { UseCompanions = false }, start, companions, TestContext.Current.CancellationToken).Primary[1440..].ToArray();
        int rankWith = withCompanion.Count(s => s >= withCompanion[2600 - 1440]);
        int rankWithout = without.Count(s => s >= without[2600 - 1440]);

        // Then: with the companion's features the spike is in the day's top 1 % (14 of 1,440), without them it is not
        Assert.True(rankWith <= 14, $"with the companion the spike ranks {rankWith} (score {withCompanion[2600 - 1440]})");
        Assert.True(withCompanion[2600 - 1440] > without[2600 - 1440] + 0.05, $"spike scored {withCompanion[2600 - 1440]} with the companion, {without[2600 - 1440]} without");
        Assert.True(rankWithout > 14, $"without the companion the spike ranks {rankWithout} (score {without[2600 - 1440]})");
    }

    [Fact]
    public void A_contamination_fraction_alerts_about_that_fraction_of_stationary_data()
    {
        // Given: four days of stationary noise; contamination 5 %, refit daily at midnight
        double[] values = Noise(4 * 1440, seed: 5);
        var series = new Series(s_midnight, TimeSpan.FromMinutes(1), values);

        // When
        var alert = new IsolationForestDetector().Run(series, new IsolationForestOptions { Contamination = "0.05" }, cancellationToken: TestContext.Current.CancellationToken).Column("alert");
        double[] scored = [.. alert.ToArray().Where(a => !double.IsNaN(a))];

        // Then: new data from the same process crosses the training quantile about as often (± 2 %)
        Assert.True(scored.Length > 2 * 1440, $"{scored.Length} samples scored");
        Assert.InRange(scored.Average(), 0.03, 0.07);
    }

    [Fact]
    public void The_forest_in_force_depends_on_the_refit_schedule_not_on_where_processing_started()
    {
        // Given: a series and the same series from sample 1,000 on; refits every 720 samples (noon and midnight)
        double[] values = Noise(5 * 1440, seed: 6);
        var options = new IsolationForestOptions { RefitInterval = 720 };
        var whole = new Series(s_midnight, TimeSpan.FromMinutes(1), values);
        var later = whole.Slice(1000, values.Length);
        var detector = new IsolationForestDetector();

        // When
        var fromStart = detector.Run(whole, options, cancellationToken: TestContext.Current.CancellationToken).Primary;
        var fromLater = detector.Run(later, options, cancellationToken: TestContext.Current.CancellationToken).Primary;

        // Then: identical once both have refitted on a window they saw whole (the noon refit at 3,600 at the latest)
        for (int i = 1000 + 1440 + 59 + 720; i < values.Length; i++)
        {
            Assert.Equal(fromStart[i], fromLater[i - 1000]);
        }

        Assert.NotEqual(fromStart[2600], fromLater[1600]);
    }

    private static double[] Noise(int length, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, length).Select(i => (3 * Math.Sin(2 * Math.PI * i / 1440)) + GaussianCloud.Normal(random))];
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values[values.Length / 2];
    }
}
