using System.Globalization;
using System.Text.Json;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>Every InfluxQL query of every Grafana dashboard in <c>dashboards/</c> runs against what the product writes.</summary>
public sealed class DashboardScenarios(InfluxServer server) : IDisposable
{
    /// <summary>A station name Grafana has to escape (a dot) that also holds a space and a quote.</summary>
    private const string OddStation = "Mt. O'Hare 2";

    private readonly string _folder = Directory.CreateTempSubdirectory("ga-dash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Dashboards: after `demo --influx` (with preprocessing, so ga_clean is filled) and a catalog ingest, every query of
    /// every dashboard, with Grafana's macros and variables substituted for a single selection, for every value of the
    /// multi-value variables at once, and for a station name with a dot, a space and a quote, runs without error and
    /// returns rows.
    [Fact]
    public async Task Every_dashboard_query_runs_against_the_demo_data_and_returns_rows()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("dash");
        string database = client.Connection.Database;
        var demo = await GeoanomalyProcess.RunAsync(
            "demo", "--plugins", PluginFixtures.SamplePluginRoot, "--plugins", PluginFixtures.BuiltInPluginsRoot, "--preprocess", "--no-forecast",
            "--stations", "3", "--days", "4", "--seed", "7", "--out", _folder, "--influx", server.Require(), "--database", database);
        Assert.True(demo.ExitCode == 0, demo.ToString());
        var (from, to) = await SpanAsync(client, ct);
        var station = DashboardData.FirstStation(Path.Combine(_folder, "network", "stations.csv"));
        string catalog = DashboardData.WriteCatalog(_folder, station, from, to);
        var ingest = await GeoanomalyProcess.RunAsync("catalog", "ingest", catalog, "--source", "dashboard test", "--influx", server.Require(), "--database", database);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        await client.WriteAsync(DashboardData.OddStationLines(station.Network, OddStation, from), ct);
        var dashboards = GrafanaQueries.Dashboards();
        Assert.NotEmpty(dashboards);

        // When
        var failures = new List<string>();
        int ran = 0;
        foreach (string path in dashboards)
        {
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path, ct));
            var declared = GrafanaQueries.Variables(document.RootElement);
            var queries = GrafanaQueries.Extract(path);
            failures.AddRange(queries.Where(q => q.Text.Length == 0).Select(q => $"not an InfluxQL raw query: {q}"));
            var fixedValues = new Dictionary<string, IReadOnlyList<string>>
            {
                ["magnitude"] = ["4"],
                ["distance"] = ["300"],
                ["station_lat"] = [station.Latitude.ToString(CultureInfo.InvariantCulture)],
                ["station_lon"] = [station.Longitude.ToString(CultureInfo.InvariantCulture)],
            };
            foreach (var selection in new[] { Selection.First, Selection.All, Selection.Odd })
            {
                var values = new Dictionary<string, IReadOnlyList<string>>(fixedValues);
                if (selection == Selection.Odd)
                {
                    values["station"] = [OddStation];
                    values["channel"] = ["LT N"];
                    values["detector"] = ["robust-zscore"];
                }

                foreach (var query in queries.Where(q => q.Text.Length > 0))
                {
                    string text = GrafanaQueries.Substitute(query.Text, from, to, "1m", declared, values);
                    var rows = new List<JsonElement>();
                    var quakes = new List<string>();
                    TestContext.Current.TestOutputHelper?.WriteLine($"{selection}: {text}");
                    try
                    {
                        await foreach (var series in client.QueryAsync(text, ct: ct))
                        {
                            rows.AddRange(series.Rows);
                            foreach (string column in query.TagColumns)
                            {
                                int at = series.Header.ColumnIndex(column);
                                if (at < 0 || series.Rows.Any(r => r[at].ValueKind is not (JsonValueKind.String or JsonValueKind.Null)))
                                {
                                    // Grafana splits tag values at commas: a missing or numeric column breaks the annotation.
                                    failures.Add($"{selection}: {query.Place} '{query.Name}' in {query.Dashboard}: tag column '{column}' missing or not text");
                                }
                            }

                            int id = series.Header.ColumnIndex("event_id");
                            quakes.AddRange(id < 0 ? [] : series.Rows.Select(r => r[id].GetString()!));
                        }
                    }
                    catch (InfluxException e)
                    {
                        failures.Add($"{selection}: {query.Place} '{query.Name}' in {query.Dashboard} failed: {e.Message}\n  {text}");
                        continue;
                    }

                    ran++;
                    if (query.Place == QueryPlace.Annotation && quakes.Count > 0 && !quakes.SequenceEqual(["near"]))
                    {
                        // Of the test's three earthquakes only the M 5.2 at 50 km passes magnitude >= 4 and distance <= 300 km.
                        failures.Add($"{selection}: {query.Place} '{query.Name}' in {query.Dashboard} gave earthquakes {string.Join(", ", quakes)}, expected only 'near'\n  {text}");
                    }

                    if (rows.Count == 0)
                    {
                        failures.Add($"{selection}: {query.Place} '{query.Name}' in {query.Dashboard} returned no rows\n  {text}");
                    }
                    else if (query.Place == QueryPlace.Variable && !values.ContainsKey(query.Name))
                    {
                        // A chained variable takes its values from its own query, as Grafana does.
                        var found = rows.Select(r => r[1].GetString()!).ToList();
                        values[query.Name] = selection == Selection.All ? found : [found[0]];
                    }
                }
            }
        }

        // Then
        Assert.True(failures.Count == 0, $"{failures.Count} failing of {ran} run:\n{string.Join('\n', failures)}");
        Assert.True(ran >= 3 * 4, $"only {ran} queries ran");
    }

    private static async Task<(DateTimeOffset From, DateTimeOffset To)> SpanAsync(InfluxClient client, CancellationToken ct)
    {
        // The client asks for epoch=ns.
        DateTimeOffset Time(InfluxSeries series) => DateTimeOffset.UnixEpoch.AddTicks(series.Rows[0][0].GetInt64() / 100);
        var first = await client.QueryAsync("SELECT FIRST(\"value\") FROM \"ga_raw\"", ct: ct).FirstAsync(ct);
        var last = await client.QueryAsync("SELECT LAST(\"value\") FROM \"ga_raw\"", ct: ct).FirstAsync(ct);
        return (Time(first), Time(last));
    }

    private enum Selection
    {
        First,
        All,
        Odd,
    }
}
