using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Pipeline;

public sealed class EventExtractorTests
{
    private const double N = double.NaN;

    [Fact]
    public void A_single_run_gives_one_event_from_its_first_sample_to_one_step_after_its_last_with_the_peak_score()
    {
        // Given
        var scores = Some.SeriesOf(0, 1, 4, 7, 5, 1, 0);

        // When
        var events = Extract(scores, new EventExtractorOptions { Threshold = 3, MergeGap = 0 });

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
        var events = Extract(Some.SeriesOf(0, 3, 0), new EventExtractorOptions { Threshold = 3 });

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
        var events = Extract(scores, new EventExtractorOptions { Threshold = 3, MergeGap = mergeGap });

        // Then
        Assert.Equal(expectedEvents, events.Count);
        Assert.Equal(scores.TimeAt(1), events[0].Start);
        Assert.Equal(scores.TimeAt(6), events[^1].End);
    }

    [Fact]
    public void Merged_events_take_the_peak_over_all_merged_runs()
    {
        // When
        var events = Extract(Some.SeriesOf(5, 0, 9, 0, 6), new EventExtractorOptions { Threshold = 3, MergeGap = 2 });

        // Then
        Assert.Equal(9, Assert.Single(events).RawScore);
    }

    [Fact]
    public void NaN_is_never_anomalous_and_splits_a_run_unless_merging_bridges_it()
    {
        // Given
        var scores = Some.SeriesOf(5, N, 5);

        // When
        var apart = Extract(scores, new EventExtractorOptions { Threshold = 3, MergeGap = 0 });
        var bridged = Extract(scores, new EventExtractorOptions { Threshold = 3, MergeGap = 2 });
        var allMissing = Extract(Some.SeriesOf(N, N, N), new EventExtractorOptions { Threshold = 3 });

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
        var events = Extract(scores, new EventExtractorOptions { Threshold = 3, MergeGap = 2, MinDuration = 3 });

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
        var events = Extract(scores, new EventExtractorOptions { Threshold = 3 });

        // Then
        Assert.Equal(scores.End, Assert.Single(events).End);
    }

    [Fact]
    public void An_empty_series_has_no_events()
    {
        // When
        var events = Extract(Some.SeriesOf(), new EventExtractorOptions());

        // Then
        Assert.Empty(events);
    }

    [Fact]
    public void Invalid_options_are_rejected_naming_each_option()
    {
        // Given
        var options = new EventExtractorOptions { Threshold = double.NaN, MergeGap = -1, MinDuration = 0 };

        // When
        var error = Assert.Throws<ArgumentException>(() => Extract(Some.SeriesOf(1), options));

        // Then
        Assert.Contains("threshold:", error.Message, StringComparison.Ordinal);
        Assert.Contains("mergeGap:", error.Message, StringComparison.Ordinal);
        Assert.Contains("minDuration:", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<AnomalyEvent> Extract(Series scores, EventExtractorOptions options) =>
        EventExtractor.Extract(Some.Channel("STA"), "det", scores, options);
}
