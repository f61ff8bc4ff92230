using System.Diagnostics;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.IntegrationTests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.IntegrationTests;

/// <summary>Storing and reading station data in a real InfluxDB through the v1 HTTP API.</summary>
public sealed class InfluxStorageScenarios(InfluxServer server)
{
    private static readonly DateTimeOffset s_year = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// Storage: a year of minute data for ten channels (5,256,000 samples, with gaps) is read back bit for bit, gaps as NaN.
    [Fact]
    public async Task A_year_of_minute_data_for_ten_channels_reads_back_bit_for_bit()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("year");
        var to = s_year.AddYears(1);
        int samples = (int)((to - s_year) / Some.Minute);
        var channels = Enumerable.Range(0, 10)
            .Select(i => Some.Channel(new ChannelId("GA", $"ST{i / 3}", $"CH{i}"), s_year, samples, seed: i, kind: (ChannelKind)(i % 4)))
            .ToList();
        long present = channels.Sum(c => (long)Some.Present(c.Series));
        var schema = new RawSchema();

        // When
        var clock = Stopwatch.StartNew();
        var report = await new BatchingWriter(client).WriteAsync(schema.Points(channels), new WriteContext("ten channels"), ct);
        var writeTime = clock.Elapsed;
        clock.Restart();
        var reader = new InfluxSeriesReader(client, schema);
        var back = new List<ChannelSeries>();
        foreach (var channel in channels)
        {
            back.Add(await reader.ReadAsync(channel.Channel, s_year, to, step: null, ct));
        }

        var readTime = clock.Elapsed;

        // Then
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{channels.Count * samples:N0} samples, {present:N0} points (rest NaN gaps); server: {server.Origin}");
        output?.WriteLine($"write: {report}; {present / writeTime.TotalSeconds:N0} points/s");
        output?.WriteLine($"read: {present:N0} points in {readTime.TotalSeconds:0.0} s; {present / readTime.TotalSeconds:N0} points/s");
        Assert.Equal(present, report.PointsWritten);
        Assert.Equal(0, report.RejectedCount);
        Assert.Equal((int)Math.Ceiling(present / (double)BatchingOptions.Defaults.BatchSize), report.Batches);
        for (int c = 0; c < channels.Count; c++)
        {
            var expected = channels[c].Series;
            var actual = back[c].Series;
            Assert.Equal(channels[c].Channel, back[c].Channel);
            Assert.Equal(expected.Start, actual.Start);
            Assert.Equal(expected.Step, actual.Step);
            Assert.Equal(expected.Count, actual.Count);
            for (int i = 0; i < expected.Count; i++)
            {
                if (BitConverter.DoubleToInt64Bits(expected[i]) != BitConverter.DoubleToInt64Bits(actual[i]) && !(double.IsNaN(expected[i]) && double.IsNaN(actual[i])))
                {
                    Assert.Fail($"channel {channels[c].Channel.Id} sample {i} ({expected.TimeAt(i):O}): wrote {expected[i]:R}, read {actual[i]:R}");
                }
            }
        }
    }

    /// Storage: station and channel codes with spaces, commas, '=', quotes and backslashes are written, listed and read back unchanged.
    [Fact]
    public async Task Codes_with_special_characters_round_trip()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("names");
        string[] stations = ["O'Brien", "a\"b", "with space", "comma,here", "eq=ual", @"back\slash", @"two\\back", @"mixed \,= '""x", "Ünïcødé 台站"];
        var channels = stations
            .Select((s, i) => Some.Channel(new ChannelId(i % 2 == 0 ? "N,1" : "N 2", s, i % 3 == 0 ? "L=Z" : @"C\H"), s_year, 500, seed: 100 + i, units: "µm/s² 'x'"))
            .ToList();
        var schema = new RawSchema();

        // When
        var report = await new BatchingWriter(client).WriteAsync(schema.Points(channels), ct: ct);
        var reader = new InfluxSeriesReader(client, schema);
        var listed = await reader.ListChannelsAsync(ct: ct);
        var oBrien = await reader.ListChannelsAsync(new ChannelFilter(Stations: ["O'Brien", "a\"b"]), ct);

        // Then
        Assert.Equal(0, report.RejectedCount);
        Assert.Equal(channels.Select(c => c.Channel).OrderBy(c => c.Id.ToString(), StringComparer.Ordinal), listed);
        Assert.Equal(["O'Brien", "a\"b"], oBrien.Select(c => c.Id.Station).Order(StringComparer.Ordinal));
        foreach (var channel in channels)
        {
            var back = await reader.ReadAsync(channel.Channel, s_year, s_year.AddDays(1), Some.Minute, ct);
            Assert.Equal(channel.Series.Values[..500].ToArray(), back.Series.Values[..500].ToArray());
            Assert.All(back.Series.Values[500..].ToArray(), v => Assert.True(double.IsNaN(v)));
        }
    }

    /// Storage: writing the same samples, events and scores twice leaves every count unchanged (re-ingest never duplicates).
    [Fact]
    public async Task Writing_the_same_points_twice_leaves_the_counts_unchanged()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("twice");
        var channel = Some.Channel(new ChannelId("GA", "TW", "X"), s_year, 20_000, seed: 7);
        var events = new[]
        {
            new AnomalyEvent(channel.Channel.Id, "sr", s_year.AddHours(1), s_year.AddHours(2), 0.9, 4.2, AnomalyKind.LevelShift),
            new AnomalyEvent(channel.Channel.Id, "ssa", s_year.AddHours(1), s_year.AddHours(1.5), 0.7, 3.1, AnomalyKind.Spike),
        };
        var score = new Series(s_year, Some.Minute, [.. channel.Series.Values.ToArray().Select(v => v / 1000)]);
        var ga = new GaSchema();
        var writer = new BatchingWriter(client, new BatchingOptions { BatchSize = 3_000 });
        async Task WriteAllAsync()
        {
            await writer.WriteAsync(new RawSchema().Points(channel), ct: ct);
            await writer.WriteAsync(ga.Events(channel.Channel, events), ct: ct);
            await writer.WriteAsync(ga.Scores(channel.Channel, "sr", score, expected: channel.Series), ct: ct);
        }

        // When
        await WriteAllAsync();
        var first = await CountsAsync(client, ct);
        await WriteAllAsync();
        var second = await CountsAsync(client, ct);

        // Then
        Assert.Equal(Some.Present(channel.Series), first["ga_raw"]);
        Assert.Equal(2, first["ga_anomaly"]);
        Assert.Equal(Some.Present(channel.Series), first["ga_score"]);
        Assert.Equal(first, second);
    }

    /// Storage: an anomaly event is stored as a ga_anomaly point at its start, channel kind as tag, anomaly kind as kebab-case type.
    [Fact]
    public async Task An_anomaly_event_is_stored_with_the_schema_fields()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("event");
        var channel = new ChannelInfo(new ChannelId("GA", "O'Brien", "WL"), ChannelKind.Fluid, "m");
        var e = new AnomalyEvent(channel.Id, "ssa-changepoint", s_year.AddMinutes(90), s_year.AddMinutes(150), 0.8, 12.5, AnomalyKind.LevelShift);

        // When
        var report = await new BatchingWriter(client).WriteAsync(new GaSchema().Events(channel, [e]), ct: ct);
        var rows = await RowsAsync(client, $"SELECT * FROM \"ga_anomaly\" WHERE \"station\" = {InfluxQl.Literal("O'Brien")}", ct);

        // Then
        Assert.Equal(1, report.PointsWritten);
        var row = Assert.Single(rows);
        Assert.Equal(LineProtocol.ToUnixNanoseconds(e.Start), row["time"].GetInt64());
        Assert.Equal("fluid", row["kind"].GetString());
        Assert.Equal("ssa-changepoint", row["detector"].GetString());
        Assert.Equal("level-shift", row["type"].GetString());
        Assert.Equal(e.End.ToUnixTimeSeconds(), row["end"].GetInt64());
        Assert.Equal(3600.0, row["duration_s"].GetDouble());
        Assert.Equal(0.8, row["score"].GetDouble());
        Assert.Equal(12.5, row["raw_score"].GetDouble());
    }

    /// Storage: a server that is not running gives an InfluxException naming its URL, and a write job fails naming its batch.
    [Fact]
    public async Task A_server_that_is_not_running_is_reported_with_its_url()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        string url = $"http://127.0.0.1:{InfluxServer.FreePort()}";
        using var client = new InfluxClient(new InfluxConnection { Url = url, Database = "none" });
        var options = new BatchingOptions { MaxRetries = 2, InitialBackoff = TimeSpan.FromMilliseconds(50), RetryTimeLimit = TimeSpan.FromSeconds(5) };
        string[] lines = ["m,s=a v=1 1000000000", "m,s=a v=2 2000000000"];

        // When
        var ping = await Assert.ThrowsAsync<InfluxException>(() => client.PingAsync(ct));
        var write = await Assert.ThrowsAsync<BatchWriteException>(() => new BatchingWriter(client, options).WriteAsync(lines, new WriteContext("test job"), ct));

        // Then
        Assert.Contains($"InfluxDB at {url} is not reachable", ping.Message, StringComparison.Ordinal);
        Assert.Null(ping.StatusCode);
        Assert.Contains(url, write.Message, StringComparison.Ordinal);
        Assert.Contains("lines 1..2", write.Message, StringComparison.Ordinal);
        Assert.Contains("test job", write.Message, StringComparison.Ordinal);
        Assert.Equal(0, write.Report.PointsWritten);
        Assert.Equal(2, write.Report.Retries);
        Assert.IsType<InfluxException>(write.InnerException);
    }

    /// Storage: a write the server does not answer within the request timeout is retried, and its points are stored once.
    [Fact]
    public async Task A_write_that_times_out_is_retried_and_stored_once()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        using var target = await server.NewDatabaseAsync("timeout");
        using var relay = new StallingRelay(server.Require(), stalled: 1);
        using var client = new InfluxClient(new InfluxConnection { Url = relay.Url, Database = target.Connection.Database, Timeout = TimeSpan.FromSeconds(2) });
        // The retry budget counts from the first failure, so even one shorter than the request timeout allows a retry.
        var options = new BatchingOptions { InitialBackoff = TimeSpan.FromMilliseconds(50), RetryTimeLimit = TimeSpan.FromSeconds(1), MaxConcurrentRequests = 1 };
        var lines = Enumerable.Range(1, 3_000).Select(i => $"m,s=a v={i} {i * 1_000_000_000L}").ToList();

        // When
        var report = await new BatchingWriter(client, options).WriteAsync(lines, new WriteContext("timeout job"), ct);
        long count = await CountAsync(target, "SELECT COUNT(\"v\") FROM \"m\"", ct);

        // Then
        Assert.Equal(1, report.Retries);
        Assert.Equal(3_000, report.PointsWritten);
        Assert.Equal(3_000, count);
        Assert.True(relay.Connections >= 2, $"{relay.Connections} connection(s)");
    }

    /// Storage: a batch with one malformed line reports that line (number and text) and every valid line of the batch is stored.
    [Fact]
    public async Task A_malformed_line_is_reported_and_the_rest_of_its_batch_is_stored()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("malformed");
        var lines = Enumerable.Range(0, 2_000).Select(i => $"m,s=a v={i}.5 {(i + 1) * 1_000_000_000L}").ToList();
        const string Bad = "m,s=a v= 123";
        lines.Insert(700, Bad);

        // When
        var report = await new BatchingWriter(client).WriteAsync(lines, ct: ct);
        var count = await CountAsync(client, "SELECT COUNT(\"v\") FROM \"m\"", ct);

        // Then
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal(701, rejected.LineNumber);
        Assert.Equal(Bad, rejected.Text);
        Assert.Contains("missing field value", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(2_000, report.PointsWritten);
        Assert.Equal(2_000, count);
    }

    /// Storage: a point whose field type conflicts inside its batch (the server names no line) is isolated, reported, and the rest stored.
    [Fact]
    public async Task A_field_type_conflict_is_isolated_and_the_rest_of_its_batch_is_stored()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("conflict");
        var lines = Enumerable.Range(0, 1_000).Select(i => $"m,s=b v={i} {(i + 1) * 1_000_000_000L}").ToList();
        lines[321] = "m,s=b v=\"text\" 322000000000";

        // When
        var report = await new BatchingWriter(client).WriteAsync(lines, ct: ct);
        var count = await CountAsync(client, "SELECT COUNT(\"v\") FROM \"m\"", ct);

        // Then
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal(322, rejected.LineNumber);
        Assert.Contains("conflict", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(999, report.PointsWritten);
        Assert.Equal(999, count);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(InfluxClient client, CancellationToken ct)
    {
        var counts = new Dictionary<string, long>();
        foreach (string m in new[] { "ga_raw", "ga_anomaly", "ga_score" })
        {
            string field = m switch { "ga_raw" => "value", "ga_anomaly" => "type", _ => "score" };
            counts[m] = await CountAsync(client, $"SELECT COUNT({InfluxQl.Identifier(field)}) FROM {InfluxQl.Identifier(m)}", ct);
        }

        return counts;
    }

    private static async Task<long> CountAsync(InfluxClient client, string query, CancellationToken ct)
    {
        var rows = await RowsAsync(client, query, ct);
        return rows.Sum(r => r.Where(kv => kv.Key != "time").Sum(kv => kv.Value.GetInt64()));
    }

    private static async Task<List<Dictionary<string, System.Text.Json.JsonElement>>> RowsAsync(InfluxClient client, string query, CancellationToken ct)
    {
        var rows = new List<Dictionary<string, System.Text.Json.JsonElement>>();
        await foreach (var series in client.QueryAsync(query, ct: ct))
        {
            foreach (var row in series.Rows)
            {
                var values = row.EnumerateArray().ToList();
                rows.Add(series.Header.Columns.Select((c, i) => (c, values[i])).ToDictionary(p => p.c, p => p.Item2));
            }
        }

        return rows;
    }
}
