using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Evaluation;

public sealed class PrecisionAtRecallTests
{
    [Fact]
    public void Events_are_taken_from_the_highest_score_down_until_the_recall_is_reached()
    {
        // Given: two spike labels; events by score: 0.99 true (spike 1), 0.98 false, 0.97 true (spike 2), 0.96 false
        AnomalyLabel[] labels = [Label(100, AnomalyKind.Spike), Label(500, AnomalyKind.Spike), Label(900, AnomalyKind.LevelShift)];
        AnomalyEvent[] events = [Event(100, 0.99), Event(2000, 0.98), Event(500, 0.97), Event(3000, 0.96)];

        // When
        var curve = PrecisionAtRecall.Curve(events, labels, AnomalyKind.Spike, TimeSpan.Zero);

        // Then
        Assert.Equal([0.5, 0.5, 1, 1], curve.Select(p => p.Recall));
        Assert.Equal([1, 0.5, 2.0 / 3, 0.5], curve.Select(p => p.Precision));
        Assert.Equal(1, PrecisionAtRecall.At(events, labels, AnomalyKind.Spike, 0.5, TimeSpan.Zero));
        Assert.Equal(2.0 / 3, PrecisionAtRecall.At(events, labels, AnomalyKind.Spike, 1, TimeSpan.Zero));
        Assert.True(double.IsNaN(PrecisionAtRecall.At(events, labels, AnomalyKind.LevelShift, 0.5, TimeSpan.Zero)));
    }

    [Fact]
    public void Events_with_equal_scores_enter_together()
    {
        // Given
        AnomalyLabel[] labels = [Label(100, AnomalyKind.Spike)];
        AnomalyEvent[] events = [Event(2000, 0.9), Event(100, 0.9)];

        // When
        var point = Assert.Single(PrecisionAtRecall.Curve(events, labels, null, TimeSpan.Zero));

        // Then
        Assert.Equal((1, 0.5, 2), (point.Recall, point.Precision, point.Events));
    }

    [Fact]
    public void The_mean_reads_the_curve_at_each_recall_and_counts_an_unreached_recall_as_zero()
    {
        // Given: as above, all three labels counted: recall 1/3 at precision 1, 2/3 at 2/3; the level shift is never found
        AnomalyLabel[] labels = [Label(100, AnomalyKind.Spike), Label(500, AnomalyKind.Spike), Label(900, AnomalyKind.LevelShift)];
        AnomalyEvent[] events = [Event(100, 0.99), Event(2000, 0.98), Event(500, 0.97), Event(3000, 0.96)];

        // When
        double mean = PrecisionAtRecall.Mean(events, labels, [0.3, 0.6, 0.9], TimeSpan.Zero);

        // Then
        Assert.Equal((1 + (2.0 / 3) + 0) / 3, mean, 12);
        Assert.Throws<ArgumentException>(() => PrecisionAtRecall.Mean(events, labels, [], TimeSpan.Zero));
    }

    private static AnomalyLabel Label(int minute, AnomalyKind kind) =>
        new(Some.Channel("STA"), Some.Start.AddMinutes(minute), Some.Start.AddMinutes(minute + 2), kind);

    private static AnomalyEvent Event(int minute, double score) =>
        new(Some.Channel("STA"), "det", Some.Start.AddMinutes(minute), Some.Start.AddMinutes(minute + 1), score, score, AnomalyKind.Other);
}
