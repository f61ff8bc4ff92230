using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>The demo runs the whole job on a synthetic network, on files and through a real InfluxDB.</summary>
public sealed class DemoScenarios(InfluxServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-demo-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Demo: on files and through InfluxDB the same network gives the same events, and InfluxDB holds every one of them.
    [Fact]
    public async Task Files_and_InfluxDB_give_the_same_events_and_the_events_reach_ga_anomaly()
    {
        // Given
        using var client = await server.NewDatabaseAsync("demo");
        string onFiles = Path.Combine(_folder, "files");
        string throughInflux = Path.Combine(_folder, "influx");
        string[] common = ["demo", "--plugins", PluginFixtures.SamplePluginRoot, "--stations", "3", "--days", "4", "--seed", "7"];

        // When
        var files = await GeoanomalyProcess.RunAsync([.. common, "--out", onFiles]);
        var influx = await GeoanomalyProcess.RunAsync([.. common, "--out", throughInflux, "--influx", server.Require(), "--database", client.Connection.Database]);

        // Then
        Assert.True(files.ExitCode == 0, files.ToString());
        Assert.True(influx.ExitCode == 0, influx.ToString());
        var fileEvents = EventCsvReader.Read(Path.Combine(onFiles, "events.csv")).Select(r => r.Event with { Details = new Dictionary<string, string>() }).ToList();
        var influxEvents = EventCsvReader.Read(Path.Combine(throughInflux, "events.csv")).Select(r => r.Event with { Details = new Dictionary<string, string>() }).ToList();
        Assert.NotEmpty(fileEvents);
        Assert.Equal(fileEvents.Select(e => (e.Channel, e.Start, e.End, e.RawScore)), influxEvents.Select(e => (e.Channel, e.Start, e.End, e.RawScore)));
        long stored = 0;
        await foreach (var series in client.QueryAsync("SELECT COUNT(\"score\") FROM \"ga_anomaly\"", ct: TestContext.Current.CancellationToken))
        {
            stored += series.Rows.Sum(r => r[1].GetInt64());
        }

        Assert.Equal(influxEvents.Count, stored);
        Assert.Contains("robust-zscore", files.Output, StringComparison.Ordinal);
    }

    /// Demo: without any detector plugin the demo still generates, reads back and says how to add detectors.
    [Fact]
    public async Task Without_plugins_the_demo_still_runs_and_says_how_to_add_detectors()
    {
        // When
        var result = await GeoanomalyProcess.RunAsync("demo", "--out", _folder, "--stations", "2", "--days", "2");

        // Then
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("no detector plugins loaded", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "network", "labels.csv")));
        Assert.NotEmpty(LabelCsv.Read(Path.Combine(_folder, "network", "labels.csv")));
    }
}
