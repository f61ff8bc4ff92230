using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Evaluation;

/// <summary>Event-level precision and recall of one detector for one kind of labelled anomaly (or all kinds).</summary>
/// <param name="Detector">Detector name.</param>
/// <param name="Kind">Label kind, or null for all labels.</param>
/// <param name="Labels">Labelled anomalies considered.</param>
/// <param name="Found">Labels overlapped by at least one event.</param>
/// <param name="Events">Events considered: all the detector's events for the all-kinds row; for a kind's row, the events
/// the kind classifier gave that kind.</param>
/// <param name="TrueEvents">Events overlapping at least one label.</param>
internal sealed record EventMatch(string Detector, AnomalyKind? Kind, int Labels, int Found, int Events, int TrueEvents)
{
    /// <summary>Found / labels; NaN without labels.</summary>
    public double Recall => Labels == 0 ? double.NaN : (double)Found / Labels;

    /// <summary>True events / events; NaN without events.</summary>
    public double Precision => Events == 0 ? double.NaN : (double)TrueEvents / Events;

    /// <summary>
    /// Scores events against labels. A label is found when an event on the same channel overlaps the label window
    /// widened by <paramref name="tolerance"/> on both sides; an event is true when it overlaps any such window.
    /// A kind's row counts the labels of that kind for recall, and for precision the events classified as that kind
    /// (<see cref="AnomalyEvent.Kind"/>), true when they overlap any label: "of what was called a spike, how much was
    /// a labelled anomaly". Labels of kinds no event is classified as (instrument steps) have no precision.
    /// </summary>
    public static IReadOnlyList<EventMatch> Score(IReadOnlyList<AnomalyEvent> events, IReadOnlyList<AnomalyLabel> labels, TimeSpan tolerance)
    {
        var rows = new List<EventMatch>();
        foreach (var byDetector in events.GroupBy(e => e.Detector, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var detectorEvents = byDetector.ToList();
            int trueEvents = detectorEvents.Count(e => labels.Any(l => Overlaps(e, l, tolerance)));
            rows.Add(new EventMatch(byDetector.Key, null, labels.Count, labels.Count(l => detectorEvents.Any(e => Overlaps(e, l, tolerance))), detectorEvents.Count, trueEvents));
            foreach (var kind in labels.Select(l => l.Kind).OfType<AnomalyKind>().Distinct().Order())
            {
                var ofKind = labels.Where(l => l.Kind == kind).ToList();
                var classified = detectorEvents.Where(e => e.Kind == kind).ToList();
                rows.Add(new EventMatch(byDetector.Key, kind, ofKind.Count, ofKind.Count(l => detectorEvents.Any(e => Overlaps(e, l, tolerance))),
                    classified.Count, classified.Count(e => labels.Any(l => Overlaps(e, l, tolerance)))));
            }
        }

        return rows;
    }

    /// <summary>Whether <paramref name="e"/> is on the label's channel and overlaps its window widened by <paramref name="tolerance"/>.</summary>
    /// <param name="e">An event.</param>
    /// <param name="label">A label.</param>
    /// <param name="tolerance">The widening on each side.</param>
    internal static bool Overlaps(AnomalyEvent e, AnomalyLabel label, TimeSpan tolerance) =>
        e.Channel == label.Channel && e.Start < label.End + tolerance && e.End > label.Start - tolerance;
}
