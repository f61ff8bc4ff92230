using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Review;

/// <summary>Where reviewed events are looked up: the events of one channel and detector.</summary>
internal interface IEventSource
{
    /// <summary>The source's name, for messages (a file, <c>ga_anomaly in URL</c>).</summary>
    string Name { get; }

    /// <summary>Every event of <paramref name="channel"/> found by <paramref name="detector"/>, in start order.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="detector">The detector.</param>
    /// <param name="ct">Cancellation.</param>
    Task<IReadOnlyList<EventRow>> EventsOfAsync(ChannelId channel, string detector, CancellationToken ct);
}

/// <summary>Events held in memory: an events CSV of <c>detect</c>/<c>demo</c>, or a detect run's result.</summary>
/// <param name="name">Name for messages.</param>
/// <param name="events">The events.</param>
internal sealed class EventListSource(string name, IEnumerable<EventRow> events) : IEventSource
{
    private readonly ILookup<(ChannelId, string), EventRow> _events = events.OrderBy(e => e.Event.Start).ToLookup(e => (e.Event.Channel, e.Event.Detector));

    /// <inheritdoc />
    public string Name => name;

    /// <summary>The events of an events CSV.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="Storage.DataException">A malformed row.</exception>
    public static EventListSource FromCsv(string path) => new(path, EventCsvReader.Read(path));

    /// <inheritdoc />
    public Task<IReadOnlyList<EventRow>> EventsOfAsync(ChannelId channel, string detector, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<EventRow>>([.. _events[(channel, detector)]]);
}

/// <summary>Events read from <c>ga_anomaly</c>, one query per channel and detector (kept for later look-ups).</summary>
/// <param name="client">The server.</param>
/// <param name="schema">Measurement names.</param>
internal sealed class InfluxEventSource(InfluxClient client, GaSchema schema) : IEventSource
{
    private readonly Dictionary<(ChannelId, string), IReadOnlyList<EventRow>> _cache = [];

    /// <inheritdoc />
    public string Name => $"{schema.Anomaly} in {client.Connection.DisplayUrl}";

    /// <inheritdoc />
    public async Task<IReadOnlyList<EventRow>> EventsOfAsync(ChannelId channel, string detector, CancellationToken ct)
    {
        if (_cache.TryGetValue((channel, detector), out var known))
        {
            return known;
        }

        string[] conditions =
        [
            $"{InfluxQl.Identifier("network")} = {InfluxQl.Literal(channel.Network)}",
            $"{InfluxQl.Identifier("station")} = {InfluxQl.Literal(channel.Station)}",
            $"{InfluxQl.Identifier("channel")} = {InfluxQl.Literal(channel.Channel)}",
            $"{InfluxQl.Identifier("detector")} = {InfluxQl.Literal(detector)}",
        ];
        var rows = await AnomalyEventReader.ReadAsync(client, schema, null, null, ct, conditions).ConfigureAwait(false);
        IReadOnlyList<EventRow> sorted = [.. rows.OrderBy(r => r.Event.Start)];
        _cache[(channel, detector)] = sorted;
        return sorted;
    }
}
