using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Host.Review;

/// <summary>A review with the event it is about (null when no events were given to check against).</summary>
/// <param name="Review">The review.</param>
/// <param name="Event">The reviewed event.</param>
internal sealed record ResolvedReview(EventReview Review, EventRow? Event);

/// <summary>Where reviews are kept: a CSV file or InfluxDB.</summary>
internal interface IReviewStore
{
    /// <summary>The store's name, for messages.</summary>
    string Name { get; }

    /// <summary>Whether every review must come with its event (InfluxDB needs the event's kind tag and exact start).</summary>
    bool NeedsEvents { get; }

    /// <summary>Every stored review, oldest first (history included).</summary>
    /// <param name="ct">Cancellation.</param>
    Task<IReadOnlyList<EventReview>> ReadAsync(CancellationToken ct);

    /// <summary>Adds <paramref name="reviews"/>; earlier reviews stay.</summary>
    /// <param name="reviews">Validated reviews.</param>
    /// <param name="ct">Cancellation.</param>
    Task WriteAsync(IReadOnlyList<ResolvedReview> reviews, CancellationToken ct);
}

/// <summary>Reviews in a CSV file (<see cref="ReviewCsv"/>), appended.</summary>
/// <param name="path">The file.</param>
internal sealed class CsvReviewStore(string path) : IReviewStore
{
    /// <summary>The default file name, <c>reviews.csv</c>.</summary>
    public const string DefaultFileName = "reviews.csv";

    /// <inheritdoc />
    public string Name => path;

    /// <inheritdoc />
    public bool NeedsEvents => false;

    /// <inheritdoc />
    public Task<IReadOnlyList<EventReview>> ReadAsync(CancellationToken ct) => Task.FromResult(ReviewCsv.Read(path));

    /// <inheritdoc />
    public Task WriteAsync(IReadOnlyList<ResolvedReview> reviews, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ReviewCsv.Append(path, reviews.Select(r => r.Review));
        return Task.CompletedTask;
    }
}

/// <summary>Reviews in InfluxDB: <c>ga_review</c> points, and the latest verdict of each reviewed event merged into its <c>ga_anomaly</c> point.</summary>
/// <param name="client">The server.</param>
/// <param name="schema">Measurement names.</param>
/// <param name="batching">Batching options.</param>
internal sealed class InfluxReviewStore(InfluxClient client, GaSchema schema, BatchingOptions? batching = null) : IReviewStore
{
    private readonly BatchingWriter _writer = new(client, batching);

    /// <inheritdoc />
    public string Name => $"{schema.Review} in {client.Connection.DisplayUrl}";

    /// <inheritdoc />
    public bool NeedsEvents => true;

    /// <inheritdoc />
    public Task<IReadOnlyList<EventReview>> ReadAsync(CancellationToken ct) => ReviewReader.ReadAsync(client, schema, ct);

    /// <inheritdoc />
    /// <remarks>The <c>ga_review</c> points go first; then, per reviewed event, the latest of all its stored reviews
    /// (an older review imported later does not override a newer verdict) is written to its <c>ga_anomaly</c> point.</remarks>
    /// <exception cref="InvalidOperationException">A review without its event.</exception>
    /// <exception cref="DataException">The server refused a point.</exception>
    public async Task WriteAsync(IReadOnlyList<ResolvedReview> reviews, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var events = new Dictionary<EventKey, EventRow>();
        foreach (var r in reviews)
        {
            events[r.Review.Event] = r.Event ?? throw new InvalidOperationException($"review of {r.Review.Event} without its event: InfluxDB needs the event's kind");
        }

        Check(await _writer.WriteAsync(schema.Reviews(reviews.Select(r => r.Review)), new WriteContext(schema.Review), ct).ConfigureAwait(false));
        var latest = EventReview.Latest(await ReadAsync(ct).ConfigureAwait(false));
        var merged = events.Select(e => (e.Value, latest.TryGetValue(e.Key, out var review) ? review : null))
            .Where(p => p.Item2 is not null)
            .Select(p => (p.Value, p.Item2!))
            .ToList();
        Check(await _writer.WriteAsync(schema.Verdicts(merged), new WriteContext(schema.Anomaly), ct).ConfigureAwait(false));
    }

    private void Check(WriteReport report)
    {
        if (report.RejectedCount > 0)
        {
            throw new DataException(Name, null, $"the server refused {report.RejectedCount} point(s); first: {(report.Rejected.Count > 0 ? report.Rejected[0] : null)}");
        }
    }
}
