using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Catalogs.Cells;

namespace GeoAnomaly.Host.Tests.Catalogs.Cells;

public sealed class TargetLabelTests
{
    private static readonly DateTimeOffset s_t = new(2020, 1, 10, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_label_looks_at_events_after_the_issue_time_up_to_and_including_the_horizon()
    {
        // Given: M6.5 exactly at t (past), M4 a day later, M6.1 on day 7 (the horizon's end), M7 on day 8
        Earthquake[] events = [Quake(0, 6.5), Quake(1, 4), Quake(7, 6.1), Quake(8, 7)];

        // When
        var week = TargetLabel.Of(events, s_t, TimeSpan.FromDays(7), 6);
        var day = TargetLabel.Of(events, s_t, TimeSpan.FromDays(1), 6);

        // Then
        Assert.Equal(new TargetLabel(true, s_t.AddDays(7), 6.1), week);
        Assert.Equal(new TargetLabel(false, null, 4), day);
        Assert.True(double.IsNaN(TargetLabel.Of([], s_t, TimeSpan.FromDays(7), 6).Magnitude));
    }

    [Fact]
    public void Issue_times_run_every_step_before_the_end()
    {
        // When
        var times = new IssueSchedule(s_t, s_t.AddDays(21), TimeSpan.FromDays(7)).Times().ToList();

        // Then
        Assert.Equal([s_t, s_t.AddDays(7), s_t.AddDays(14)], times);
        Assert.Throws<ArgumentException>(() => new IssueSchedule(s_t, s_t.AddDays(1), TimeSpan.Zero).Times().ToList());
    }

    private static Earthquake Quake(double days, double magnitude) => new(s_t.AddDays(days), 35, 140, 10, magnitude);
}
