using GeoAnomaly.Cli.Tests.Support;
using GeoAnomaly.Host.Catalogs.Features;

namespace GeoAnomaly.Cli.Tests.Commands;

public sealed class FeaturesCommandTests : IDisposable
{
    // ZMAP rows: lon lat year month day mag depth hour minute. Two events in cell 46_7 (46..47 N, 7..8 E): an M2.5 in
    // January 2000 and an M4.2 on 2000-02-10; one in cell 45_7.
    private static readonly string[] s_zmap =
    [
        "7.28 46.29 2000 1 5 2.5 3.0 19 4",
        "7.46 46.40 2000 2 10 4.2 1.0 1 26",
        "7.38 45.92 2000 1 23 3.1 8.5 9 29",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("ga-features-").FullName;
    private readonly CommandTester _tester = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_dataset_has_a_row_per_cell_and_issue_time_with_labels_per_horizon_and_a_summary()
    {
        // Given
        string catalog = Path.Combine(_folder, "junk.dat");
        await File.WriteAllLinesAsync(catalog, s_zmap, TestContext.Current.CancellationToken);
        string output = Path.Combine(_folder, "dataset.csv");

        // When: 2 cells, issues on 2000-02-01 and 02-08, horizons 7 and 30 days, Mth 4
        var result = await _tester.RunAsync("features", catalog, "--grid", "45,47,7,8,1", "--issue-from", "2000-02-01", "--issue-to", "2000-02-15",
            "--horizons", "7,30", "--target-magnitude", "4", "--out", output, "--summary");

        // Then
        Assert.Equal(0, result.ExitCode);
        string[] lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("cell,cell_lat_deg,cell_lon_deg,issue_time_utc,pa_t [day],", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",label_7d,first_target_7d_utc,label_30d,first_target_30d_utc", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",0,,1,2000-02-10T01:26:00.000Z", lines[3], StringComparison.Ordinal); // 46_7 on 02-01: not within 7 days, within 30
        Assert.EndsWith(",1,2000-02-10T01:26:00.000Z,1,2000-02-10T01:26:00.000Z", lines[4], StringComparison.Ordinal);
        Assert.Contains("features: 4 rows (2 cells x 2 issue times) from 3 events", result.Output, StringComparison.Ordinal);
        Assert.Contains("30 days: 2 positive of 4 (50 %)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declustered_dataset_records_its_declustering_in_the_provenance_file()
    {
        // Given: an M 5.5 mainshock with five M 3 aftershocks within 5 km and 10 days, and one event 150 km away
        string catalog = Path.Combine(_folder, "cluster.dat");
        await File.WriteAllLinesAsync(catalog,
        [
            "7.46 46.40 2000 1 10 5.5 10 12 0",
            "7.47 46.41 2000 1 11 3.0 10 1 0",
            "7.45 46.42 2000 1 12 3.1 10 2 0",
            "7.48 46.39 2000 1 14 3.0 10 3 0",
            "7.44 46.38 2000 1 17 3.2 10 4 0",
            "7.46 46.43 2000 1 20 3.0 10 5 0",
            "9.40 46.40 2000 1 15 3.5 10 6 0",
        ], TestContext.Current.CancellationToken);
        string output = Path.Combine(_folder, "dataset.csv");
        string[] common = ["features", catalog, "--grid", "45,47,7,10,1", "--issue-from", "2000-02-01", "--issue-to", "2000-02-02", "--horizons", "30", "--out", output];

        // When
        var declustered = await _tester.RunAsync([.. common, "--decluster", "gardner-knopoff"]);
        var provenance = DatasetProvenance.TryRead(output);
        var bad = await _tester.RunAsync([.. common, "--decluster", "zaliapin"]);

        // Then
        Assert.True(declustered.ExitCode == 0, declustered.Error);
        Assert.Contains("declustered by Gardner-Knopoff (1974): 2 of 7 events kept", declustered.Output, StringComparison.Ordinal);
        Assert.NotNull(provenance);
        Assert.Equal(DeclusterMethod.GardnerKnopoff, provenance.Declustering);
        Assert.Equal((7, 2), (provenance.EventsRead, provenance.EventsUsed));
        Assert.Equal(catalog, provenance.Catalog);
        Assert.Contains("declustered by Gardner-Knopoff (1974) (2 of 7 events kept)", provenance.CatalogText(), StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--decluster: must be none, gardner-knopoff or reasenberg, got 'zaliapin'", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sparse_cells_get_indicators_with_a_smaller_event_count()
    {
        // Given
        string catalog = Path.Combine(_folder, "junk.dat");
        await File.WriteAllLinesAsync(catalog, s_zmap, TestContext.Current.CancellationToken);
        string output = Path.Combine(_folder, "dataset.csv");

        // When: n = 2; on 2000-02-15 cell 46_7 has two past events, M2.5 and M4.2
        var result = await _tester.RunAsync("features", catalog, "--grid", "46,47,7,8,1", "--issue-from", "2000-02-15", "--issue-to", "2000-02-16",
            "--indicator-events", "2", "--out", output);

        // Then: the mean magnitude of the last two events is (2.5 + 4.2) / 2
        Assert.Equal(0, result.ExitCode);
        string[] lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        var row = lines[0].Split(',').Zip(lines[1].Split(',')).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(3.35, double.Parse(row["pa_mean_mag [magnitude]"], System.Globalization.CultureInfo.InvariantCulture), 9);
        var bad = await _tester.RunAsync("features", catalog, "--grid", "46,47,7,8,1", "--issue-from", "2000-02-15", "--issue-to", "2000-02-16",
            "--indicator-events", "0", "--out", output);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--indicator-events: event-count: must be ≥ 2, got 0", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anomaly_events_count_for_the_cells_within_the_radius_and_each_cells_stations_are_listed()
    {
        // Given: station NEAR (46.5 N, 8.5 E) lies in cell 46_7 and 0.5 degrees (56 km) north of cell 44_7, beyond the M4
        // Dobrovolsky radius of 52 km; an anomaly there ended on 2000-02-12
        string catalog = Path.Combine(_folder, "junk.dat");
        await File.WriteAllLinesAsync(catalog, s_zmap, TestContext.Current.CancellationToken);
        string stations = Path.Combine(_folder, "stations.csv");
        await File.WriteAllLinesAsync(stations, ["network,station,lat,lon,elevation,channel,kind,units", "XX,NEAR,46.5,8.5,0,wl,fluid,m"], TestContext.Current.CancellationToken);
        string events = Path.Combine(_folder, "events.csv");
        await File.WriteAllLinesAsync(events,
        [
            "network,station,channel,kind,detector,start,end,duration_s,score,raw_score,type,details",
            "XX,NEAR,wl,fluid,spectral-residual,2000-02-12T00:00:00Z,2000-02-12T00:10:00Z,600,0.9999,3.2,spike,",
        ], TestContext.Current.CancellationToken);
        string output = Path.Combine(_folder, "dataset.csv");

        // When: cells 44_7 and 46_7 (2-degree grid), issue on 2000-02-15, Mth 4
        var result = await _tester.RunAsync("features", catalog, "--grid", "44,48,7,9,2", "--issue-from", "2000-02-15", "--issue-to", "2000-02-16",
            "--target-magnitude", "4", "--events", events, "--stations", stations, "--out", output);

        // Then
        Assert.Equal(0, result.ExitCode);
        string[] lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        var rows = lines.Skip(1).Select(l => lines[0].Split(',').Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToDictionary(r => r["cell"]);
        Assert.Equal(("0", "1"), (rows["44_7"]["anomaly_count_7d"], rows["46_7"]["anomaly_count_7d"]));
        Assert.Equal("0.9999", rows["46_7"]["anomaly_peak_fluid_7d"]);
        Assert.Equal(["cell,station", "46_7,XX.NEAR"], await File.ReadAllLinesAsync(Path.Combine(_folder, "dataset.stations.csv"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Events_reviewed_as_interference_do_not_count_and_the_provenance_says_so()
    {
        // Given: two anomalies at station NEAR before the issue time; the first was reviewed as interference (rain)
        string catalog = Path.Combine(_folder, "junk.dat");
        await File.WriteAllLinesAsync(catalog, s_zmap, TestContext.Current.CancellationToken);
        string stations = Path.Combine(_folder, "stations.csv");
        await File.WriteAllLinesAsync(stations, ["network,station,lat,lon,elevation,channel,kind,units", "XX,NEAR,46.5,8.5,0,wl,fluid,m"], TestContext.Current.CancellationToken);
        string events = Path.Combine(_folder, "events.csv");
        await File.WriteAllLinesAsync(events,
        [
            "network,station,channel,kind,detector,start,end,duration_s,score,raw_score,type,details",
            "XX,NEAR,wl,fluid,spectral-residual,2000-02-11T00:00:00Z,2000-02-11T00:10:00Z,600,0.99995,3.9,spike,",
            "XX,NEAR,wl,fluid,spectral-residual,2000-02-12T00:00:00Z,2000-02-12T00:10:00Z,600,0.9999,3.2,spike,",
        ], TestContext.Current.CancellationToken);
        string reviews = Path.Combine(_folder, "reviews.csv");
        var record = await _tester.RunAsync("review", "record", "--network", "XX", "--station", "NEAR", "--channel", "wl", "--detector", "spectral-residual",
            "--start", "2000-02-11T00:00:00Z", "--verdict", "interference", "--cause", "rain", "--analyst", "akiko", "--reviews", reviews, "--events", events);
        Assert.Equal(0, record.ExitCode);
        string[] args = ["features", catalog, "--grid", "44,48,7,9,2", "--issue-from", "2000-02-15", "--issue-to", "2000-02-16",
            "--target-magnitude", "4", "--events", events, "--stations", stations];

        // When
        var all = await _tester.RunAsync([.. args, "--out", Path.Combine(_folder, "all.csv")]);
        var reviewed = await _tester.RunAsync([.. args, "--reviews", reviews, "--out", Path.Combine(_folder, "reviewed.csv")]);

        // Then: the interference event no longer counts, and no longer sets the peak score
        Assert.Equal((0, 0), (all.ExitCode, reviewed.ExitCode));
        var before = await Cell46Async("all.csv");
        var after = await Cell46Async("reviewed.csv");
        Assert.Equal(("2", "0.99995"), (before["anomaly_count_7d"], before["anomaly_peak_fluid_7d"]));
        Assert.Equal(("1", "0.9999"), (after["anomaly_count_7d"], after["anomaly_peak_fluid_7d"]));
        var provenance = DatasetProvenance.TryRead(Path.Combine(_folder, "reviewed.csv"))!;
        Assert.Equal($"{reviews}: events whose latest verdict is interference excluded (1 of 2 events; 1 reviewed)", provenance.Reviews);
        Assert.Null(DatasetProvenance.TryRead(Path.Combine(_folder, "all.csv"))!.Reviews);
    }

    private async Task<Dictionary<string, string>> Cell46Async(string file)
    {
        string[] lines = await File.ReadAllLinesAsync(Path.Combine(_folder, file), TestContext.Current.CancellationToken);
        return lines.Skip(1).Select(l => lines[0].Split(',').Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).Single(r => r["cell"] == "46_7");
    }

    [Fact]
    public async Task Named_GeoJSON_regions_are_cells_too()
    {
        // Given: "north" covers 46..47 N, "south" 45..46 N, both 7..8 E
        string catalog = Path.Combine(_folder, "junk.dat");
        await File.WriteAllLinesAsync(catalog, s_zmap, TestContext.Current.CancellationToken);
        string cells = Path.Combine(_folder, "cells.geojson");
        await File.WriteAllTextAsync(cells, """
            { "type": "FeatureCollection", "features": [
              { "type": "Feature", "properties": { "name": "north" }, "geometry": { "type": "Polygon", "coordinates": [[[7, 46], [8, 46], [8, 47], [7, 47], [7, 46]]] } },
              { "type": "Feature", "properties": { "name": "south" }, "geometry": { "type": "Polygon", "coordinates": [[[7, 45], [8, 45], [8, 46], [7, 46], [7, 45]]] } } ] }
            """, TestContext.Current.CancellationToken);
        string output = Path.Combine(_folder, "dataset.csv");

        // When
        var result = await _tester.RunAsync("features", catalog, "--cells", cells, "--issue-from", "2000-02-01", "--issue-to", "2000-02-08",
            "--horizons", "30", "--target-magnitude", "4", "--out", output);

        // Then
        Assert.Equal(0, result.ExitCode);
        string[] lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.StartsWith("north,46.5,7.5,2000-02-01T00:00:00Z,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",1,2000-02-10T01:26:00.000Z", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("south,45.5,7.5,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",0,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_grid_horizons_and_a_lone_events_file_are_usage_errors_naming_the_options()
    {
        // Given
        string catalog = Path.Combine(_folder, "junk.dat");
        await File.WriteAllLinesAsync(catalog, s_zmap, TestContext.Current.CancellationToken);

        // When
        var result = await _tester.RunAsync("features", catalog, "--grid", "47,45,7,8", "--issue-from", "2000-02-01", "--issue-to", "2000-02-15",
            "--horizons", "7,x", "--events", catalog, "--out", Path.Combine(_folder, "d.csv"));

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--grid: '47,45,7,8' is not south,north,west,east,step", result.Error, StringComparison.Ordinal);
        Assert.Contains("--horizons: '7,x'", result.Error, StringComparison.Ordinal);
        Assert.Contains("--events and --stations go together", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "d.csv")));
    }

    [Fact]
    public async Task Without_a_catalog_file_or_influx_the_usage_error_names_the_missing_argument()
    {
        // Given
        string output = Path.Combine(_folder, "d.csv");

        // When
        var result = await _tester.RunAsync("features", "--grid", "45,47,7,8,1", "--issue-from", "2000-02-01", "--issue-to", "2000-02-15", "--out", output);
        var source = await _tester.RunAsync("features", "--grid", "45,47,7,8,1", "--issue-from", "2000-02-01", "--issue-to", "2000-02-15", "--quake-source", "x", "--out", output);

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: file: missing; give the catalog file, or --influx URL to read the catalog from ga_quake", result.Error.Trim());
        Assert.Equal(2, source.ExitCode);
        Assert.Contains("file: missing", source.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task An_indicator_options_file_changes_the_Reyes_b_windows_and_the_command_line_overrides_it()
    {
        // Given: 30 events in cell 46_7, one a day in January 2000; Reyes x1 needs 50 + 4 events by default, and 10 + 2 with
        // b over 10 events in steps of 2
        string catalog = Path.Combine(_folder, "junk.dat");
        double[] magnitudes = [.. Enumerable.Range(0, 30).Select(i => 2.0 + (i * 7 % 13 / 10.0))];
        await File.WriteAllLinesAsync(catalog, magnitudes.Select((m, i) => FormattableString.Invariant($"7.5 46.5 2000 1 {i + 1} {m} 5.0 12 0")), TestContext.Current.CancellationToken);
        string options = Path.Combine(_folder, "indicators.json");
        await File.WriteAllTextAsync(options, """{ "bValueEventCount": 10, "bValueStep": 2, "eventCount": 5 }""", TestContext.Current.CancellationToken);
        string[] args = ["features", catalog, "--grid", "46,47,7,8,1", "--issue-from", "2000-02-01", "--issue-to", "2000-02-02"];

        // When
        var defaults = await RowAsync([.. args, "--out", Path.Combine(_folder, "a.csv")], Path.Combine(_folder, "a.csv"));
        var fromFile = await RowAsync([.. args, "--indicator-options", options, "--out", Path.Combine(_folder, "b.csv")], Path.Combine(_folder, "b.csv"));
        var overridden = await RowAsync([.. args, "--indicator-options", options, "--indicator-events", "2", "--out", Path.Combine(_folder, "c.csv")], Path.Combine(_folder, "c.csv"));

        // Then: x1..x5 and x7 appear; n = 5 from the file, then 2 from the command line (the mean of the last two magnitudes)
        foreach (string column in new[] { "reyes_x1", "reyes_x5", "reyes_x7" })
        {
            Assert.Equal("", defaults[column]);
            Assert.True(double.IsFinite(double.Parse(fromFile[column], System.Globalization.CultureInfo.InvariantCulture)), column);
        }

        Assert.Equal(fromFile["reyes_x1"], overridden["reyes_x1"]);
        Assert.Equal((magnitudes[28] + magnitudes[29]) / 2, double.Parse(overridden["pa_mean_mag"], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal(magnitudes[25..].Average(), double.Parse(fromFile["pa_mean_mag"], System.Globalization.CultureInfo.InvariantCulture), 9);
    }

    [Fact]
    public async Task An_unknown_or_bad_option_in_the_indicator_options_file_is_refused_naming_it_and_the_file()
    {
        // Given
        string catalog = Path.Combine(_folder, "junk.dat");
        await File.WriteAllLinesAsync(catalog, s_zmap, TestContext.Current.CancellationToken);
        string unknown = Path.Combine(_folder, "unknown.json");
        await File.WriteAllTextAsync(unknown, """{ "bValueEvents": 30 }""", TestContext.Current.CancellationToken);
        string bad = Path.Combine(_folder, "bad.json");
        await File.WriteAllTextAsync(bad, """{ "bValueEventCount": 1, "maximumMagnitudeWindow": "7.00:00:00" }""", TestContext.Current.CancellationToken);
        string[] args = ["features", catalog, "--grid", "46,47,7,8,1", "--issue-from", "2000-02-15", "--issue-to", "2000-02-16", "--out", Path.Combine(_folder, "d.csv")];

        // When
        var a = await _tester.RunAsync([.. args, "--indicator-options", unknown]);
        var b = await _tester.RunAsync([.. args, "--indicator-options", bad]);

        // Then
        Assert.Equal(2, a.ExitCode);
        Assert.Contains($"--indicator-options: {unknown}: no option 'bValueEvents'; options are: bValueEventCount,", a.Error, StringComparison.Ordinal);
        Assert.Equal(2, b.ExitCode);
        Assert.Equal($"error: --indicator-options: {bad}: bValueEventCount: must be ≥ 2, got 1", b.Error.Trim());
        Assert.False(File.Exists(Path.Combine(_folder, "d.csv")));
    }

    private async Task<Dictionary<string, string>> RowAsync(string[] args, string output)
    {
        var result = await _tester.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.Error);
        string[] lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        return lines[0].Split(',').Zip(lines[1].Split(',')).ToDictionary(p => p.First.Split(" [")[0], p => p.Second); // names without units
    }
}
