using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Evaluation;

/// <summary>One point of a detector's event-level precision-recall curve.</summary>
/// <param name="Threshold">The lowest peak score of the events kept.</param>
/// <param name="Recall">Share of the labels (of the kind asked for) overlapped by a kept event.</param>
/// <param name="Precision">Share of the kept events that overlap any label.</param>
/// <param name="Events">Events kept.</param>
internal sealed record PrecisionRecallPoint(double Threshold, double Recall, double Precision, int Events);

/// <summary>
/// Event-level precision at a given recall: the events of one detector are taken from the highest peak score down
/// (as if the event threshold were lowered step by step) until the labels of a kind are found in the share asked for;
/// the precision of the events taken so far is the answer. Comparing two runs (raw and preprocessed) at the same recall
/// compares their false alarms fairly, whatever their score scales. Matching is that of <see cref="EventMatch"/>.
/// </summary>
internal static class PrecisionAtRecall
{
    /// <summary>The curve: one point per distinct peak score, from the highest down.</summary>
    /// <param name="events">One detector's events.</param>
    /// <param name="labels">The labels.</param>
    /// <param name="kind">Recall over the labels of this kind, or over all when null.</param>
    /// <param name="tolerance">How far outside a label an event may start or end and still match.</param>
    public static IReadOnlyList<PrecisionRecallPoint> Curve(IReadOnlyList<AnomalyEvent> events, IReadOnlyList<AnomalyLabel> labels, AnomalyKind? kind, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(labels);
        var targets = labels.Where(l => kind is null || l.Kind == kind).ToList();
        var found = new bool[targets.Count];
        int foundCount = 0;
        int trueEvents = 0;
        var points = new List<PrecisionRecallPoint>();
        var ordered = events.OrderByDescending(e => e.Score).ThenBy(e => e.Start).ToList();
        for (int i = 0; i < ordered.Count; i++)
        {
            var e = ordered[i];
            trueEvents += labels.Any(l => EventMatch.Overlaps(e, l, tolerance)) ? 1 : 0;
            for (int t = 0; t < targets.Count; t++)
            {
                if (!found[t] && EventMatch.Overlaps(e, targets[t], tolerance))
                {
                    found[t] = true;
                    foundCount++;
                }
            }

            if (i == ordered.Count - 1 || ordered[i + 1].Score < e.Score)
            {
                points.Add(new PrecisionRecallPoint(e.Score, targets.Count == 0 ? double.NaN : (double)foundCount / targets.Count, (double)trueEvents / (i + 1), i + 1));
            }
        }

        return points;
    }

    /// <summary>The precision where the curve first reaches <paramref name="recall"/>, or NaN when it never does.</summary>
    /// <param name="events">One detector's events.</param>
    /// <param name="labels">The labels.</param>
    /// <param name="kind">Recall over the labels of this kind, or over all when null.</param>
    /// <param name="recall">The recall to reach, 0..1.</param>
    /// <param name="tolerance">How far outside a label an event may start or end and still match.</param>
    public static double At(IReadOnlyList<AnomalyEvent> events, IReadOnlyList<AnomalyLabel> labels, AnomalyKind? kind, double recall, TimeSpan tolerance) =>
        Curve(events, labels, kind, tolerance).FirstOrDefault(p => p.Recall >= recall)?.Precision ?? double.NaN;

    /// <summary>
    /// The mean of the precision at each of <paramref name="recalls"/> (0 at a recall the events never reach): one number
    /// per detector for "fewer false alarms at the same detections", like an average precision over a recall range.
    /// </summary>
    /// <param name="events">One detector's events.</param>
    /// <param name="labels">The labels.</param>
    /// <param name="recalls">The recalls to read the curve at, each 0..1.</param>
    /// <param name="tolerance">How far outside a label an event may start or end and still match.</param>
    public static double Mean(IReadOnlyList<AnomalyEvent> events, IReadOnlyList<AnomalyLabel> labels, IReadOnlyList<double> recalls, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(recalls);
        if (recalls.Count == 0)
        {
            throw new ArgumentException("at least one recall is needed", nameof(recalls));
        }

        var curve = Curve(events, labels, null, tolerance);
        return recalls.Average(r => curve.FirstOrDefault(p => p.Recall >= r)?.Precision ?? 0);
    }
}
