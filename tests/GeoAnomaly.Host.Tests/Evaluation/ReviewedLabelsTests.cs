using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Review;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Evaluation;

public sealed class ReviewedLabelsTests
{
    private static readonly ChannelId s_h = new("SY", "SAA", "H");
    private static readonly DateTimeOffset s_t0 = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Precursor_verdicts_are_windows_and_precision_counts_only_decided_reviews()
    {
        // Given: detector a has 4 events (precursor, interference, unknown, unreviewed); b has one event overlapping a's
        // precursor and one far away; the precursor was first reviewed as interference, then re-reviewed
        AnomalyEvent[] events = [Event("a", 0), Event("a", 10), Event("a", 20), Event("a", 30), Event("b", 0.5), Event("b", 40)];
        EventReview[] reviews =
        [
            Review(events[0], Verdict.Interference, InterferenceCause.Rain, day: 1),
            Review(events[0], Verdict.PossiblePrecursor, null, day: 2),
            Review(events[1], Verdict.Interference, InterferenceCause.Power, day: 1),
            Review(events[2], Verdict.Unknown, null, day: 1),
        ];

        // When
        var rows = ReviewedLabels.Score(events, reviews, TimeSpan.Zero, out var unmatched);

        // Then: one window; a: 3 reviewed, 1 precursor of 2 decided; b: none reviewed, finds the window by overlap
        Assert.Empty(unmatched);
        var a = rows.Single(r => r.Detector == "a");
        var b = rows.Single(r => r.Detector == "b");
        Assert.Equal((4, 3, 1, 1, 1, 1, 1), (a.Events, a.Reviewed, a.Precursors, a.Interference, a.Unknown, a.Windows, a.Found));
        Assert.Equal(0.5, a.Precision);
        Assert.Equal((2, 0, 1, 1), (b.Events, b.Reviewed, b.Windows, b.Found));
        Assert.True(double.IsNaN(b.Precision));
        Assert.Equal(1.0, b.Recall);
    }

    [Fact]
    public void A_review_of_an_event_not_given_is_reported_unmatched()
    {
        // Given
        AnomalyEvent[] events = [Event("a", 0)];
        EventReview[] reviews = [Review(Event("a", 5), Verdict.PossiblePrecursor, null, day: 1)];

        // When
        var rows = ReviewedLabels.Score(events, reviews, TimeSpan.Zero, out var unmatched);

        // Then
        Assert.Single(unmatched);
        Assert.Equal(0, rows.Single().Windows);
    }

    private static AnomalyEvent Event(string detector, double hours) =>
        new(s_h, detector, s_t0.AddHours(hours), s_t0.AddHours(hours + 1), 0.9999, 3, AnomalyKind.Spike);

    private static EventReview Review(AnomalyEvent e, Verdict verdict, InterferenceCause? cause, int day) =>
        new(EventKey.Of(e), verdict, cause, "akiko", "", s_t0.AddDays(day));
}
