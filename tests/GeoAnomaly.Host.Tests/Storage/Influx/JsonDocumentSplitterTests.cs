using System.Text;
using System.Text.Json;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Storage.Influx;

public sealed class JsonDocumentSplitterTests
{
    // Two chunks as influxd 1.6.7 sends them for a chunked GROUP BY query (one JSON document per line).
    private const string Chunks =
        """{"results":[{"statement_id":0,"series":[{"name":"ga_raw","tags":{"channel":"C\\H","station":"a\"b","units":"µm/s² 'x'"},"columns":["time","last"],"values":[[1000000000,1]]}],"partial":true}]}""" + "\n"
        + """{"results":[{"statement_id":0,"series":[{"name":"ga_raw","tags":{"channel":"C\\H","station":"back\\slash","units":"µm/s² 'x'"},"columns":["time","last"],"values":[[1000000000,1.5e-300]]}]}]}""" + "\n";

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100_000)]
    public async Task Concatenated_documents_come_out_one_by_one_however_the_stream_is_cut(int maxRead)
    {
        // Given
        byte[] data = Encoding.UTF8.GetBytes(Chunks);
        string[] expected = Chunks.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // When
        var documents = new List<string>();
        await foreach (var doc in JsonDocumentSplitter.SplitAsync(new TrickleStream(data, maxRead), TestContext.Current.CancellationToken))
        {
            documents.Add(Encoding.UTF8.GetString(doc.Span).Trim());
        }

        // Then
        Assert.Equal(expected, documents);
    }

    [Fact]
    public async Task A_stream_ending_inside_a_document_is_an_error()
    {
        // Given
        byte[] data = Encoding.UTF8.GetBytes(Chunks[..150]);

        // When
        async Task Drain()
        {
            await foreach (var _ in JsonDocumentSplitter.SplitAsync(new TrickleStream(data, 16), TestContext.Current.CancellationToken))
            {
            }
        }

        // Then
        await Assert.ThrowsAnyAsync<JsonException>(Drain);
    }
}
