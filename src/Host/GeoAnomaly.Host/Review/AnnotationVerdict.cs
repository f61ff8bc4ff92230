using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Review;

/// <summary>A verdict read from a Grafana annotation's tags (the tag convention of the README, "Verdicts").</summary>
/// <remarks>
/// Tags <c>verdict:possible-precursor|interference|unknown</c>, optional <c>cause:rain|pumping|maintenance|power|storm|other</c>,
/// and <c>network:X</c>, <c>station:Y</c>, <c>channel:Z</c>, <c>detector:D</c> naming the event; other tags are ignored.
/// The annotation's time lies in the event's [start, end]; its text is the note; the analyst is its <c>login</c> (else
/// <c>email</c>); the review time is its <c>updated</c> (else <c>created</c>, else its own) time, so importing the same
/// annotations again writes the same points.
/// </remarks>
/// <param name="AnnotationId">The annotation's id.</param>
/// <param name="Channel">The event's channel.</param>
/// <param name="Detector">The event's detector.</param>
/// <param name="Time">A time inside the event.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Cause">The cause (interference only).</param>
/// <param name="Analyst">Who reviewed.</param>
/// <param name="Note">The annotation's text.</param>
/// <param name="ReviewedAt">The review time.</param>
internal sealed record AnnotationVerdict(long AnnotationId, ChannelId Channel, string Detector, DateTimeOffset Time, Verdict Verdict, InterferenceCause? Cause, string Analyst, string Note, DateTimeOffset ReviewedAt)
{
    private static readonly string[] s_keys = ["verdict", "cause", "network", "station", "channel", "detector"];

    /// <summary>The verdict of <paramref name="annotation"/>; null with no problem when it has no <c>verdict:</c> tag (not a review).</summary>
    /// <param name="annotation">The annotation.</param>
    /// <param name="problem">Why the annotation cannot be imported (names it by id), or null.</param>
    public static AnnotationVerdict? From(GrafanaAnnotation annotation, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        problem = null;
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string tag in annotation.Tags)
        {
            int colon = tag.IndexOf(':', StringComparison.Ordinal);
            string key = colon < 0 ? tag.Trim() : tag[..colon].Trim();
            if (colon < 0 || !s_keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!tags.TryAdd(key, tag[(colon + 1)..].Trim()))
            {
                problem = $"annotation {annotation.Id}: two '{key}:' tags";
                return null;
            }
        }

        if (!tags.TryGetValue("verdict", out string? verdictText))
        {
            return null;
        }

        string Fail(string why) => $"annotation {annotation.Id}: {why}";
        var verdict = VerdictNames.Parse(verdictText, out string? why);
        var cause = VerdictNames.ParseCause(tags.GetValueOrDefault("cause"), out string? causeWhy);
        var missing = s_keys[2..].Where(k => string.IsNullOrWhiteSpace(tags.GetValueOrDefault(k))).ToList();
        string? analyst = annotation.Login ?? annotation.Email;
        problem = why is not null ? Fail(why)
            : causeWhy is not null ? Fail(causeWhy)
            : missing.Count > 0 ? Fail($"no {string.Join(", ", missing.Select(k => k + ":"))} tag(s) naming the event")
            : analyst is null ? Fail("no login or email (the analyst)")
            : null;
        if (problem is not null)
        {
            return null;
        }

        ChannelId channel;
        try
        {
            channel = new ChannelId(tags["network"], tags["station"], tags["channel"]);
        }
        catch (ArgumentException e)
        {
            problem = Fail(e.Message);
            return null;
        }

        var result = new AnnotationVerdict(annotation.Id, channel, tags["detector"], annotation.Time, verdict!.Value, cause, analyst!, annotation.Text, annotation.Updated ?? annotation.Time);
        var invalid = result.ToReview(new EventKey(channel, result.Detector, annotation.Time)).Validate();
        if (invalid.Count > 0)
        {
            problem = Fail(string.Join("; ", invalid));
            return null;
        }

        return result;
    }

    /// <summary>The review this annotation makes of the event <paramref name="key"/>.</summary>
    /// <param name="key">The event the annotation lies in.</param>
    public EventReview ToReview(EventKey key) => new(key, Verdict, Cause, Analyst, Note, ReviewedAt);
}
