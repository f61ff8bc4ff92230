using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Review;

/// <summary>Which anomaly event a review is about: channel, detector and the event's start (whole seconds, as <c>ga_review</c>'s <c>event_start</c>).</summary>
internal sealed record EventKey
{
    /// <summary>Creates the key; the start is truncated to whole seconds.</summary>
    /// <param name="channel">The event's channel.</param>
    /// <param name="detector">The detector that found it.</param>
    /// <param name="start">The event's start.</param>
    public EventKey(ChannelId channel, string detector, DateTimeOffset start)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(detector);
        Channel = channel;
        Detector = detector;
        Start = DateTimeOffset.FromUnixTimeSeconds(start.ToUnixTimeSeconds());
    }

    /// <summary>The event's channel.</summary>
    public ChannelId Channel { get; }

    /// <summary>The detector.</summary>
    public string Detector { get; }

    /// <summary>The event's start, UTC, whole seconds.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The key of <paramref name="anomaly"/>.</summary>
    /// <param name="anomaly">An anomaly event.</param>
    public static EventKey Of(AnomalyEvent anomaly)
    {
        ArgumentNullException.ThrowIfNull(anomaly);
        return new EventKey(anomaly.Channel, anomaly.Detector, anomaly.Start);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Channel} {Detector} {Start.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}";
}

/// <summary>One analyst's verdict on one anomaly event at one time; later reviews of the same event supersede it.</summary>
/// <param name="Event">The event reviewed.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Cause">The cause; required for <see cref="Verdict.Interference"/>, null otherwise.</param>
/// <param name="Analyst">Who reviewed.</param>
/// <param name="Note">Free text ("" when none).</param>
/// <param name="ReviewedAt">When (the time of the <c>ga_review</c> point).</param>
internal sealed record EventReview(EventKey Event, Verdict Verdict, InterferenceCause? Cause, string Analyst, string Note, DateTimeOffset ReviewedAt)
{
    /// <summary>Every problem with the review (empty when valid): interference without a cause, a cause on another verdict, no analyst.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Verdict == Verdict.Interference && Cause is null)
        {
            problems.Add($"cause: a verdict of interference needs a cause, one of {VerdictNames.Causes}");
        }
        else if (Verdict != Verdict.Interference && Cause is not null)
        {
            problems.Add($"cause: only an interference verdict has a cause, got cause {VerdictNames.Text(Cause)} with {VerdictNames.Text(Verdict)}");
        }

        if (string.IsNullOrWhiteSpace(Analyst))
        {
            problems.Add("analyst: must not be empty");
        }

        return problems;
    }

    /// <summary>The latest review of each event (latest <see cref="ReviewedAt"/>; of equal times, the later in the list).</summary>
    /// <param name="reviews">Reviews in the order they were stored.</param>
    public static IReadOnlyDictionary<EventKey, EventReview> Latest(IEnumerable<EventReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var latest = new Dictionary<EventKey, EventReview>();
        foreach (var review in reviews)
        {
            if (!latest.TryGetValue(review.Event, out var seen) || review.ReviewedAt >= seen.ReviewedAt)
            {
                latest[review.Event] = review;
            }
        }

        return latest;
    }
}
