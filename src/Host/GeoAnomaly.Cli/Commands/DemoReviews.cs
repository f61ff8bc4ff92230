using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic;

namespace GeoAnomaly.Cli.Commands;

/// <summary>
/// The demo's analyst: verdicts on some of the screened events, recorded through the same <see cref="ReviewRecorder"/>
/// as <c>review record</c> (to <c>ga_review</c> with <c>--influx</c>, else to <c>OUT/reviews.csv</c>).
/// </summary>
/// <remarks>
/// An event on a channel with an injected anomaly it overlaps (within the match tolerance) is a possible precursor; an
/// event on an electromagnetic channel during a synthetic magnetic storm (onset to fade) is interference, cause storm;
/// every fourth of the other events is unknown; the rest stay unreviewed, as in a real queue. Analyst <c>demo</c>; review
/// time one hour after the data end, so the same demo writes the same reviews.
/// </remarks>
internal static class DemoReviews
{
    /// <summary>The analyst name on the demo's reviews.</summary>
    public const string Analyst = "demo";

    /// <summary>The demo's verdicts on <paramref name="events"/>.</summary>
    /// <param name="events">The screened events with their channel kinds.</param>
    /// <param name="labels">The injected anomalies.</param>
    /// <param name="storms">The synthetic magnetic storms.</param>
    /// <param name="tolerance">The match tolerance.</param>
    /// <param name="reviewedAt">The review time.</param>
    public static IReadOnlyList<EventReview> Plan(IReadOnlyList<EventRow> events, IReadOnlyList<AnomalyLabel> labels, IReadOnlyList<MagneticStorm> storms, TimeSpan tolerance, DateTimeOffset reviewedAt)
    {
        var byChannel = labels.ToLookup(l => l.Channel);
        var reviews = new List<EventReview>();
        int others = 0;
        foreach (var row in events)
        {
            var e = row.Event;
            var key = EventKey.Of(e);
            var label = byChannel[e.Channel].FirstOrDefault(l => e.Start - tolerance <= l.End && l.Start <= e.End + tolerance);
            var storm = row.ChannelKind == ChannelKind.Electromagnetic ? storms.FirstOrDefault(s => e.Start <= s.Fade && s.Onset <= e.End) : null;
            if (label is not null)
            {
                string kind = label.Kind is { } k ? KindNames.Text(k) : "anomaly";
                reviews.Add(new EventReview(key, Verdict.PossiblePrecursor, null, Analyst, $"matches the injected {kind} at {CsvText.Time(label.Start)}", reviewedAt));
            }
            else if (storm is not null)
            {
                reviews.Add(new EventReview(key, Verdict.Interference, InterferenceCause.Storm, Analyst, $"magnetic storm, onset {CsvText.Time(storm.Onset)}", reviewedAt));
            }
            else if (others++ % 4 == 0)
            {
                reviews.Add(new EventReview(key, Verdict.Unknown, null, Analyst, "no injected anomaly or storm here; undecided", reviewedAt));
            }
        }

        return reviews;
    }
}
