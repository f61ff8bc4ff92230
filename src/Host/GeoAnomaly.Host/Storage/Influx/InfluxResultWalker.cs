using System.Text.Json;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Walks one InfluxDB <c>/query</c> JSON document and hands its series and rows to a visitor.</summary>
/// <remarks>
/// Shape: <c>{"results":[{"statement_id":0,"series":[{"name":…,"tags":{…},"columns":[…],"values":[[…],…]}],
/// "error":…}],"error":…}</c>. An <c>error</c> at either level becomes an <see cref="InfluxException"/> naming the query.
/// </remarks>
internal static class InfluxResultWalker
{
    /// <summary>Walks <paramref name="document"/>.</summary>
    /// <param name="document">One complete JSON document.</param>
    /// <param name="visitor">Receives series and rows.</param>
    /// <param name="url">Server URL, for messages.</param>
    /// <param name="query">The query, for messages.</param>
    public static void Walk(ReadOnlySpan<byte> document, IInfluxResultVisitor visitor, string url, string query)
    {
        var reader = new Utf8JsonReader(document);
        Expect(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader, out string name))
        {
            if (name == "results" && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    ReadResult(ref reader, visitor, url, query);
                }
            }
            else if (name == "error" && reader.TokenType == JsonTokenType.String)
            {
                throw QueryError(url, query, null, reader.GetString()!);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    /// <summary>The exception for a query the server refused.</summary>
    /// <param name="url">Server URL.</param>
    /// <param name="query">The query.</param>
    /// <param name="statement">0-based statement, when known.</param>
    /// <param name="error">The server's message.</param>
    /// <param name="status">HTTP status, when the whole request failed.</param>
    public static InfluxException QueryError(string url, string query, int? statement, string error, System.Net.HttpStatusCode? status = null) =>
        new($"InfluxDB at {url} could not run query '{LineProtocol.Shorten(query, 300)}'"
            + (statement is null ? "" : $" (statement {statement})") + $": {error}",
            url,
            status,
            error);

    private static void ReadResult(ref Utf8JsonReader reader, IInfluxResultVisitor visitor, string url, string query)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"expected a result object, found {reader.TokenType}");
        }

        int statement = 0;
        while (NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "statement_id" when reader.TokenType == JsonTokenType.Number:
                    statement = reader.GetInt32();
                    break;
                case "series" when reader.TokenType == JsonTokenType.StartArray:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        ReadSeries(ref reader, visitor, statement);
                    }

                    break;
                case "error" when reader.TokenType == JsonTokenType.String:
                    throw QueryError(url, query, statement, reader.GetString()!);
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    private static void ReadSeries(ref Utf8JsonReader reader, IInfluxResultVisitor visitor, int statement)
    {
        string seriesName = "";
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var columns = new List<string>();
        bool begun = false;
        while (NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "name" when reader.TokenType == JsonTokenType.String:
                    seriesName = reader.GetString()!;
                    break;
                case "tags" when reader.TokenType == JsonTokenType.StartObject:
                    while (NextProperty(ref reader, out string key))
                    {
                        tags[key] = reader.TokenType == JsonTokenType.String ? reader.GetString()! : "";
                    }

                    break;
                case "columns" when reader.TokenType == JsonTokenType.StartArray:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        columns.Add(reader.GetString() ?? "");
                    }

                    break;
                case "values" when reader.TokenType == JsonTokenType.StartArray:
                    visitor.BeginSeries(new InfluxSeriesHeader(statement, seriesName, tags, columns));
                    begun = true;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        visitor.Row(ref reader);
                        if (reader.TokenType != JsonTokenType.EndArray)
                        {
                            throw new InvalidOperationException("a result visitor must leave the reader on the row's end");
                        }
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (!begun)
        {
            visitor.BeginSeries(new InfluxSeriesHeader(statement, seriesName, tags, columns));
        }
    }

    /// <summary>Moves to the next property of the current object and onto its value; false at the object's end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = "";
            return false;
        }

        name = reader.GetString()!;
        reader.Read();
        return true;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new JsonException($"expected {type} in the InfluxDB response");
        }
    }
}
