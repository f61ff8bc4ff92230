using System.Text.Json;
using GeoAnomaly.Host.Catalogs;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Reads an earthquake catalog back from <c>ga_quake</c>, as <see cref="GaSchema.Quakes"/> writes it.</summary>
/// <remarks>
/// The events come back with the values written (mag, lat, lon, depth_km, event_id; NaN depth where it was left out)
/// and in origin-time order; the nanosecond offsets the writer gives events sharing an origin time are below .NET's
/// 100-ns tick, so times are the ones ingested and such events keep their catalog order. The magnitude type is not
/// stored, so it reads as null. A measurement holding several sources is read only with one of them named, so two
/// catalogs of one region are never mixed.
/// </remarks>
internal static class QuakeReader
{
    /// <summary>The events of <paramref name="source"/> (or of the only source) with origin times in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <param name="client">The server.</param>
    /// <param name="schema">Measurement names.</param>
    /// <param name="source">The <c>source</c> tag to read, or null when the measurement holds one source only.</param>
    /// <param name="from">Earliest origin time, or null.</param>
    /// <param name="to">Origin times before this, or null.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The catalog; empty only when the source has events, none of them in the range.</returns>
    /// <exception cref="InfluxException">The server is unreachable or rejects the query.</exception>
    /// <exception cref="DataException">The measurement is missing or holds no events of the source; several sources and none
    /// named; or a point without its magnitude or epicentre. Names server, database, measurement and source.</exception>
    public static async Task<EarthquakeCatalog> ReadAsync(InfluxClient client, GaSchema schema, string? source, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(schema);
        string origin = $"{client.Connection} measurement '{schema.Quake}'" + (source is null ? "" : $" source '{source}'");
        var bySource = await QueryAsync(client, schema, source, InfluxQl.TimeRange(from, to), origin, limit: null, ct).ConfigureAwait(false);
        if (bySource.Count > 1)
        {
            throw new DataException(origin, null, $"holds the catalogs of {bySource.Count} sources ({string.Join(", ", bySource.Keys.Order(StringComparer.Ordinal))}); name the source to read");
        }

        if (bySource.Count == 0
            && ((from is null && to is null) || (await QueryAsync(client, schema, source, [], origin, limit: 1, ct).ConfigureAwait(false)).Count == 0))
        {
            throw new DataException(origin, null, "no earthquakes: the measurement is empty or missing (load a catalog with 'geoanomaly catalog ingest')");
        }

        string name = bySource.Count == 0 ? source ?? "" : bySource.First().Key;
        IEnumerable<Earthquake> events = bySource.Count == 0 ? [] : bySource.First().Value;
        return new EarthquakeCatalog($"{client.Connection} measurement '{schema.Quake}' source '{name}'", events);
    }

    private static async Task<Dictionary<string, List<Earthquake>>> QueryAsync(
        InfluxClient client, GaSchema schema, string? source, IEnumerable<string> range, string origin, int? limit, CancellationToken ct)
    {
        var conditions = range.ToList();
        if (source is not null)
        {
            conditions.Add($"\"source\" = {InfluxQl.Literal(source)}");
        }

        string query = $"SELECT \"mag\", \"lat\", \"lon\", \"depth_km\", \"event_id\" FROM {InfluxQl.Measurement(client.Connection, schema.Quake)}"
            + InfluxQl.Where(conditions) + " GROUP BY \"source\"" + (limit is { } n ? $" LIMIT {n}" : "");
        var bySource = new Dictionary<string, List<Earthquake>>(StringComparer.Ordinal);
        await foreach (var series in client.QueryAsync(query, ct: ct).ConfigureAwait(false))
        {
            var header = series.Header;
            string name = header.RequiredTag("source", origin);
            if (!bySource.TryGetValue(name, out var events))
            {
                bySource[name] = events = [];
            }

            int time = header.ColumnIndex("time");
            int mag = header.ColumnIndex("mag");
            int lat = header.ColumnIndex("lat");
            int lon = header.ColumnIndex("lon");
            int depth = header.ColumnIndex("depth_km");
            int id = header.ColumnIndex("event_id");
            foreach (var row in series.Rows)
            {
                var at = LineProtocol.FromUnixNanoseconds(row[time].GetInt64());
                if (!IsNumber(row, mag) || !IsNumber(row, lat) || !IsNumber(row, lon))
                {
                    throw new DataException(origin, null, $"source '{name}' at {at:O}: a point without its mag, lat or lon");
                }

                events.Add(new Earthquake(at, row[lat].GetDouble(), row[lon].GetDouble(), IsNumber(row, depth) ? row[depth].GetDouble() : double.NaN, row[mag].GetDouble())
                {
                    Id = id >= 0 && row[id].ValueKind == JsonValueKind.String ? row[id].GetString() : null,
                });
            }
        }

        return bySource;
    }

    private static bool IsNumber(JsonElement row, int column) => column >= 0 && row[column].ValueKind == JsonValueKind.Number;
}
