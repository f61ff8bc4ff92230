using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Review;

/// <summary>Records reviews: validates them, finds each reviewed event, and writes them to a store. <c>review record</c>,
/// <c>review import</c> and <c>demo</c> all go through here, so they write the same thing.</summary>
/// <param name="store">Where the reviews go.</param>
/// <param name="events">Where the reviewed events are looked up; null records without checking (CSV store only).</param>
internal sealed class ReviewRecorder(IReviewStore store, IEventSource? events)
{
    /// <summary>The store.</summary>
    public IReviewStore Store => store;

    /// <summary>The event of <paramref name="key"/> (same channel, detector and start to the second), or null.</summary>
    /// <param name="key">The event.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="InvalidOperationException">No event source.</exception>
    public async Task<EventRow?> FindAsync(EventKey key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        var source = events ?? throw new InvalidOperationException("no events to look the review up in");
        var rows = await source.EventsOfAsync(key.Channel, key.Detector, ct).ConfigureAwait(false);
        return rows.FirstOrDefault(r => r.Event.Start.ToUnixTimeSeconds() == key.Start.ToUnixTimeSeconds());
    }

    /// <summary>The event of <paramref name="channel"/> and <paramref name="detector"/> whose [start, end] holds
    /// <paramref name="time"/> (of several, the latest start), or null.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="detector">The detector.</param>
    /// <param name="time">A time inside the event (an annotation's time).</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="InvalidOperationException">No event source.</exception>
    public async Task<EventRow?> FindAtAsync(ChannelId channel, string detector, DateTimeOffset time, CancellationToken ct)
    {
        var source = events ?? throw new InvalidOperationException("no events to look the annotation up in");
        var rows = await source.EventsOfAsync(channel, detector, ct).ConfigureAwait(false);
        return rows.LastOrDefault(r => r.Event.Start.ToUnixTimeSeconds() <= time.ToUnixTimeSeconds() && time <= r.Event.End);
    }

    /// <summary>Validates every review, looks up every event, then writes them all (nothing is written when one fails).</summary>
    /// <param name="reviews">The reviews.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The reviews with their events.</returns>
    /// <exception cref="ArgumentException">An invalid review (interference without cause…).</exception>
    /// <exception cref="DataException">A review of an event the event source does not have; names the event and the source.</exception>
    public async Task<IReadOnlyList<ResolvedReview>> RecordAsync(IReadOnlyList<EventReview> reviews, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        foreach (var review in reviews)
        {
            var problems = review.Validate();
            if (problems.Count > 0)
            {
                throw new ArgumentException($"review of {review.Event}: {string.Join("; ", problems)}", nameof(reviews));
            }
        }

        if (events is null && store.NeedsEvents)
        {
            throw new InvalidOperationException($"{store.Name} needs the reviewed events");
        }

        var resolved = new List<ResolvedReview>(reviews.Count);
        foreach (var review in reviews)
        {
            EventRow? row = null;
            if (events is not null)
            {
                row = await FindAsync(review.Event, ct).ConfigureAwait(false)
                    ?? throw new DataException(events.Name, null, $"no event {review.Event} (network {review.Event.Channel.Network}, station {review.Event.Channel.Station}, channel {review.Event.Channel.Channel}, detector {review.Event.Detector}, start {CsvText.Time(review.Event.Start)})");
            }

            resolved.Add(new ResolvedReview(review, row));
        }

        if (resolved.Count > 0)
        {
            await store.WriteAsync(resolved, ct).ConfigureAwait(false);
        }

        return resolved;
    }
}
