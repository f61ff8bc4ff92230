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

    private static string Point(DateTimeOffset start, double score) => string.Create(CultureInfo.InvariantCulture,
        $"ga_anomaly,channel=wl,detector=spectral-residual,kind=fluid,network=XX,station=NEAR duration_s=600,end={start.AddMinutes(10).ToUnixTimeSeconds()}i,raw_score=3.2,score={score},type=\"spike\" {start.ToUnixTimeMilliseconds() * 1_000_000}");
}
