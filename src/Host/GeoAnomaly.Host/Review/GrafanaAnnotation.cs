using System.Text.Json;
using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.Host.Review;

/// <summary>One annotation as Grafana's annotation HTTP API returns it (<c>GET /api/annotations</c>); the fields the import uses.</summary>
/// <param name="Id">The annotation's id.</param>
/// <param name="Time">Its time (<c>time</c>, epoch ms).</param>
/// <param name="TimeEnd">Its end for a region (<c>timeEnd</c>), or null.</param>
/// <param name="Text">Its text (the note).</param>
/// <param name="Tags">Its tags.</param>
/// <param name="Login">The author's login, or null.</param>
/// <param name="Email">The author's e-mail, or null.</param>
/// <param name="Updated">When it was last changed (<c>updated</c>, else <c>created</c>), or null.</param>
internal sealed record GrafanaAnnotation(long Id, DateTimeOffset Time, DateTimeOffset? TimeEnd, string Text, IReadOnlyList<string> Tags, string? Login, string? Email, DateTimeOffset? Updated)
{
    /// <summary>Parses the JSON array the API returns (or an export of it).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">File or URL, for messages.</param>
    /// <exception cref="DataException">Malformed JSON (names line and column), not an array, or an annotation without id or time (names it).</exception>
    public static IReadOnlyList<GrafanaAnnotation> Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            long? line = e.LineNumber is { } l ? l + 1 : null;
            string column = e.BytePositionInLine is { } c ? $"column {c + 1}: " : string.Empty;
            throw new DataException(source, line, $"{column}not valid JSON ({e.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ')})");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new DataException(source, null, $"expected a JSON array of annotations (Grafana's GET /api/annotations), got {document.RootElement.ValueKind}");
            }

            var annotations = new List<GrafanaAnnotation>();
            int index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                annotations.Add(ParseOne(item, index++, source));
            }

            return annotations;
        }
    }

    private static GrafanaAnnotation ParseOne(JsonElement item, int index, string source)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new DataException(source, null, $"annotation [{index}]: expected an object, got {item.ValueKind}");
        }

        long id = Long(item, "id") ?? throw new DataException(source, null, $"annotation [{index}]: no numeric 'id'");
        long time = Long(item, "time") ?? throw new DataException(source, null, $"annotation {id}: no numeric 'time' (epoch milliseconds)");
        long? end = Long(item, "timeEnd");
        var tags = new List<string>();
        if (item.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Array)
        {
            tags.AddRange(t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!));
        }

        long? updated = Long(item, "updated") ?? Long(item, "created");
        return new GrafanaAnnotation(
            id,
            DateTimeOffset.FromUnixTimeMilliseconds(time),
            end is { } e && e > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(e) : null,
            String(item, "text") ?? string.Empty,
            tags,
            String(item, "login"),
            String(item, "email"),
            updated is { } u && u > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(u) : null);
    }

    private static long? Long(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out long n) ? n : null;

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
