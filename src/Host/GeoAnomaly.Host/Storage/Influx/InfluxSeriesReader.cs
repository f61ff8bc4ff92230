using System.Text;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Reads raw channels from InfluxDB through a <see cref="RawSchema"/> onto the regular grid.</summary>
/// <remarks>
/// One InfluxQL query per channel and range (<c>time &gt;= from AND time &lt; to</c>, names quoted with
/// <see cref="InfluxQl"/>), streamed in chunks and parsed straight into arrays, then put on the grid with
/// <see cref="Grid.FromPoints"/>: missing samples are NaN, duplicates and off-grid times are errors.
/// </remarks>
internal sealed class InfluxSeriesReader
{
    private readonly InfluxClient _client;
    private readonly int _chunkSize;

    /// <summary>Creates a reader.</summary>
    /// <param name="client">The server.</param>
    /// <param name="schema">The raw-data layout; defaults when null.</param>
    /// <param name="chunkSize">Rows per response chunk.</param>
    /// <exception cref="ArgumentException">The schema is invalid.</exception>
    public InfluxSeriesReader(InfluxClient client, RawSchema? schema = null, int chunkSize = 50_000)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _client = client;
        _chunkSize = chunkSize;
        Schema = schema ?? new RawSchema();
        var errors = Schema.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid raw schema: " + string.Join("; ", errors), nameof(schema));
        }
    }

    /// <summary>The raw-data layout.</summary>
    public RawSchema Schema { get; }

    /// <summary>Reads <paramref name="channel"/> from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    /// <remarks>The grid is aligned to the data and starts at its first slot at or after <paramref name="from"/>; it ends at
    /// <paramref name="to"/>. With no data in the range the series is all NaN from <paramref name="from"/>.</remarks>
    /// <param name="channel">The channel (its id selects the data; kind and units are carried over).</param>
    /// <param name="from">Start of the range.</param>
    /// <param name="to">End of the range (exclusive).</param>
    /// <param name="step">Sampling step; inferred from the data when null.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="DataException">Duplicate or off-grid times, a non-numeric value, or no step to be had.</exception>
    /// <exception cref="InfluxException">The server is unreachable or refuses the query.</exception>
    public async Task<ChannelSeries> ReadAsync(ChannelInfo channel, DateTimeOffset from, DateTimeOffset to, TimeSpan? step = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (to <= from)
        {
            throw new ArgumentException($"empty range {from:O}..{to:O}", nameof(to));
        }

        string source = $"{_client.Url} database '{_client.Connection.Database}' measurement '{Schema.Measurement}' channel {channel.Id}";
        var points = new PointCollector(Schema.Field, source);
        await _client.QueryAsync(ReadQuery(channel.Id, from, to), points, _chunkSize, ct).ConfigureAwait(false);
        var times = points.Times;
        try
        {
            var s = step ?? (points.Count >= 2 ? Grid.InferStep(times)
                : throw new DataException(source, null, $"{points.Count} sample(s) in {from:O}..{to:O}: too few to infer the step; give it"));
            var start = points.Count == 0 ? from : times[0] - (s * ((times[0] - from).Ticks / s.Ticks));
            return new ChannelSeries(channel, Grid.FromPoints(times, points.Values, s, start, to));
        }
        catch (Grid.PointException e)
        {
            throw new DataException(source, null, $"point {e.Index + 1} of the query result: {e.Message}", e);
        }
    }

    /// <summary>The channels in the raw measurement that pass <paramref name="filter"/>, sorted by id.</summary>
    /// <param name="filter">Selection; all when null.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="DataException">A series lacks a code tag or has an unknown kind.</exception>
    public async Task<IReadOnlyList<ChannelInfo>> ListChannelsAsync(ChannelFilter? filter = null, CancellationToken ct = default)
    {
        filter ??= new ChannelFilter();
        string source = $"{_client.Url} database '{_client.Connection.Database}' measurement '{Schema.Measurement}'";
        var found = new Dictionary<ChannelId, ChannelInfo>();
        await foreach (var series in _client.QueryAsync(ListQuery(filter), ct: ct).ConfigureAwait(false))
        {
            var tags = series.Header.Tags;
            string network = tags.GetValueOrDefault(Schema.NetworkTag, "");
            string station = tags.GetValueOrDefault(Schema.StationTag, "");
            string code = tags.GetValueOrDefault(Schema.ChannelTag, "");
            if (network.Length == 0 || station.Length == 0 || code.Length == 0)
            {
                throw new DataException(source, null, $"a series has no {Schema.NetworkTag}, {Schema.StationTag} or {Schema.ChannelTag} tag (tags: {string.Join(", ", tags.Select(t => $"{t.Key}={t.Value}"))})");
            }

            var id = new ChannelId(network, station, code);
            string kindText = Schema.KindTag is null ? "" : tags.GetValueOrDefault(Schema.KindTag, "");
            if (!GaSchema.TryParseKind(kindText, out var kind))
            {
                throw new DataException(source, null, $"channel {id}: unknown kind '{kindText}' in tag {Schema.KindTag}; expected deformation, electromagnetic, fluid or other");
            }

            var info = new ChannelInfo(id, kind, Schema.UnitsTag is null ? "" : tags.GetValueOrDefault(Schema.UnitsTag, ""));
            if (found.TryGetValue(id, out var seen) && seen != info)
            {
                throw new DataException(source, null, $"channel {id} has points with different kind or units tags ({seen.Kind}/{seen.Units} and {info.Kind}/{info.Units})");
            }

            if (filter.Matches(info))
            {
                found[id] = info;
            }
        }

        return [.. found.Values.OrderBy(c => c.Id.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>The InfluxQL that reads one channel's range.</summary>
    /// <param name="id">Channel.</param>
    /// <param name="from">Start (inclusive).</param>
    /// <param name="to">End (exclusive).</param>
    internal string ReadQuery(ChannelId id, DateTimeOffset from, DateTimeOffset to) =>
        $"SELECT {InfluxQl.Identifier(Schema.Field)} FROM {InfluxQl.Measurement(_client.Connection, Schema.Measurement)}"
        + $" WHERE {InfluxQl.Identifier(Schema.NetworkTag)} = {InfluxQl.Literal(id.Network)}"
        + $" AND {InfluxQl.Identifier(Schema.StationTag)} = {InfluxQl.Literal(id.Station)}"
        + $" AND {InfluxQl.Identifier(Schema.ChannelTag)} = {InfluxQl.Literal(id.Channel)}"
        + $" AND time >= {InfluxQl.Time(from)} AND time < {InfluxQl.Time(to)}";

    /// <summary>The InfluxQL that lists channels: one series per tag combination.</summary>
    /// <param name="filter">Code filters go to the WHERE clause; kinds are filtered afterwards.</param>
    internal string ListQuery(ChannelFilter filter)
    {
        var sql = new StringBuilder($"SELECT last({InfluxQl.Identifier(Schema.Field)}) FROM {InfluxQl.Measurement(_client.Connection, Schema.Measurement)}");
        var conditions = new List<string>();
        AddAny(conditions, Schema.NetworkTag, filter.Networks);
        AddAny(conditions, Schema.StationTag, filter.Stations);
        AddAny(conditions, Schema.ChannelTag, filter.Channels);
        if (conditions.Count > 0)
        {
            sql.Append(" WHERE ").Append(string.Join(" AND ", conditions));
        }

        string?[] tags = [Schema.NetworkTag, Schema.StationTag, Schema.ChannelTag, Schema.KindTag, Schema.UnitsTag];
        sql.Append(" GROUP BY ").Append(string.Join(",", tags.OfType<string>().Select(InfluxQl.Identifier)));
        return sql.ToString();
    }

    private static void AddAny(List<string> conditions, string tag, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 })
        {
            conditions.Add("(" + string.Join(" OR ", values.Select(v => $"{InfluxQl.Identifier(tag)} = {InfluxQl.Literal(v)}")) + ")");
        }
    }
}
