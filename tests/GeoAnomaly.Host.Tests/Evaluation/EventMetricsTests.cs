using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation;

public sealed class EventMetricsTests
{
    [Fact]
    public void A_detection_at_the_window_start_is_a_true_positive_with_no_delay()
    {
        // Given: one window at minutes 100..110, one detection at minute 100
        var series = Scored.Series(1000, [Scored.Window(100, 110)], [Scored.Detection(100)]);

        // When
        var m = EventMetrics.Compute(Scored.Detector, [series], TimeSpan.Zero);

        // Then
        Assert.Equal((1, 1, 1, 1, 0), (m.Windows, m.Found, m.Detections, m.TrueDetections, m.FalseAlarms));
        Assert.Equal((1.0, 1.0, 1.0), (m.Precision, m.Recall, m.F1));
        Assert.Equal((0.0, 0.0), (m.MedianDelayMinutes, m.P90DelayMinutes));
    }

    [Fact]
    public void Delays_run_from_the_window_start_to_its_first_detection_with_median_and_interpolated_90th_percentile()
    {
        // Given: three windows found 30, 60 and 0 minutes after they open (the window at 500 also gets a later detection)
        var series = Scored.Series(1000,
            [Scored.Window(100, 200), Scored.Window(500, 600), Scored.Window(800, 900)],
            [Scored.Detection(130), Scored.Detection(560), Scored.Detection(590), Scored.Detection(800)]);

        // When
        var m = EventMetrics.Compute(Scored.Detector, [series], TimeSpan.Zero);

        // Then: sorted delays 0, 30, 60; median 30; 90th percentile at rank 0.9 * 2 = 1.8: 30 + 0.8 * (60 - 30) = 54
        Assert.Equal(30, m.MedianDelayMinutes, 9);
        Assert.Equal(54, m.P90DelayMinutes, 9);
        Assert.Equal(1, m.Recall);
        Assert.Equal(1, m.Precision);
    }

    [Fact]
    public void A_detection_within_the_tolerance_before_a_window_finds_it_on_time()
    {
        // Given: the detection comes 10 minutes before the window opens; the tolerance is 30 minutes
        var series = Scored.Series(1000, [Scored.Window(100, 110)], [Scored.Detection(90)]);

        // When
        var m = EventMetrics.Compute(Scored.Detector, [series], TimeSpan.FromMinutes(30));

        // Then
        Assert.Equal((1, 1), (m.Found, m.TrueDetections));
        Assert.Equal(0, m.MedianDelayMinutes);
    }

    [Fact]
    public void Detections_outside_every_window_are_false_alarms_per_screened_channel_month()
    {
        // Given: two series of exactly one channel-month each (30.4375 days of minutes); STA has a window found once
        // and two detections outside it; STB has no window and one detection
        const int Month = 43830;
        EventMetricsSeries[] series =
        [
            Scored.Series(Month, [Scored.Window(100, 110)], [Scored.Detection(105), Scored.Detection(5000), Scored.Detection(9000)]),
            Scored.Series(Month, [], [Scored.Detection(7000, station: "STB")], station: "STB"),
        ];

        // When
        var m = EventMetrics.Compute(Scored.Detector, series, TimeSpan.Zero);

        // Then: precision 1/4, recall 1, F1 = 2 * 0.25 / 1.25 = 0.4; 3 false alarms over 2 channel-months
        Assert.Equal(2, m.ChannelMonths, 9);
        Assert.Equal(3, m.FalseAlarms);
        Assert.Equal(1.5, m.FalseAlarmsPerChannelMonth, 9);
        Assert.Equal(0.25, m.Precision, 9);
        Assert.Equal(0.4, m.F1, 9);
    }

    [Fact]
    public void No_detections_have_no_precision_zero_recall_and_zero_F1()
    {
        // Given
        var series = Scored.Series(1000, [Scored.Window(100, 110)], []);

        // When
        var m = EventMetrics.Compute(Scored.Detector, [series], TimeSpan.Zero);

        // Then
        Assert.True(double.IsNaN(m.Precision));
        Assert.Equal(0, m.Recall);
        Assert.Equal(0, m.F1);
        Assert.True(double.IsNaN(m.MedianDelayMinutes) && double.IsNaN(m.P90DelayMinutes));
        Assert.Equal(0, m.FalseAlarmsPerChannelMonth);
        Assert.Equal((0L, 0L, 10L), (m.Points.TruePositives, m.Points.FalsePositives, m.Points.FalseNegatives));
        Assert.Equal(0, m.PointAdjustedF1);
    }

    [Fact]
    public void A_detection_covering_every_point_finds_the_window_and_flags_every_point()
    {
        // Given: 100 points, window on points 10..19, one event over the whole series
        var series = Scored.Series(100, [Scored.Window(10, 20)], [Scored.Detection(0, 100)]);

        // When
        var m = EventMetrics.Compute(Scored.Detector, [series], TimeSpan.Zero);

        // Then: one event, one window: perfect at event level; point-wise precision 10/100, recall 1, and nothing to adjust
        Assert.Equal((1.0, 1.0), (m.Precision, m.Recall));
        Assert.Equal((10L, 90L, 0L), (m.Points.TruePositives, m.Points.FalsePositives, m.Points.FalseNegatives));
        Assert.Equal(2 * 0.1 / 1.1, m.PointF1, 12);
        Assert.Equal(m.PointF1, m.PointAdjustedF1);
    }

    [Fact]
    public void Detected_points_given_explicitly_replace_the_points_events_cover()
    {
        // Given: the event is one point, but every point is flagged (as NAB rows over the threshold)
        var series = Scored.Series(100, [Scored.Window(10, 20)], [Scored.Detection(10)]) with { DetectedPoints = Enumerable.Repeat(true, 100).ToArray() };

        // When
        var m = EventMetrics.Compute(Scored.Detector, [series], TimeSpan.Zero);

        // Then
        Assert.Equal((10L, 90L, 0L), (m.Points.TruePositives, m.Points.FalsePositives, m.Points.FalseNegatives));
    }

    [Fact]
    public void Point_adjust_counts_a_caught_segment_whole_while_plain_point_F1_counts_flagged_points_only()
    {
        // Given: segments at points 1..4 (flagged at 3) and 7..8 (missed); a false flag at 6
        bool[] labelled = [false, true, true, true, true, false, false, true, true, false];
        bool[] detected = [false, false, false, true, false, false, true, false, false, false];

        // When
        var (plain, adjusted) = EventMetrics.PointAdjust(labelled, detected);

        // Then: plain TP 1, FP 1, FN 5: P 1/2, R 1/6, F1 1/4; adjusted TP 4, FP 1, FN 2: P 4/5, R 2/3, F1 8/11
        Assert.Equal((1L, 1L, 5L), (plain.TruePositives, plain.FalsePositives, plain.FalseNegatives));
        Assert.Equal(0.25, plain.F1, 12);
        Assert.Equal((4L, 1L, 2L), (adjusted.TruePositives, adjusted.FalsePositives, adjusted.FalseNegatives));
        Assert.Equal(8.0 / 11, adjusted.F1, 12);
    }

    [Fact]
    public void Point_adjust_with_a_delay_limit_ignores_a_segment_flagged_too_late()
    {
        // Given: the first segment starts at point 1 and is flagged 2 points in; the limit is 1 point
        bool[] labelled = [false, true, true, true, true, false];
        bool[] detected = [false, false, false, true, false, false];

        // When
        var (plain, adjusted) = EventMetrics.PointAdjust(labelled, detected, delayPoints: 1);

        // Then
        Assert.Equal(plain, adjusted);
    }

    [Fact]
    public void Percentile_interpolates_between_order_statistics()
    {
        // Given: 1..5
        double[] sorted = [1, 2, 3, 4, 5];

        // When / Then: rank p * (n - 1)
        Assert.Equal(3, EventMetrics.Percentile(sorted, 0.5));
        Assert.Equal(4.6, EventMetrics.Percentile(sorted, 0.9), 12);
        Assert.Equal(5, EventMetrics.Percentile(sorted, 1));
    }
}
