using GeoAnomaly.Host.Review;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Evaluation;

/// <summary>One detector's events scored against analysts' verdicts.</summary>
/// <param name="Detector">The detector.</param>
/// <param name="Events">Its events.</param>
/// <param name="Reviewed">Of those, the reviewed ones (latest review per event).</param>
/// <param name="Precursors">Reviewed as possible-precursor.</param>
/// <param name="Interference">Reviewed as interference.</param>
/// <param name="Unknown">Reviewed as unknown.</param>
/// <param name="Windows">Label windows: every event (of any detector) reviewed as possible-precursor, overlapping ones on a channel merged.</param>
/// <param name="Found">Windows this detector has an event in (within the tolerance).</param>
internal sealed record ReviewedLabelRow(string Detector, int Events, int Reviewed, int Precursors, int Interference, int Unknown, int Windows, int Found)
{
    /// <summary>Possible precursors among the decided reviews: precursors / (precursors + interference); NaN when none is decided.
    /// Unknown verdicts count for neither side.</summary>
    public double Precision => Precursors + Interference == 0 ? double.NaN : (double)Precursors / (Precursors + Interference);

    /// <summary>Label windows found / windows; NaN when there are none.</summary>
    public double Recall => Windows == 0 ? double.NaN : (double)Found / Windows;
}

/// <summary>Detector events scored against reviewed verdicts: the events reviewed as possible precursors are the labels.</summary>
/// <remarks>
/// Per detector: how many of its events were reviewed and how (the latest review of each event counts), the precision
/// of its decided events (possible-precursor / (possible-precursor + interference); unknown is left out as undecided),
/// and its recall of the label windows: each event reviewed as a possible precursor, whichever detector found it, is a
/// window on its channel [start, end] (overlapping windows merged), and a detector finds a window when one of its events
/// on that channel overlaps it, widened by the tolerance. Interference and unknown events make no windows.
/// </remarks>
internal static class ReviewedLabels
{
    /// <summary>Scores every detector of <paramref name="events"/>.</summary>
    /// <param name="events">Every detector event (not only the reviewed ones).</param>
    /// <param name="reviews">The reviews, history included; the latest per event counts.</param>
    /// <param name="tolerance">How far from a window an event may lie and still find it.</param>
    /// <param name="unmatched">Reviews (latest per event) whose event is not among <paramref name="events"/>.</param>
    /// <returns>One row per detector, in name order.</returns>
    public static IReadOnlyList<ReviewedLabelRow> Score(IReadOnlyList<AnomalyEvent> events, IEnumerable<EventReview> reviews, TimeSpan tolerance, out IReadOnlyList<EventReview> unmatched)
    {
        ArgumentNullException.ThrowIfNull(events);
        var latest = EventReview.Latest(reviews);
        var keys = events.Select(EventKey.Of).ToHashSet();
        unmatched = [.. latest.Values.Where(r => !keys.Contains(r.Event))];
        var windows = Windows(events.Where(e => latest.TryGetValue(EventKey.Of(e), out var r) && r.Verdict == Verdict.PossiblePrecursor));
        int windowCount = windows.Sum(w => w.Value.Count);
        var rows = new List<ReviewedLabelRow>();
        foreach (var group in events.GroupBy(e => e.Detector, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var verdicts = group.Select(e => latest.TryGetValue(EventKey.Of(e), out var r) ? r.Verdict : (Verdict?)null).ToList();
            int found = windows.Sum(w => w.Value.Count(window => group.Any(e => e.Channel == w.Key
                && e.Start - tolerance <= window.End && window.Start <= e.End + tolerance)));
            rows.Add(new ReviewedLabelRow(
                group.Key,
                verdicts.Count,
                verdicts.Count(v => v is not null),
                verdicts.Count(v => v == Verdict.PossiblePrecursor),
                verdicts.Count(v => v == Verdict.Interference),
                verdicts.Count(v => v == Verdict.Unknown),
                windowCount,
                found));
        }

        return rows;
    }

    private static Dictionary<ChannelId, List<(DateTimeOffset Start, DateTimeOffset End)>> Windows(IEnumerable<AnomalyEvent> precursors)
    {
        var windows = new Dictionary<ChannelId, List<(DateTimeOffset Start, DateTimeOffset End)>>();
        foreach (var channel in precursors.GroupBy(e => e.Channel))
        {
            var merged = new List<(DateTimeOffset Start, DateTimeOffset End)>();
            foreach (var e in channel.OrderBy(e => e.Start))
            {
                if (merged.Count > 0 && e.Start <= merged[^1].End)
                {
                    merged[^1] = (merged[^1].Start, e.End > merged[^1].End ? e.End : merged[^1].End);
                }
                else
                {
                    merged.Add((e.Start, e.End));
                }
            }

            windows[channel.Key] = merged;
        }

        return windows;
    }
}
