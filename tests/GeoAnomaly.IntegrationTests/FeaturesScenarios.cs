using System.Globalization;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary><c>geoanomaly features</c> with the anomaly events 'detect' wrote to a real InfluxDB.</summary>
public sealed class FeaturesScenarios(InfluxServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-features-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Forecast features: anomaly events are read from ga_anomaly when no events file is given; an event at a station
    /// within the radius counts for the cell, and an event that ends after the issue time does not.
    [Fact]
    public async Task Anomaly_features_read_ga_anomaly_from_InfluxDB()
    {
        // Given: one ZMAP event; station NEAR inside cell 46_7; in ga_anomaly an event ended on 2000-02-12 and one that
        // starts at the issue time 2000-02-15
        using var client = await server.NewDatabaseAsync("features");
        string catalog = Path.Combine(_folder, "junk.dat");
        await File.WriteAllLinesAsync(catalog, ["7.46 46.40 2000 2 10 4.2 1.0 1 26"], TestContext.Current.CancellationToken);
        string stations = Path.Combine(_folder, "stations.csv");
        await File.WriteAllLinesAsync(stations, ["network,station,lat,lon,elevation,channel,kind,units", "XX,NEAR,46.5,8.5,0,wl,fluid,m"], TestContext.Current.CancellationToken);
        await client.WriteAsync([Point(new DateTimeOffset(2000, 2, 12, 0, 0, 0, TimeSpan.Zero), 0.9999), Point(new DateTimeOffset(2000, 2, 15, 0, 0, 0, TimeSpan.Zero), 0.99999)],
            TestContext.Current.CancellationToken);
        string output = Path.Combine(_folder, "dataset.csv");

        // When
        var result = await GeoanomalyProcess.RunAsync("features", catalog, "--grid", "44,48,7,9,2", "--issue-from", "2000-02-15", "--issue-to", "2000-02-16",
            "--target-magnitude", "4", "--stations", stations, "--influx", server.Require(), "--database", client.Connection.Database, "--out", output);

        // Then
        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        var rows = lines.Skip(1).Select(l => lines[0].Split(',').Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToDictionary(r => r["cell"]);
        Assert.Equal(("0", "1"), (rows["44_7"]["anomaly_count_7d"], rows["46_7"]["anomaly_count_7d"]));
        Assert.Equal("0.9999", rows["46_7"]["anomaly_peak_7d"]);
        Assert.Equal("1", rows["46_7"]["anomaly_count_spectral-residual_7d"]);
    }

    /// Forecast features: a catalog ingested into ga_quake gives, read back with --influx and no file, the same dataset
    /// as the file itself (the real global catalog cut to Japan: day-resolution times, many events sharing a day).
    [Fact]
    public async Task The_catalog_read_from_ga_quake_gives_the_same_dataset_as_the_file()
    {
        // Given: the Japan events of the global catalog ingested under source 'global'
        using var client = await server.NewDatabaseAsync("features-quake");
        string file = SharedData.Path("catalogs", "global-1976-2013", "catalog.csv");
        string mapping = Path.Combine(PluginFixtures.RepoRoot, "samples", "catalogs", "pycsep-global-1976-2013.json");
        string[] influx = ["--influx", server.Require(), "--database", client.Connection.Database];
        var ingest = await GeoanomalyProcess.RunAsync(["catalog", "ingest", file, "--mapping", mapping, "--bbox", "128,30,148,46", "--source", "global", .. influx]);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        string[] features = ["--bbox", "128,30,148,46", "--grid", "30,46,128,148,4", "--issue-from", "1990-01-01", "--issue-to", "2013-01-01", "--issue-step-days", "30",
            "--target-magnitude", "6.5", "--bin-width", "0", "--indicator-events", "20"];
        string fromFile = Path.Combine(_folder, "file.csv");
        string fromInflux = Path.Combine(_folder, "influx.csv");

        // When
        var a = await GeoanomalyProcess.RunAsync(["features", file, "--mapping", mapping, .. features, "--out", fromFile]);
        var b = await GeoanomalyProcess.RunAsync(["features", .. features, "--quake-source", "global", .. influx, "--out", fromInflux]);

        // Then
        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.True(b.ExitCode == 0, b.ToString());
        string[] expected = await File.ReadAllLinesAsync(fromFile, TestContext.Current.CancellationToken);
        Assert.True(expected.Length > 1000, $"{expected.Length} rows");
        Assert.Equal(expected, await File.ReadAllLinesAsync(fromInflux, TestContext.Current.CancellationToken));
        Assert.Equal(a.Output.Split(" events ")[0], b.Output.Split(" events ")[0]); // same row and event counts
    }

    /// Forecast features: with --influx and no catalog file, an empty ga_quake is an error naming server, database and
    /// measurement; a database holding two catalogs needs --quake-source.
    [Fact]
    public async Task An_empty_ga_quake_or_two_unnamed_sources_are_errors_naming_where()
    {
        // Given
        using var client = await server.NewDatabaseAsync("features-noquake");
        string[] args = ["features", "--grid", "30,46,128,148,4", "--issue-from", "2000-01-01", "--issue-to", "2000-02-01",
            "--influx", server.Require(), "--database", client.Connection.Database, "--out", Path.Combine(_folder, "d.csv")];

        // When
        var empty = await GeoanomalyProcess.RunAsync(args);
        await client.WriteAsync(["ga_quake,source=a mag=5,lat=35,lon=140 946684800000000000", "ga_quake,source=b mag=6,lat=36,lon=141 946684800000000000"],
            TestContext.Current.CancellationToken);
        var two = await GeoanomalyProcess.RunAsync(args);
        var named = await GeoanomalyProcess.RunAsync([.. args, "--quake-source", "b"]);

        // Then
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains($"{server.Require()} database '{client.Connection.Database}' measurement 'ga_quake'", empty.Error, StringComparison.Ordinal);
        Assert.Contains("no earthquakes", empty.Error, StringComparison.Ordinal);
        Assert.Equal(1, two.ExitCode);
        Assert.Contains("2 sources (a, b)", two.Error, StringComparison.Ordinal);
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Contains("from 1 events", named.Output, StringComparison.Ordinal);
    }

    private static string Point(DateTimeOffset start, double score) => string.Create(CultureInfo.InvariantCulture,
        $"ga_anomaly,channel=wl,detector=spectral-residual,kind=fluid,network=XX,station=NEAR duration_s=600,end={start.AddMinutes(10).ToUnixTimeSeconds()}i,raw_score=3.2,score={score},type=\"spike\" {start.ToUnixTimeMilliseconds() * 1_000_000}");
}
