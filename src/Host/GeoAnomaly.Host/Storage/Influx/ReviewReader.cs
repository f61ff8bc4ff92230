using System.Text.Json;
using GeoAnomaly.Host.Review;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Reads every review back from <c>ga_review</c> (as <see cref="GaSchema.Reviews"/> writes them), oldest first.</summary>
internal static class ReviewReader
{
    /// <summary>Every stored review, in review-time order.</summary>
    /// <param name="client">The server.</param>
    /// <param name="schema">Measurement names.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="InfluxException">The server is unreachable or rejects the query.</exception>
    /// <exception cref="DataException">A point with an unknown verdict or cause, or without its tags; names the measurement.</exception>
    public static async Task<IReadOnlyList<EventReview>> ReadAsync(InfluxClient client, GaSchema schema, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(schema);
        string query = $"SELECT \"event_start\", \"cause\", \"analyst\", \"note\" FROM {InfluxQl.Measurement(client.Connection, schema.Review)}"
            + " GROUP BY \"network\", \"station\", \"channel\", \"detector\", \"verdict\"";
        var reviews = new List<EventReview>();
        await foreach (var series in client.QueryAsync(query, ct: ct).ConfigureAwait(false))
        {
            var header = series.Header;
            string Tag(string name) => header.RequiredTag(name, schema.Review);
            var channel = new ChannelId(Tag("network"), Tag("station"), Tag("channel"));
            string detector = Tag("detector");
            var verdict = VerdictNames.Parse(Tag("verdict"), out string? problem)
                ?? throw new DataException(schema.Review, null, $"{channel} {detector}: {problem}");
            int time = header.ColumnIndex("time");
            int start = header.ColumnIndex("event_start");
            int cause = header.ColumnIndex("cause");
            int analyst = header.ColumnIndex("analyst");
            int note = header.ColumnIndex("note");
            foreach (var row in series.Rows)
            {
                var at = LineProtocol.FromUnixNanoseconds(row[time].GetInt64());
                if (start < 0 || row[start].ValueKind != JsonValueKind.Number)
                {
                    throw new DataException(schema.Review, null, $"{channel} {detector} reviewed at {at:O}: a point without event_start");
                }

                var c = VerdictNames.ParseCause(Text(row, cause), out problem);
                if (problem is not null)
                {
                    throw new DataException(schema.Review, null, $"{channel} {detector} reviewed at {at:O}: {problem}");
                }

                var key = new EventKey(channel, detector, DateTimeOffset.FromUnixTimeSeconds(row[start].GetInt64()));
                reviews.Add(new EventReview(key, verdict, c, Text(row, analyst), GaSchema.NoteFromField(Text(row, note)), at));
            }
        }

        return [.. reviews.OrderBy(r => r.ReviewedAt)];
    }

    private static string Text(JsonElement row, int column) =>
        column >= 0 && row[column].ValueKind == JsonValueKind.String ? row[column].GetString()! : string.Empty;
}
