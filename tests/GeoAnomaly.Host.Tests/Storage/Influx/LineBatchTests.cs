using System.IO.Compression;
using System.Text;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Host.Tests.Storage.Influx;

public sealed class LineBatchTests
{
    [Fact]
    public void Content_is_the_lines_each_ending_with_a_newline_and_gzip_holds_the_same()
    {
        // Given
        var batch = new LineBatch();
        batch.Reset(firstLineNumber: 41);
        batch.AppendLine("m v=1 1");
        batch.AppendLine("m,s=é v=2 2");

        // When
        string content = Encoding.UTF8.GetString(batch.Content.Span);
        using var unzip = new GZipStream(new MemoryStream(batch.GzipContent().ToArray()), CompressionMode.Decompress);
        string unzipped = new StreamReader(unzip, Encoding.UTF8).ReadToEnd();

        // Then
        Assert.Equal("m v=1 1\nm,s=é v=2 2\n", content);
        Assert.Equal(content, unzipped);
        Assert.Equal([41L, 42L], [batch.LineNumber(0), batch.LineNumber(1)]);
    }

    [Fact]
    public void A_subset_keeps_the_job_line_numbers()
    {
        // Given
        var batch = new LineBatch();
        for (int i = 0; i < 10; i++)
        {
            batch.AppendLine($"m v={i} {i}");
        }

        // When
        var subset = batch.Subset([1, 5, 9]);

        // Then
        Assert.Equal(["m v=1 1", "m v=5 5", "m v=9 9"], Enumerable.Range(0, subset.Count).Select(subset.LineText));
        Assert.Equal([2L, 6L, 10L], Enumerable.Range(0, subset.Count).Select(subset.LineNumber));
    }

    [Fact]
    public void A_line_time_is_read_from_its_last_token()
    {
        var batch = new LineBatch();
        batch.AppendLine("m v=1 1609459200000000000");
        batch.AppendLine("m v=\"x 1\"");

        Assert.Equal(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), batch.LineTime(0));
        Assert.Null(batch.LineTime(1));
    }

    [Fact]
    public void Text_with_a_newline_is_refused_naming_the_line()
    {
        var batch = new LineBatch();
        batch.AppendLine("m v=1 1");

        var e = Assert.Throws<ArgumentException>(() => batch.AppendLine("m v=2 2\nm v=3 3"));

        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Buffers_grow_past_their_initial_size()
    {
        // Given
        var batch = new LineBatch(capacityBytes: 256);
        string value = new('x', 10_000);

        // When
        for (int i = 0; i < 1_000; i++)
        {
            batch.BeginPoint(SeriesKey.Create("m"));
            batch.Field(new FieldKey("s"), value);
            batch.EndPoint(i);
        }

        // Then
        Assert.Equal(1_000, batch.Count);
        Assert.Equal($"m s=\"{value}\" 999", batch.LineText(999));
    }
}
