using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>InfluxQL queries: <c>POST /query</c> with <c>chunked=true</c>, <c>epoch=ns</c>, streamed chunk by chunk.</summary>
internal sealed partial class InfluxClient
{
    /// <summary>Rows per chunk unless a caller says otherwise.</summary>
    public const int DefaultChunkSize = 10_000;

    /// <summary>Runs <paramref name="query"/> and yields its series, one result chunk at a time.</summary>
    /// <remarks>Times come as Unix nanoseconds. A long series arrives as several pieces with the same header.</remarks>
    /// <param name="query">InfluxQL (one or more statements); quote names with <see cref="InfluxQl"/>.</param>
    /// <param name="chunkSize">Rows per chunk.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="InfluxException">The server is unreachable or reports an error; the message names the query.</exception>
    public async IAsyncEnumerable<InfluxSeries> QueryAsync(string query, int chunkSize = DefaultChunkSize, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var collector = new Collector();
        await foreach (var chunk in ChunksAsync(query, chunkSize, ct).ConfigureAwait(false))
        {
            collector.Series.Clear();
            Walk(chunk, collector, query);
            foreach (var series in collector.Series)
            {
                yield return series;
            }
        }
    }

    /// <summary>Runs <paramref name="query"/> and hands every series and row to <paramref name="visitor"/> as it is parsed.</summary>
    /// <param name="query">InfluxQL.</param>
    /// <param name="visitor">Receives the rows (times as Unix nanoseconds).</param>
    /// <param name="chunkSize">Rows per chunk.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="InfluxException">The server is unreachable or reports an error; the message names the query.</exception>
    public async Task QueryAsync(string query, IInfluxResultVisitor visitor, int chunkSize = DefaultChunkSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        await foreach (var chunk in ChunksAsync(query, chunkSize, ct).ConfigureAwait(false))
        {
            Walk(chunk, visitor, query);
        }
    }

    private void Walk(ReadOnlyMemory<byte> chunk, IInfluxResultVisitor visitor, string query)
    {
        try
        {
            InfluxResultWalker.Walk(chunk.Span, visitor, Url, query);
        }
        catch (JsonException e)
        {
            throw new InfluxException($"InfluxDB at {Url} sent a malformed answer to query '{LineProtocol.Shorten(query, 300)}': {e.Message}", Url, null, null, e);
        }
    }

    private async IAsyncEnumerable<ReadOnlyMemory<byte>> ChunksAsync(string query, int chunkSize, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var uri = Build("query", [
            ("db", Connection.Database),
            ("epoch", "ns"),
            ("chunked", "true"),
            ("chunk_size", chunkSize.ToString(CultureInfo.InvariantCulture)),
        ]);
        HttpRequestMessage Make() => new(HttpMethod.Post, uri) { Content = new FormUrlEncodedContent([new("q", query)]) };

        using var response = await SendAsync(Make, "query", ct, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            string server = await ServerMessageAsync(response, ct).ConfigureAwait(false);
            throw InfluxResultWalker.QueryError(Url, query, null, $"{server} ({(int)response.StatusCode})", response.StatusCode);
        }

        var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var chunks = JsonDocumentSplitter.SplitAsync(stream, ct).ConfigureAwait(false).GetAsyncEnumerator();
            try
            {
                while (true)
                {
                    try
                    {
                        if (!await chunks.MoveNextAsync())
                        {
                            break;
                        }
                    }
                    catch (JsonException e)
                    {
                        throw new InfluxException($"InfluxDB at {Url} sent a malformed answer to query '{LineProtocol.Shorten(query, 300)}': {e.Message}", Url, null, null, e);
                    }
                    catch (IOException e)
                    {
                        throw new InfluxException($"InfluxDB at {Url} broke off the answer to query '{LineProtocol.Shorten(query, 300)}': {e.Message}", Url, null, null, e);
                    }

                    yield return chunks.Current;
                }
            }
            finally
            {
                await chunks.DisposeAsync();
            }
        }
    }

    /// <summary>Keeps every series of a chunk with its rows copied out of the chunk buffer.</summary>
    private sealed class Collector : IInfluxResultVisitor
    {
        private List<JsonElement>? _rows;

        public List<InfluxSeries> Series { get; } = [];

        public void BeginSeries(InfluxSeriesHeader header)
        {
            _rows = [];
            Series.Add(new InfluxSeries(header, _rows));
        }

        public void Row(ref Utf8JsonReader reader) => _rows!.Add(JsonElement.ParseValue(ref reader));
    }
}
