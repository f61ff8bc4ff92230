using System.Globalization;
using System.Text.RegularExpressions;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>Analysts screen a station with <c>geoanomaly detect</c> (run as a process) on files and through a real InfluxDB.</summary>
public sealed partial class DetectScenarios(InfluxServer server) : IDisposable
{
    private const string Detectors = """
        {
          "*": {
            "detectors": [ { "name": "robust-zscore", "options": { "windowSize": 120 } } ],
            "events": { "threshold": 0.9999, "mergeGap": "10min", "minDuration": 1 },
            "calibration": { "referenceDays": 1 }
          }
        }
        """;

    private static readonly DateTime s_start = new(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-detect-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Screening: running detect on the same files twice writes byte-identical events, calibration and scores.
    [Fact]
    public async Task Detect_on_files_twice_gives_identical_files()
    {
        // Given
        string file = WriteStation();
        string first = Path.Combine(_folder, "first");
        string second = Path.Combine(_folder, "second");

        // When
        var a = await DetectFilesAsync(file, first);
        var b = await DetectFilesAsync(file, second);

        // Then
        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.True(b.ExitCode == 0, b.ToString());
        Assert.NotEmpty(EventCsvReader.Read(Path.Combine(first, "events.csv")));
        foreach (string relative in new[] { "events.csv", "calibration.csv", Path.Combine("scores", "XX.STA1.tilt.robust-zscore.csv") })
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, relative), TestContext.Current.CancellationToken),
                await File.ReadAllBytesAsync(Path.Combine(second, relative), TestContext.Current.CancellationToken));
        }
    }

    /// Screening: running detect from InfluxDB into InfluxDB twice leaves the same ga_anomaly and ga_score points.
    [Fact]
    public async Task Detect_from_InfluxDB_to_InfluxDB_twice_leaves_the_same_points()
    {
        // Given
        using var client = await server.NewDatabaseAsync("detect");
        string file = WriteStation();
        var ingest = await IngestAsync(file, client);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        // When
        var first = await DetectInfluxAsync(client);
        long anomaliesAfterFirst = await CountAsync(client, "ga_anomaly", "score");
        long scoresAfterFirst = await CountAsync(client, "ga_score", "raw_score");
        var second = await DetectInfluxAsync(client);

        // Then
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(anomaliesAfterFirst > 0, first.ToString());
        Assert.True(scoresAfterFirst > 0, first.ToString());
        Assert.Equal(Written(first), anomaliesAfterFirst);
        Assert.Equal(anomaliesAfterFirst, await CountAsync(client, "ga_anomaly", "score"));
        Assert.Equal(scoresAfterFirst, await CountAsync(client, "ga_score", "raw_score"));
    }

    /// Screening: the same station gives the same events whether it is read from its file or from InfluxDB after ingest.
    [Fact]
    public async Task Files_and_InfluxDB_give_the_same_events()
    {
        // Given
        using var client = await server.NewDatabaseAsync("detectsame");
        string file = WriteStation();
        string fromFiles = Path.Combine(_folder, "files");
        string fromInflux = Path.Combine(_folder, "influx");
        var ingest = await IngestAsync(file, client);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        // When
        var files = await DetectFilesAsync(file, fromFiles);
        var influx = await DetectInfluxAsync(client, "--out", fromInflux);

        // Then
        Assert.True(files.ExitCode == 0, files.ToString());
        Assert.True(influx.ExitCode == 0, influx.ToString());
        var expected = EventCsvReader.Read(Path.Combine(fromFiles, "events.csv"));
        var actual = EventCsvReader.Read(Path.Combine(fromInflux, "events.csv"));
        Assert.Contains(expected, r => r.Event.Kind == Sdk.AnomalyKind.Spike);
        Assert.Contains(expected, r => r.Event.Kind == Sdk.AnomalyKind.LevelShift);
        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
    }

    /// Screening: a plugin that fails on one station is named with the station, exit code 1, and every other channel is screened.
    [Fact]
    public async Task A_plugin_failing_on_one_station_is_reported_and_the_other_station_is_screened()
    {
        // Given
        string plugins = Path.Combine(_folder, "plugins");
        PluginFixtures.CopyInto(PluginFixtures.Throwing, plugins);
        string good = WriteStation("STA1");
        string bad = WriteStation("BAD");
        string output = Path.Combine(_folder, "out");

        // When
        var result = await GeoanomalyProcess.RunAsync(
            "detect", good, bad, "--plugins", plugins, "--plugins", PluginFixtures.SamplePluginRoot, "--file-kind", "deformation",
            "--detectors", """["throwing", { "name": "robust-zscore", "options": { "windowSize": 120 } }]""", "--out", output);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: plugin GeoAnomaly.Fixtures.ThrowingPlugin, detector throwing, channel XX.BAD.tilt: fixture failure on XX.BAD.tilt", result.Error, StringComparison.Ordinal);
        var events = EventCsvReader.Read(Path.Combine(output, "events.csv"));
        Assert.Contains(events, r => r.Event.Channel.Station == "STA1" && r.Event.Detector == "throwing");
        Assert.Contains(events, r => r.Event.Channel.Station == "BAD" && r.Event.Detector == "robust-zscore");
        Assert.DoesNotContain(events, r => r.Event.Channel.Station == "BAD" && r.Event.Detector == "throwing");
    }

    /// Screening: a station list whose file column names the files is enough; its kinds and units apply.
    [Fact]
    public async Task Detect_with_only_a_station_list_screens_the_files_it_names()
    {
        // Given: the list sits beside the station file and names it relatively
        string file = WriteStation();
        string list = Path.Combine(_folder, "stations.csv");
        await File.WriteAllLinesAsync(list,
        [
            "network,station,lat,lon,elevation,channel,kind,units,file",
            $"XX,STA1,35.1,139.2,40,tilt,deformation,urad,{Path.GetFileName(file)}",
            $"XX,STA1,35.1,139.2,40,wl,fluid,m,{Path.GetFileName(file)}",
        ], TestContext.Current.CancellationToken);
        string output = Path.Combine(_folder, "listed");

        // When
        var result = await GeoanomalyProcess.RunAsync("detect", "--stations", list, "--plugins", PluginFixtures.SamplePluginRoot, "--detectors", Detectors, "--out", output);

        // Then: both channels screened with the list's kinds; the tilt spike at minute 2000 is an event
        Assert.True(result.ExitCode == 0, result.ToString());
        var events = EventCsvReader.Read(Path.Combine(output, "events.csv"));
        Assert.Contains(events, r => r.Event.Channel.Channel == "tilt" && r.ChannelKind == Sdk.ChannelKind.Deformation
            && r.Event.Start <= new DateTimeOffset(s_start.AddMinutes(2000)) && r.Event.End > new DateTimeOffset(s_start.AddMinutes(2000)));
        Assert.Contains("screened 2 of 2 channel(s)", result.Output, StringComparison.Ordinal);
    }

    /// Preprocessing: a chain configured for a kind runs before the detectors on data read from InfluxDB; the cleaned
    /// series reaches ga_clean (one point per cleaned sample, the same values as the clean/ file) and the spike the
    /// despiker removed is no longer screened as an event.
    [Fact]
    public async Task A_chain_from_InfluxDB_writes_ga_clean_and_its_despiked_spike_is_not_an_event()
    {
        // Given: tilt with a 15-sigma spike at minute 2000 and a level shift at minute 3500
        using var client = await server.NewDatabaseAsync("detectchain");
        string file = WriteStation();
        var ingest = await IngestAsync(file, client);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        const string chained = """
            {
              "*": {
                "preprocess": [ { "name": "despike", "options": { "halfWidth": 10, "nSigma": 5 } }, "detrend-entire" ],
                "detectors": [ { "name": "robust-zscore", "options": { "windowSize": 120 } } ],
                "events": { "threshold": 0.9999, "mergeGap": "10min", "minDuration": 1 },
                "calibration": { "referenceDays": 1 }
              }
            }
            """;
        string output = Path.Combine(_folder, "chained");

        // When
        var result = await GeoanomalyProcess.RunAsync([
            "detect", "--influx", client.Url, "--database", client.Connection.Database, "--plugins", PluginFixtures.SamplePluginRoot,
            "--plugins", PluginFixtures.BuiltInPluginsRoot, "--from", Time(s_start), "--to", Time(s_start.AddDays(3)), "--detectors", chained,
            "--out", output]);

        // Then
        Assert.True(result.ExitCode == 0, result.ToString());
        var cleanFile = Path.Combine(output, "clean", "XX.STA1.tilt.csv");
        var cleaned = File.ReadLines(cleanFile).Skip(1).Select(line => line.Split(','))
            .Where(cells => cells[1].Length > 0)
            .ToDictionary(cells => DateTimeOffset.Parse(cells[0], CultureInfo.InvariantCulture).ToUnixTimeSeconds(), cells => double.Parse(cells[1], CultureInfo.InvariantCulture));
        Assert.True(cleaned.Count > 4000, $"{cleaned.Count} cleaned tilt samples");
        var stored = new Dictionary<long, double>();
        await foreach (var series in client.QueryAsync("SELECT \"value\" FROM \"ga_clean\" WHERE \"channel\" = 'tilt'", ct: TestContext.Current.CancellationToken))
        {
            foreach (var row in series.Rows)
            {
                stored[row[0].GetInt64() / 1_000_000_000] = row[1].GetDouble(); // times come as Unix nanoseconds
            }
        }

        Assert.Equal(cleaned.Count, stored.Count);
        Assert.All(cleaned, pair => Assert.Equal(pair.Value, stored[pair.Key], 9));
        var spike = new DateTimeOffset(s_start.AddMinutes(2000));
        Assert.True(Math.Abs(cleaned[spike.ToUnixTimeSeconds()]) < 5, $"the despiked value at the spike is {cleaned[spike.ToUnixTimeSeconds()]}");
        var events = EventCsvReader.Read(Path.Combine(output, "events.csv")).Where(r => r.Event.Channel.Channel == "tilt").ToList();
        Assert.DoesNotContain(events, r => r.Event.Start <= spike && r.Event.End > spike);
        Assert.Contains(events, r => r.Event.Kind == Sdk.AnomalyKind.LevelShift);
    }

    private static string Describe(EventRow row)
    {
        var e = row.Event;
        return $"{e.Channel} {row.ChannelKind} {e.Detector} {e.Start:O} {e.End:O} {e.Score:R} {e.RawScore:R} {e.Kind} {DetailsText.Format(e.Details)}";
    }

    private static Task<ProcessResult> IngestAsync(string file, InfluxClient client) =>
        GeoanomalyProcess.RunAsync("ingest", file, "--influx", client.Url, "--database", client.Connection.Database, "--kind", "deformation");

    private static Task<ProcessResult> DetectFilesAsync(string file, string output) =>
        GeoanomalyProcess.RunAsync("detect", file, "--plugins", PluginFixtures.SamplePluginRoot, "--file-kind", "deformation", "--detectors", Detectors, "--out", output);

    private static Task<ProcessResult> DetectInfluxAsync(InfluxClient client, params string[] more) =>
        GeoanomalyProcess.RunAsync([
            "detect", "--influx", client.Url, "--database", client.Connection.Database, "--plugins", PluginFixtures.SamplePluginRoot,
            "--from", Time(s_start), "--to", Time(s_start.AddDays(3)), "--detectors", Detectors, .. more]);

    /// <summary>Three days of minute data for station STA1: tilt (unit noise, a spike on day 2, a level shift on day 3) and wl (noise that grows four-fold on day 3), a few blanks.</summary>
    private string WriteStation(string station = "STA1")
    {
        var random = new Random(21);
        var lines = new List<string> { "time,tilt,wl" };
        for (int i = 0; i < 3 * 1440; i++)
        {
            double tilt = Noise(random) + (i == 2000 ? 15 : 0) + (i >= 3500 ? 10 : 0);
            double wl = Noise(random) * (i >= 3800 ? 4 : 1);
            string tiltText = i % 997 == 500 ? "" : tilt.ToString("R", CultureInfo.InvariantCulture);
            lines.Add($"{Time(s_start.AddMinutes(i))},{tiltText},{wl.ToString("R", CultureInfo.InvariantCulture)}");
        }

        string path = Path.Combine(_folder, station + ".csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static double Noise(Random random) =>
        Math.Clamp(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()), -3, 3);

    private static string Time(DateTime time) => time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static long Written(ProcessResult result)
    {
        var match = WrittenPattern().Match(result.Output);
        Assert.True(match.Success, result.ToString());
        return long.Parse(match.Groups["events"].Value, CultureInfo.InvariantCulture);
    }

    private static async Task<long> CountAsync(InfluxClient client, string measurement, string field)
    {
        long total = 0;
        await foreach (var series in client.QueryAsync($"SELECT COUNT(\"{field}\") FROM \"{measurement}\"", ct: TestContext.Current.CancellationToken))
        {
            total += series.Rows.Sum(r => r[1].GetInt64());
        }

        return total;
    }

    [GeneratedRegex(@"wrote (?<events>\d+) point\(s\) to ga_anomaly")]
    private static partial Regex WrittenPattern();
}
