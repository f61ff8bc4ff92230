using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>Analysts load earthquake catalogs into InfluxDB with <c>geoanomaly catalog ingest</c>, run as a process.</summary>
public sealed class CatalogIngestScenarios(InfluxServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-catalog-ingest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Catalog ingest: the real 38-year global catalog (day resolution, many events per day) goes in whole, and ingesting it again adds nothing (in a database with the long shards the README advises for catalogs).
    [Fact]
    public async Task Reingesting_the_global_catalog_leaves_the_event_count_unchanged()
    {
        // Given
        using var client = await server.NewDatabaseAsync("quake-reingest");
        await client.ExecuteAsync($"ALTER RETENTION POLICY \"autogen\" ON {InfluxQl.Identifier(client.Connection.Database)} SHARD DURATION 520w DEFAULT", TestContext.Current.CancellationToken);
        string file = SharedData.Path("catalogs", "global-1976-2013", "catalog.csv");
        string mapping = Path.Combine(PluginFixtures.RepoRoot, "samples", "catalogs", "pycsep-global-1976-2013.json");
        int rows = File.ReadLines(file).Count(l => l.Length > 0) - 1;
        string[] args = ["catalog", "ingest", file, "--mapping", mapping, "--influx", server.Require(), "--database", client.Connection.Database];

        // When
        var first = await GeoanomalyProcess.RunAsync(args);
        long afterFirst = await CountAsync(client);
        var second = await GeoanomalyProcess.RunAsync(args);
        long afterSecond = await CountAsync(client);

        // Then
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(28465, rows);
        Assert.Equal(rows, afterFirst);
        Assert.Equal(afterFirst, afterSecond);
    }

    /// Catalog ingest: a QuakeML export goes in filtered, with its event ids, under the source the analyst names.
    [Fact]
    public async Task A_filtered_QuakeML_catalog_is_written_with_event_ids_under_its_source()
    {
        // Given
        using var client = await server.NewDatabaseAsync("quake-quakeml");
        string file = SharedData.Path("catalogs", "quakeml-usgs-comcat-2009", "sample.quakeml");

        // When
        var result = await GeoanomalyProcess.RunAsync("catalog", "ingest", file, "--min-magnitude", "4", "--source", "comcat-2009", "--influx", server.Require(), "--database", client.Connection.Database);

        // Then
        Assert.True(result.ExitCode == 0, result.ToString());
        long kept = long.Parse(result.Output.Split(", ")[2].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(kept is > 0 and < 270, result.Output);
        Assert.Equal(kept, await CountAsync(client, "WHERE \"source\" = 'comcat-2009' AND \"mag\" >= 4"));
        Assert.Equal(kept, await CountAsync(client, "WHERE \"event_id\" =~ /./"));
    }

    /// Catalog ingest: a malformed row stops the ingest with file, line and column, and nothing is written.
    [Fact]
    public async Task A_malformed_row_is_reported_by_line_and_column_and_nothing_is_written()
    {
        // Given
        using var client = await server.NewDatabaseAsync("quake-malformed");
        string file = Path.Combine(_folder, "junk.dat");
        await File.WriteAllLinesAsync(file, ["7.28 46.29 1990 10 19 1.2 3.0 19 4", "7.46 46.40 1990 10 32 2.5 1.0 1 26"], TestContext.Current.CancellationToken);

        // When
        var result = await GeoanomalyProcess.RunAsync("catalog", "ingest", file, "--influx", server.Require(), "--database", client.Connection.Database);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:2: column #5: day 32", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(client));
    }

    /// Catalog ingest: what goes into ga_quake reads back as the same events (times, epicentres, depths, magnitudes, ids), in time order.
    [Fact]
    public async Task An_ingested_QuakeML_catalog_reads_back_with_the_same_values()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("quake-roundtrip");
        string file = SharedData.Path("catalogs", "quakeml-usgs-comcat-2009", "sample.quakeml");
        var expected = CatalogReader.Read(file, null, null, skipBadRows: false, cancellationToken: ct).Catalog.Events;
        var ingest = await GeoanomalyProcess.RunAsync("catalog", "ingest", file, "--source", "comcat", "--influx", server.Require(), "--database", client.Connection.Database);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        // When
        var all = await QuakeReader.ReadAsync(client, new GaSchema(), "comcat", null, null, ct);
        var middle = expected[expected.Count / 2].Time;
        var before = await QuakeReader.ReadAsync(client, new GaSchema(), null, null, middle, ct);
        var summary = await GeoanomalyProcess.RunAsync("catalog", "summary", "--influx", server.Require(), "--database", client.Connection.Database, "--min-magnitude", "4");

        // Then
        Assert.Equal(expected.Count, all.Count);
        Assert.Equal(expected.Select(e => e with { MagnitudeType = null }), all.Events);
        Assert.Equal(expected.Count(e => e.Time < middle), before.Count);
        Assert.Contains("source 'comcat'", all.Source, StringComparison.Ordinal);
        Assert.True(summary.ExitCode == 0, summary.ToString());
        Assert.Contains($"events: {expected.Count(e => e.Magnitude >= 4)} (read {expected.Count},", summary.Output, StringComparison.Ordinal);
    }

    /// Catalog ingest: with `--prefix`, GeoAnomaly's measurements take that prefix (a second network's results beside the first's), and reading back with the same prefix finds them.
    [Fact]
    public async Task A_measurement_prefix_names_what_is_written_and_read_back()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("quake-prefix");
        string file = SharedData.Path("catalogs", "quakeml-usgs-comcat-2009", "sample.quakeml");
        int count = CatalogReader.Read(file, null, null, skipBadRows: false, cancellationToken: ct).Catalog.Events.Count;
        string[] db = ["--influx", server.Require(), "--database", client.Connection.Database, "--prefix", "net2_"];

        // When
        var ingest = await GeoanomalyProcess.RunAsync(["catalog", "ingest", file, .. db]);
        var summary = await GeoanomalyProcess.RunAsync(["catalog", "summary", .. db]);
        var prefixed = await QuakeReader.ReadAsync(client, new GaSchema { Prefix = "net2_" }, null, null, null, ct);
        long unprefixed = await CountAsync(client);

        // Then
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(summary.ExitCode == 0, summary.ToString());
        Assert.Equal(count, prefixed.Count);
        Assert.Equal(0, unprefixed);
        Assert.Contains($"(read {count},", summary.Output, StringComparison.Ordinal);
    }

    private static async Task<long> CountAsync(InfluxClient client, string where = "")
    {
        long total = 0;
        await foreach (var series in client.QueryAsync($"SELECT COUNT(\"mag\") FROM \"ga_quake\" {where}", ct: TestContext.Current.CancellationToken))
        {
            foreach (var row in series.Rows)
            {
                total += row[1].GetInt64();
            }
        }

        return total;
    }
}
