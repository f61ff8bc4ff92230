using System.Globalization;
using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Analysts' verdicts: <c>ga_review</c> points, and the <c>verdict</c>/<c>cause</c> fields merged into the reviewed <c>ga_anomaly</c> point.</summary>
internal sealed partial record GaSchema
{
    private static readonly FieldKey s_eventStart = new("event_start");
    private static readonly FieldKey s_cause = new("cause");
    private static readonly FieldKey s_analyst = new("analyst");
    private static readonly FieldKey s_note = new("note");
    private static readonly FieldKey s_verdict = new("verdict");
    private static readonly FieldKey s_text = new("text");

    /// <summary>Reviews as <c>ga_review</c> points: tags network, station, channel, detector, verdict; fields event_start
    /// (integer epoch seconds), cause ("" when none), analyst, note; time = the review time.</summary>
    /// <remarks>Line protocol cannot carry a line break in a string, so a note's line breaks are stored as the two
    /// characters <c>\n</c> (<see cref="NoteFromField"/> turns them back). A point is keyed by its tags and time, and
    /// the event's start is a field: reviews of two events of one channel and detector with the same verdict and review
    /// time (the demo's, or annotations changed in the same millisecond) would overwrite each other, so the k-th such
    /// review of one write is stored k nanoseconds later (as <see cref="Quakes"/> does; below .NET's 100 ns tick, and the
    /// same reviews in the same order get the same offsets, so writing them again overwrites them). Reviews written in
    /// separate writes with exactly the same time are not offset.</remarks>
    /// <param name="reviews">Valid reviews.</param>
    public ILineSource Reviews(IEnumerable<EventReview> reviews)
    {
        var taken = new Dictionary<(Sdk.ChannelId, string, Verdict, long), int>();
        return LineSources.FromItems(reviews, (batch, r) =>
        {
            var key = SeriesKey.Create(Review, ChannelTags(r.Event.Channel, Tag("detector", r.Event.Detector), Tag("verdict", VerdictNames.Text(r.Verdict))));
            long ns = LineProtocol.ToUnixNanoseconds(r.ReviewedAt);
            var slot = (r.Event.Channel, r.Event.Detector, r.Verdict, ns);
            int repeat = taken.TryGetValue(slot, out int seen) ? seen + 1 : 0;
            taken[slot] = repeat;
            batch.BeginPoint(key);
            batch.Field(s_eventStart, r.Event.Start.ToUnixTimeSeconds());
            batch.Field(s_cause, VerdictNames.Text(r.Cause));
            batch.Field(s_analyst, OneLine(r.Analyst));
            batch.Field(s_note, OneLine(r.Note));
            batch.EndPoint(ns + repeat);
        });
    }

    /// <summary>The verdict of each reviewed event as fields <c>verdict</c>, <c>cause</c> and <c>text</c> (<see cref="VerdictText"/>) of its own <c>ga_anomaly</c>
    /// point (same tags, kind included, and the event's exact start), which InfluxDB merges into the existing point.</summary>
    /// <param name="verdicts">Each event (as read from <c>ga_anomaly</c> or written by detect) with the review that counts for it.</param>
    public ILineSource Verdicts(IEnumerable<(EventRow Event, EventReview Review)> verdicts) =>
        LineSources.FromItems(verdicts, (batch, v) =>
        {
            var e = v.Event.Event;
            string kind = KindName(v.Event.ChannelKind ?? Sdk.ChannelKind.Other);
            batch.BeginPoint(SeriesKey.Create(Anomaly, ChannelTags(e.Channel, Tag("kind", kind), Tag("detector", e.Detector))));
            batch.Field(s_verdict, VerdictNames.Text(v.Review.Verdict));
            batch.Field(s_cause, VerdictNames.Text(v.Review.Cause));
            batch.Field(s_text, VerdictText(v.Event, v.Review));
            batch.EndPoint(e.Start);
        });

    /// <summary>The <c>text</c> field a review writes on its event: verdict (and cause), detector, channel kind, shape,
    /// calibrated score, analyst and note on one line, e.g. <c>interference (storm): spectral-residual, electromagnetic
    /// channel, spike, score 0.99991; akiko: Kp 7</c>. The station review shows it as the anomaly annotation's text
    /// (Grafana maps one column to an annotation's text and InfluxQL cannot join strings).</summary>
    /// <param name="row">The event.</param>
    /// <param name="review">The review that counts for it.</param>
    public static string VerdictText(EventRow row, EventReview review)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(review);
        var e = row.Event;
        string cause = review.Cause is null ? "" : $" ({VerdictNames.Text(review.Cause)})";
        string note = string.IsNullOrWhiteSpace(review.Note) ? "" : $": {OneLine(review.Note)}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{VerdictNames.Text(review.Verdict)}{cause}: {e.Detector}, {KindName(row.ChannelKind ?? Sdk.ChannelKind.Other)} channel, {KindName(e.Kind)}, score {e.Score:0.#####}; {review.Analyst}{note}");
    }

    /// <summary>A stored note with its line breaks back.</summary>
    /// <param name="field">The <c>note</c> field value.</param>
    public static string NoteFromField(string field) => field.Replace("\\n", "\n", StringComparison.Ordinal);

    private static string OneLine(string text) =>
        text.Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);
}
