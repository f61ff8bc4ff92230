using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Storage.Influx;

public sealed class BatchingWriterTests
{
    [Theory]
    [InlineData(12_345, 5_000, new[] { 5_000, 5_000, 2_345 })]
    [InlineData(10_000, 5_000, new[] { 5_000, 5_000 })]
    [InlineData(3, 5_000, new[] { 3 })]
    [InlineData(0, 5_000, new int[0])]
    [InlineData(7, 1, new[] { 1, 1, 1, 1, 1, 1, 1 })]
    public void Lines_are_split_into_batches_of_the_batch_size_numbered_through_the_job(int lines, int batchSize, int[] sizes)
    {
        // Given
        var source = LineSources.FromLines(Enumerable.Range(1, lines).Select(i => $"m v={i} {i}"));

        // When
        var batches = BatchingWriter.Split(source, batchSize).ToList();

        // Then
        Assert.Equal(sizes, batches.Select(b => b.Count));
        var numbers = batches.SelectMany(b => Enumerable.Range(0, b.Count).Select(b.LineNumber)).ToList();
        Assert.Equal(Enumerable.Range(1, lines).Select(i => (long)i), numbers);
        Assert.Equal($"m v={lines} {lines}", lines == 0 ? $"m v=0 0" : batches[^1].LineText(batches[^1].Count - 1));
    }

    [Fact]
    public void Several_channels_fill_batches_across_channel_boundaries_and_skip_NaN_samples()
    {
        // Given
        var start = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);
        ChannelSeries Channel(string code, int count, int gapEvery) => new(
            new ChannelInfo(new ChannelId("GA", "S", code), ChannelKind.Fluid, "m"),
            new Series(start, TimeSpan.FromMinutes(1), [.. Enumerable.Range(0, count).Select(i => i % gapEvery == 0 ? double.NaN : i)]));
        var channels = new[] { Channel("A", 7_000, 10), Channel("B", 100, 2), Channel("C", 3_001, 1_000) };
        int present = channels.Sum(c => c.Series.Count - c.Series.MissingCount());

        // When
        var batches = BatchingWriter.Split(new RawSchema().Points(channels), 5_000).ToList();

        // Then
        Assert.Equal([5_000, present - 5_000], batches.Select(b => b.Count));
        Assert.Equal("ga_raw,channel=A,kind=fluid,network=GA,station=S,units=m value=1 1609459260000000000", batches[0].LineText(0));
        Assert.StartsWith("ga_raw,channel=C,", batches[1].LineText(batches[1].Count - 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_refused_naming_them()
    {
        using var client = new InfluxClient(new InfluxConnection { Url = "http://127.0.0.1:1", Database = "d" });

        var e = Assert.Throws<ArgumentException>(() => new BatchingWriter(client, new BatchingOptions { BatchSize = -5, QueueLimit = 0 }));

        Assert.Contains("batch-size: must be 1..1000000, got -5", e.Message, StringComparison.Ordinal);
        Assert.Contains("queue-limit", e.Message, StringComparison.Ordinal);
    }
}
