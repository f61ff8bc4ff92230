using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Pipeline;

public sealed class EventFormerTests
{
    private const double N = double.NaN;

    [Fact]
    public void A_single_run_gives_one_event_from_its_first_sample_to_one_step_after_its_last_with_the_peak_score()
    {
        // Given
        var scores = Some.SeriesOf(0, 1, 4, 7, 5, 1, 0);

        // When
        var events = Extract(scores, new EventFormerOptions { Threshold = 3, MergeGap = SampleSpan.OfSamples(0) });

        // Then
        var e = Assert.Single(events);
        Assert.Equal(scores.TimeAt(2), e.Start);
        Assert.Equal(scores.TimeAt(5), e.End);
        Assert.Equal(7, e.RawScore);
        Assert.Equal(AnomalyKind.Other, e.Kind);
        Assert.Equal("det", e.Detector);
        Assert.Equal(Some.Channel("STA"), e.Channel);
    }

    [Fact]
    public void A_score_equal_to_the_threshold_is_anomalous()
    {
        // When
        var events = Extract(Some.SeriesOf(0, 3, 0), new EventFormerOptions { Threshold = 3 });

        // Then
        Assert.Equal(TimeSpan.FromMinutes(1), Assert.Single(events).Duration);
    }

    [Theory]
    [InlineData(3, 1)] // gap of 2 samples < 3: merged
    [InlineData(2, 2)] // gap of 2 samples is not < 2: apart
    [InlineData(0, 2)] // merging off
    public void Runs_separated_by_fewer_than_mergeGap_samples_become_one_event(int mergeGap, int expectedEvents)
    {
        // Given: runs at samples 1..2 and 5, two samples between them
        var scores = Some.SeriesOf(0, 5, 6, 0, 0, 9, 0);

        // When
        var events = Extract(scores, new EventFormerOptions { Threshold = 3, MergeGap = SampleSpan.OfSamples(mergeGap) });

        // Then
        Assert.Equal(expectedEvents, events.Count);
        Assert.Equal(scores.TimeAt(1), events[0].Start);
        Assert.Equal(scores.TimeAt(6), events[^1].End);
    }

    [Fact]
    public void Merged_events_take_the_peak_over_all_merged_runs()
    {
        // When
        var events = Extract(Some.SeriesOf(5, 0, 9, 0, 6), new EventFormerOptions { Threshold = 3, MergeGap = SampleSpan.OfSamples(2) });

        // Then
        Assert.Equal(9, Assert.Single(events).RawScore);
    }

    [Fact]
    public void NaN_is_never_anomalous_and_splits_a_run_unless_merging_bridges_it()
    {
        // Given
        var scores = Some.SeriesOf(5, N, 5);

        // When
        var apart = Extract(scores, new EventFormerOptions { Threshold = 3, MergeGap = SampleSpan.OfSamples(0) });
        var bridged = Extract(scores, new EventFormerOptions { Threshold = 3, MergeGap = SampleSpan.OfSamples(2) });
        var allMissing = Extract(Some.SeriesOf(N, N, N), new EventFormerOptions { Threshold = 3 });

        // Then
        Assert.Equal(2, apart.Count);
        Assert.Equal(TimeSpan.FromMinutes(3), Assert.Single(bridged).Duration);
        Assert.Empty(allMissing);
    }

    [Fact]
    public void Events_shorter_than_minDuration_are_dropped_after_merging()
    {
        // Given: a lone spike at 0, and two one-sample runs at 4 and 6 that merge into a 3-sample event
        var scores = Some.SeriesOf(9, 0, 0, 0, 5, 0, 5, 0, 0, 0);

        // When
        var events = Extract(scores, new EventFormerOptions { Threshold = 3, MergeGap = SampleSpan.OfSamples(2), MinDuration = SampleSpan.OfSamples(3) });

        // Then
        var e = Assert.Single(events);
        Assert.Equal(scores.TimeAt(4), e.Start);
        Assert.Equal(scores.TimeAt(7), e.End);
    }

    [Fact]
    public void An_event_running_to_the_end_of_the_series_ends_one_step_after_the_last_sample()
    {
        // Given
        var scores = Some.SeriesOf(0, 0, 4, 4);

        // When
        var events = Extract(scores, new EventFormerOptions { Threshold = 3 });

        // Then
        Assert.Equal(scores.End, Assert.Single(events).End);
    }

    [Fact]
    public void An_empty_series_has_no_events()
    {
        // When
        var events = Extract(Some.SeriesOf(), new EventFormerOptions());

        // Then
        Assert.Empty(events);
    }

    [Fact]
    public void Invalid_options_are_rejected_naming_each_option()
    {
        // Given
        var options = new EventFormerOptions { Threshold = double.NaN, MergeGap = SampleSpan.OfSamples(-1), MinDuration = SampleSpan.OfSamples(0) };

        // When
        var error = Assert.Throws<ArgumentException>(() => Extract(Some.SeriesOf(1), options));

        // Then
        Assert.Contains("threshold:", error.Message, StringComparison.Ordinal);
        Assert.Contains("mergeGap:", error.Message, StringComparison.Ordinal);
        Assert.Contains("minDuration:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_gap_and_minimum_duration_may_be_durations_turned_into_whole_samples()
    {
        // Given: runs at 1..2 and 5 (gap of 2 minutes), and a lone sample at 9
        var scores = Some.SeriesOf(0, 5, 6, 0, 0, 9, 0, 0, 0, 7);
        var options = new EventFormerOptions { Threshold = 3, MergeGap = SampleSpan.OfTime(TimeSpan.FromSeconds(150)), MinDuration = SampleSpan.OfTime(TimeSpan.FromSeconds(61)) };

        // When: 150 s merges gaps shorter than 3 samples; 61 s needs 2 samples
        var events = Extract(scores, options);

        // Then
        var e = Assert.Single(events);
        Assert.Equal((scores.TimeAt(1), scores.TimeAt(6)), (e.Start, e.End));
    }

    [Fact]
    public void An_event_carries_the_peak_calibrated_score_the_peak_raw_score_and_the_peak_time()
    {
        // Given
        var calibrated = Some.SeriesOf(0.1, 0.9991, 0.99995, 0.9993, 0.2);
        var raw = Some.SeriesOf(1, 4.1, 6.5, 4.4, 1.5);

        // When
        var e = Assert.Single(EventFormer.Form(Some.Channel("STA"), "det", calibrated, raw, null, new EventFormerOptions(), 0));

        // Then
        Assert.Equal(0.99995, e.Score);
        Assert.Equal(6.5, e.RawScore);
        Assert.Equal("2024-03-01T00:02:00Z", e.Details["peak_time"]);
        Assert.Equal(AnomalyKind.Other, e.Kind);
    }

    [Theory]
    [InlineData("spike", AnomalyKind.Spike)]
    [InlineData("level-shift", AnomalyKind.LevelShift)]
    [InlineData("variance-change", AnomalyKind.VarianceChange)]
    public void The_kind_is_classified_from_the_channel_values_around_the_event(string shape, AnomalyKind expected)
    {
        // Given: the channel's values, and scores that flag samples 500..509
        var values = shape switch
        {
            "spike" => Shapes.Spike(1000, 500, height: 9, seed: 7, width: 10),
            "level-shift" => Shapes.LevelShift(1000, 500, shift: 6, seed: 7),
            _ => Shapes.VarianceChange(1000, 500, factor: 5, seed: 7),
        };
        double[] scores = new double[1000];
        scores.AsSpan(500, 10).Fill(0.9999);

        // When
        var e = Assert.Single(EventFormer.Form(Some.Channel("STA"), "det", Shapes.Of(scores), null, values, new EventFormerOptions(), 0));

        // Then
        Assert.Equal(expected, e.Kind);
        Assert.Contains("sigma", e.Details.Keys);
    }

    [Fact]
    public void Kind_classification_can_be_turned_off()
    {
        // Given
        var values = Shapes.LevelShift(1000, 500, shift: 6, seed: 8);
        double[] scores = new double[1000];
        scores[500] = 1;

        // When
        var e = Assert.Single(EventFormer.Form(Some.Channel("STA"), "det", Shapes.Of(scores), null, values, new EventFormerOptions { ClassifyKinds = false }, 0));

        // Then
        Assert.Equal(AnomalyKind.Other, e.Kind);
        Assert.DoesNotContain("sigma", e.Details.Keys);
    }

    [Fact]
    public void Values_on_another_grid_are_rejected()
    {
        // When
        var error = Assert.Throws<ArgumentException>(() =>
            EventFormer.Form(Some.Channel("STA"), "det", Some.SeriesOf(1, 1), null, Some.SeriesOf(1, 2, 3), new EventFormerOptions(), 0));

        // Then
        Assert.Equal("values", error.ParamName);
    }

    [Theory]
    [InlineData(3, 10, 3)] // a 3-sample gap guards the next 3 samples
    [InlineData(8, 5, 5)] // an 8-sample gap guards the warm-up's 5
    public void After_a_gap_the_next_min_gap_and_warm_up_samples_cannot_form_events(int gap, int warmUp, int guarded)
    {
        // Given: values with a gap at 10..10+gap-1, and every sample after the gap above the threshold
        double[] values = Enumerable.Range(0, 40).Select(i => Math.Sin(i)).ToArray();
        values.AsSpan(10, gap).Fill(N);
        double[] scores = new double[40];
        scores.AsSpan(10 + gap).Fill(0.99999);

        // When
        var e = Assert.Single(EventFormer.Form(Some.Channel("STA"), "det", Shapes.Of(scores), null, Shapes.Of(values), new EventFormerOptions { ClassifyKinds = false }, warmUp));

        // Then: the event starts after the guard; without the guard it starts right after the gap
        Assert.Equal(Shapes.Of(scores).TimeAt(10 + gap + guarded), e.Start);
        var unguarded = Assert.Single(EventFormer.Form(Some.Channel("STA"), "det", Shapes.Of(scores), null, Shapes.Of(values), new EventFormerOptions { ClassifyKinds = false, GuardGaps = false }, warmUp));
        Assert.Equal(Shapes.Of(scores).TimeAt(10 + gap), unguarded.Start);
    }

    [Fact]
    public void Missing_values_at_the_start_are_the_warm_ups_business_and_guard_nothing()
    {
        // Given
        double[] values = [N, N, 1, 2, 3, 4];
        double[] scores = [N, N, 1, 1, 0, 0];

        // When
        var e = Assert.Single(EventFormer.Form(Some.Channel("STA"), "det", Shapes.Of(scores), null, Shapes.Of(values), new EventFormerOptions { Threshold = 0.5, ClassifyKinds = false }, 4));

        // Then
        Assert.Equal(Shapes.Of(scores).TimeAt(2), e.Start);
    }

    [Fact]
    public void Without_channel_values_gaps_are_read_from_missing_scores()
    {
        // Given: scores missing at 2..3, anomalous from 4 on
        var scores = Some.SeriesOf(0, 0, N, N, 1, 1, 1, 1);

        // When
        var e = Assert.Single(EventFormer.Form(Some.Channel("STA"), "det", scores, null, null, new EventFormerOptions { Threshold = 0.5 }, 10));

        // Then: the two samples after the 2-sample gap are guarded
        Assert.Equal(scores.TimeAt(6), e.Start);
    }

    private static IReadOnlyList<AnomalyEvent> Extract(Series scores, EventFormerOptions options) =>
        EventFormer.Form(Some.Channel("STA"), "det", scores, options);
}
