using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Evaluation;

public sealed class EventMatchTests
{
    private static readonly DateTimeOffset s_t0 = Some.Start;

    [Fact]
    public void Recall_counts_labels_overlapped_within_the_tolerance_and_precision_counts_events_on_labels()
    {
        // Given: two spike labels and a level shift on STA; events hit the first spike (10 min late, inside a 30-min
        // tolerance), the level shift, and nothing (a false event); another channel's event never counts for STA
        AnomalyLabel[] labels =
        [
            Label("STA", 100, 102, AnomalyKind.Spike),
            Label("STA", 500, 502, AnomalyKind.Spike),
            Label("STA", 900, 960, AnomalyKind.LevelShift),
        ];
        AnomalyEvent[] events =
        [
            Event("STA", 112, 113, AnomalyKind.Spike),
            Event("STA", 905, 910, AnomalyKind.LevelShift),
            Event("STA", 2000, 2001, AnomalyKind.Spike),
            Event("STB", 500, 501, AnomalyKind.Spike),
        ];

        // When
        var rows = EventMatch.Score(events, labels, TimeSpan.FromMinutes(30));

        // Then
        var all = Assert.Single(rows, r => r.Kind is null);
        Assert.Equal((3, 2, 4, 2), (all.Labels, all.Found, all.Events, all.TrueEvents));
        var spikes = Assert.Single(rows, r => r.Kind == AnomalyKind.Spike);
        Assert.Equal((2, 1), (spikes.Labels, spikes.Found));
        Assert.Equal(0.5, spikes.Recall);
        Assert.Equal((3, 1), (spikes.Events, spikes.TrueEvents)); // three events classified as spikes, one on a label
        var shifts = Assert.Single(rows, r => r.Kind == AnomalyKind.LevelShift);
        Assert.Equal((1, 1, 1, 1), (shifts.Labels, shifts.Found, shifts.Events, shifts.TrueEvents));
    }

    [Fact]
    public void An_event_just_outside_the_tolerance_does_not_match()
    {
        // Given: the label ends at minute 102; the event starts 31 minutes later
        AnomalyLabel[] labels = [Label("STA", 100, 102, AnomalyKind.Spike)];
        AnomalyEvent[] events = [Event("STA", 133, 134, AnomalyKind.Spike)];

        // When
        var all = Assert.Single(EventMatch.Score(events, labels, TimeSpan.FromMinutes(30)), r => r.Kind is null);

        // Then
        Assert.Equal((0, 0), (all.Found, all.TrueEvents));
        Assert.Equal(0, all.Precision);
    }

    [Fact]
    public void A_kind_no_event_is_classified_as_has_no_precision()
    {
        // Given
        AnomalyLabel[] labels = [Label("STA", 100, 110, AnomalyKind.Step)];
        AnomalyEvent[] events = [Event("STA", 100, 101, AnomalyKind.LevelShift)];

        // When
        var steps = Assert.Single(EventMatch.Score(events, labels, TimeSpan.Zero), r => r.Kind == AnomalyKind.Step);

        // Then
        Assert.Equal(1, steps.Recall);
        Assert.True(double.IsNaN(steps.Precision));
    }

    private static AnomalyLabel Label(string station, int from, int to, AnomalyKind kind) =>
        new(Some.Channel(station), s_t0.AddMinutes(from), s_t0.AddMinutes(to), kind);

    private static AnomalyEvent Event(string station, int from, int to, AnomalyKind kind) =>
        new(Some.Channel(station), "det", s_t0.AddMinutes(from), s_t0.AddMinutes(to), 0.9999, 5, kind);
}
