using System.Text.Json;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Reads anomaly events back from <c>ga_anomaly</c> (as <see cref="GaSchema.Events"/> writes them), with their channel kinds.</summary>
internal static class AnomalyEventReader
{
    /// <summary>Every event that starts in [<paramref name="from"/>, <paramref name="to"/>), or all when both are null.</summary>
    /// <param name="client">The server.</param>
    /// <param name="schema">Measurement names.</param>
    /// <param name="from">Earliest start, or null.</param>
    /// <param name="to">Start before this, or null.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="conditions">More InfluxQL conditions (escaped with <see cref="InfluxQl"/>), or null.</param>
    /// <exception cref="InfluxException">The server is unreachable or rejects the query.</exception>
    /// <exception cref="DataException">A point without its tags or fields, or with an unknown kind or type; names the series.</exception>
    public static async Task<IReadOnlyList<EventRow>> ReadAsync(InfluxClient client, GaSchema schema, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct, IEnumerable<string>? conditions = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(schema);
        string query = $"SELECT \"score\", \"raw_score\", \"end\", \"type\" FROM {InfluxQl.Measurement(client.Connection, schema.Anomaly)}"
            + InfluxQl.Where(InfluxQl.TimeRange(from, to).Concat(conditions ?? []))
            + " GROUP BY \"network\", \"station\", \"channel\", \"kind\", \"detector\"";
        var rows = new List<EventRow>();
        await foreach (var series in client.QueryAsync(query, ct: ct).ConfigureAwait(false))
        {
            var header = series.Header;
            string Tag(string name) => header.RequiredTag(name, schema.Anomaly);
            var channel = new ChannelId(Tag("network"), Tag("station"), Tag("channel"));
            string kindText = Tag("kind");
            if (!GaSchema.TryParseKind(kindText, out var kind))
            {
                throw new DataException(schema.Anomaly, null, $"{channel}: kind '{kindText}' is not a channel kind");
            }

            string detector = Tag("detector");
            int time = header.ColumnIndex("time");
            int score = header.ColumnIndex("score");
            int raw = header.ColumnIndex("raw_score");
            int end = header.ColumnIndex("end");
            int type = header.ColumnIndex("type");
            foreach (var row in series.Rows)
            {
                var start = LineProtocol.FromUnixNanoseconds(row[time].GetInt64());
                if (row[end].ValueKind != JsonValueKind.Number || row[score].ValueKind != JsonValueKind.Number)
                {
                    throw new DataException(schema.Anomaly, null, $"{channel} {detector} at {start:O}: a point without its score or end");
                }

                string typeText = row[type].ValueKind == JsonValueKind.String ? row[type].GetString()! : string.Empty;
                var anomalyKind = KindNames.TryParse(typeText, out AnomalyKind k) ? k : AnomalyKind.Other;
                double rawScore = raw >= 0 && row[raw].ValueKind == JsonValueKind.Number ? row[raw].GetDouble() : double.NaN;
                var stop = DateTimeOffset.FromUnixTimeSeconds(row[end].GetInt64());
                rows.Add(new EventRow(new AnomalyEvent(channel, detector, start, stop > start ? stop : start, row[score].GetDouble(), rawScore, anomalyKind), kind));
            }
        }

        return rows;
    }
}
