using System.Globalization;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>Analysts load station files into InfluxDB with <c>geoanomaly ingest</c>, run as a process.</summary>
public sealed class IngestScenarios(InfluxServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-ingest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Ingest: a real IAGA-2002 month goes in whole, and ingesting it again leaves the point count unchanged.
    [Fact]
    public async Task Reingesting_a_real_IAGA_file_leaves_the_point_count_unchanged()
    {
        // Given
        using var client = await server.NewDatabaseAsync("reingest");
        string file = SharedData.Path("series", "intermagnet-bou", "BOU201601vmin.min");
        int dataLines = File.ReadLines(file).Count(l => l.Length > 0 && char.IsDigit(l[0]));

        // When
        var first = await GeoanomalyProcess.RunAsync("ingest", file, "--influx", server.Require(), "--database", client.Connection.Database);
        long afterFirst = await CountAsync(client);
        var second = await GeoanomalyProcess.RunAsync("ingest", file, "--influx", server.Require(), "--database", client.Connection.Database);
        long afterSecond = await CountAsync(client);

        // Then
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(4L * dataLines, afterFirst);
        Assert.Equal(afterFirst, afterSecond);

        // The station's location from the file's header (longitude 254.764 E written as -105.236) goes to ga_station, once.
        var located = await client.QueryAsync("SELECT \"lat\", \"lon\", \"elevation_m\" FROM \"ga_station\" WHERE \"station\" = 'BOU'", ct: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        var row = Assert.Single(Assert.Single(located).Rows);
        Assert.Equal(40.137, row[1].GetDouble(), 6);
        Assert.Equal(254.764 - 360, row[2].GetDouble(), 6);
        Assert.Equal(1682, row[3].GetDouble(), 6);
    }

    /// Ingest: with the server down, the command exits 1 and names the URL it could not reach.
    [Fact]
    public async Task A_stopped_server_gives_exit_code_one_and_names_the_URL()
    {
        // Given
        string url = $"http://127.0.0.1:{InfluxServer.FreePort()}";
        string file = SharedData.Path("series", "intermagnet-bou", "bou20181024_XYZF_vmin.min");

        // When
        var result = await GeoanomalyProcess.RunAsync("ingest", file, "--influx", url);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(url, result.Error, StringComparison.Ordinal);
    }

    /// Ingest: a malformed file is reported by file and line, and the good files beside it still go in whole.
    [Fact]
    public async Task A_malformed_file_is_reported_by_line_and_the_good_file_still_goes_in()
    {
        // Given
        using var client = await server.NewDatabaseAsync("malformed");
        string good = Path.Combine(_folder, "good.csv");
        string bad = Path.Combine(_folder, "bad.csv");
        var start = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var rows = Enumerable.Range(0, 100).Select(i => string.Create(CultureInfo.InvariantCulture, $"{start.AddMinutes(i):yyyy-MM-ddTHH:mm:ssZ},{i * 0.5},{i}")).ToList();
        await File.WriteAllLinesAsync(good, ["time,tilt_ns,tilt_ew", .. rows], TestContext.Current.CancellationToken);
        var broken = rows.ToList();
        broken[41] = broken[41].Replace(",20.5,", ",20.5x,", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(bad, ["time,tilt_ns,tilt_ew", .. broken], TestContext.Current.CancellationToken);

        // When
        var result = await GeoanomalyProcess.RunAsync("ingest", bad, good, "--influx", server.Require(), "--database", client.Connection.Database, "--kind", "deformation");

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{bad}:43", result.Error, StringComparison.Ordinal);
        Assert.Equal(200, await CountAsync(client));
    }

    /// Ingest: an unknown option is a usage error (exit 2) naming the option.
    [Fact]
    public async Task An_unknown_option_is_a_usage_error_naming_it()
    {
        // When
        var result = await GeoanomalyProcess.RunAsync("ingest", "x.csv", "--influx", "http://127.0.0.1:1", "--batchsize", "10");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--batchsize", result.Error, StringComparison.Ordinal);
    }

    private static async Task<long> CountAsync(InfluxClient client)
    {
        long total = 0;
        await foreach (var series in client.QueryAsync("SELECT COUNT(\"value\") FROM \"ga_raw\"", ct: TestContext.Current.CancellationToken))
        {
            foreach (var row in series.Rows)
            {
                total += row[1].GetInt64();
            }
        }

        return total;
    }
}
