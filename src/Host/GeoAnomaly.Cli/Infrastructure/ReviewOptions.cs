using System.CommandLine;
using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>Where analysts' verdicts are kept and their events looked up: <c>--reviews FILE</c> (a reviews CSV) or
/// <c>ga_review</c> in <c>--influx</c>; events from <c>--events FILE</c> or <c>ga_anomaly</c> in <c>--influx</c>.</summary>
internal static class ReviewOptions
{
    /// <summary>The word that makes <c>--reviews</c> read <c>ga_review</c> in <c>--influx</c> (evaluate, features).</summary>
    public const string FromInflux = "influx";

    public static readonly Option<string?> Reviews = new("--reviews")
    {
        Description = "Reviews CSV (network,station,channel,detector,event_start,verdict,cause,analyst,note,reviewed_at; appended, created when missing); without it, --influx keeps them in ga_review.",
    };

    public static readonly Option<string?> Events = new("--events")
    {
        Description = "Events CSV of 'detect'/'demo' to look the reviewed events up in (with --reviews); with --influx they come from ga_anomaly.",
    };

    /// <summary>Every problem with the store and event options.</summary>
    /// <param name="reviews">The <c>--reviews</c> file or null.</param>
    /// <param name="events">The <c>--events</c> file or null.</param>
    /// <param name="influx">The InfluxDB options.</param>
    /// <param name="needEvents">Whether events must be given (import: to match annotations to events).</param>
    public static IEnumerable<string> Validate(string? reviews, string? events, InfluxOptions.Settings influx, bool needEvents)
    {
        if ((reviews is null) == (influx.Url is null))
        {
            yield return "--reviews or --influx: give one of them (a reviews CSV, or InfluxDB's ga_review)";
        }

        if (influx.Url is not null && events is not null)
        {
            yield return "--events: not with --influx (the events come from ga_anomaly)";
        }

        if (reviews is not null && events is null && needEvents)
        {
            yield return "--events: give the events CSV (of 'detect' or 'demo') the annotations are matched to";
        }

        if (events is not null && !File.Exists(events))
        {
            yield return $"--events: file {events} does not exist";
        }

        foreach (string problem in influx.Validate())
        {
            yield return problem;
        }
    }

    /// <summary>Whether a <c>--reviews</c> value (evaluate, features) names <c>ga_review</c> in <c>--influx</c> rather than a CSV.</summary>
    /// <param name="reviews">The <c>--reviews</c> value.</param>
    public static bool IsInflux(string reviews) => string.Equals(reviews, FromInflux, StringComparison.OrdinalIgnoreCase);

    /// <summary>Every problem with a <c>--reviews</c> source of evaluate or features: a CSV that does not exist, or
    /// <c>influx</c> without <c>--influx</c>.</summary>
    /// <param name="reviews">The <c>--reviews</c> value.</param>
    /// <param name="influx">The InfluxDB options.</param>
    public static IEnumerable<string> SourceProblems(string reviews, InfluxOptions.Settings influx)
    {
        if (IsInflux(reviews))
        {
            if (influx.Url is null)
            {
                yield return "--reviews influx: give --influx URL";
            }
        }
        else if (!File.Exists(reviews))
        {
            yield return $"--reviews: file {reviews} does not exist (or give 'influx' for ga_review in --influx)";
        }
    }

    /// <summary>Every review of a <c>--reviews</c> source of evaluate or features (history included), and the source's
    /// name for messages.</summary>
    /// <param name="reviews">A reviews CSV, or <c>influx</c> for <c>ga_review</c>.</param>
    /// <param name="influx">The InfluxDB options.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<(IReadOnlyList<EventReview> Reviews, string Source)> ReadAsync(string reviews, InfluxOptions.Settings influx, CancellationToken ct)
    {
        if (!IsInflux(reviews))
        {
            return (ReviewCsv.Read(reviews), reviews);
        }

        using var client = new InfluxClient(influx.Connection);
        var read = await ReviewReader.ReadAsync(client, influx.Ga, ct).ConfigureAwait(false);
        return (read, $"{influx.Ga.Review} in {influx.Connection.DisplayUrl}");
    }

    /// <summary>Opens the store and event source the options name.</summary>
    /// <param name="reviews">The <c>--reviews</c> file or null.</param>
    /// <param name="events">The <c>--events</c> file or null.</param>
    /// <param name="influx">The InfluxDB options.</param>
    public static Session Open(string? reviews, string? events, InfluxOptions.Settings influx)
    {
        if (reviews is not null)
        {
            return new Session(null, new CsvReviewStore(reviews), events is null ? null : EventListSource.FromCsv(events));
        }

        var client = new InfluxClient(influx.Connection);
        var schema = influx.Ga;
        return new Session(client, new InfluxReviewStore(client, schema, influx.Batching), new InfluxEventSource(client, schema));
    }

    /// <summary>An open store with its event source (and the InfluxDB client they share, if any).</summary>
    /// <param name="Client">The client, or null.</param>
    /// <param name="Store">The store.</param>
    /// <param name="Events">The event source, or null.</param>
    internal sealed record Session(InfluxClient? Client, IReviewStore Store, IEventSource? Events) : IDisposable
    {
        /// <summary>A recorder writing to the store.</summary>
        public ReviewRecorder Recorder => new(Store, Events);

        public void Dispose() => Client?.Dispose();
    }
}
