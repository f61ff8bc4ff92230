using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>Every InfluxQL query of every Grafana dashboard in <c>dashboards/</c> runs against what the product writes.</summary>
public sealed partial class DashboardScenarios(InfluxServer server) : IDisposable
{
    /// <summary>A station name Grafana has to escape (a dot) that also holds a space and a quote.</summary>
    private const string OddStation = "Mt. O'Hare 2";

    /// <summary>A field present in every point of each measurement the dashboards read, to find its time span.</summary>
    private static readonly Dictionary<string, string> s_spanField = new(StringComparer.Ordinal)
    {
        ["ga_raw"] = "value",
        ["ga_clean"] = "value",
        ["ga_score"] = "score",
        ["ga_anomaly"] = "score",
        ["ga_review"] = "event_start",
        ["ga_forecast"] = "probability",
        ["ga_quake"] = "mag",
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("ga-dash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Dashboards: after `demo --influx` (with preprocessing, so ga_clean is filled, and the forecast half, so ga_forecast
    /// and ga_quake are), a catalog ingest and a few verdicts, every query of every dashboard, with Grafana's macros and
    /// variables substituted for a single selection, for every value of the multi-value variables at once, and for a
    /// station name with a dot, a space and a quote, runs without error and returns rows. Each dashboard is evaluated over
    /// the time span of the measurements it reads (earthquakes aside, which are context).
    [Fact]
    public async Task Every_dashboard_query_runs_against_the_demo_data_and_returns_rows()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("dash");
        string database = client.Connection.Database;
        var demo = await GeoanomalyProcess.RunAsync(
            "demo", "--plugins", PluginFixtures.SamplePluginRoot, "--plugins", PluginFixtures.BuiltInPluginsRoot, "--preprocess", "--forecast-nulls", "0",
            "--stations", "3", "--days", "4", "--seed", "7", "--out", _folder, "--influx", server.Require(), "--database", database);
        Assert.True(demo.ExitCode == 0, demo.ToString());
        var (from, to) = await SpanAsync(client, "ga_raw", ct);
        var station = DashboardData.FirstStation(Path.Combine(_folder, "network", "stations.csv"));
        string catalog = DashboardData.WriteCatalog(_folder, station, from, to);
        var ingest = await GeoanomalyProcess.RunAsync("catalog", "ingest", catalog, "--source", "dashboard test", "--influx", server.Require(), "--database", database);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        await client.WriteAsync(DashboardData.OddStationLines(station.Network, OddStation, from), ct);
        var expectedQuakes = DashboardData.QuakesNear(station, from, to, 4, 300, catalog, Path.Combine(_folder, "network", "quakes.csv"));
        Assert.Contains("near", expectedQuakes);
        var odd = await GeoanomalyProcess.RunAsync(
            "review", "record", "--network", station.Network, "--station", OddStation, "--channel", "LT N", "--detector", "robust-zscore",
            "--start", DashboardData.OddEventStart(from).ToString("O", CultureInfo.InvariantCulture), "--verdict", "interference", "--cause", "rain",
            "--analyst", "dashboard test", "--note", "reviewed by the \"dashboard\" test", "--at", to.AddHours(2).ToString("O", CultureInfo.InvariantCulture),
            "--influx", server.Require(), "--database", database);
        Assert.True(odd.ExitCode == 0, odd.ToString());
        var verdicts = (await ReviewReader.ReadAsync(client, new GaSchema(), ct)).GroupBy(r => VerdictNames.Text(r.Verdict)).ToDictionary(g => g.Key, g => (long)g.Count());
        int reviewed = (int)verdicts.Values.Sum();
        Assert.True(verdicts.Count >= 2, $"the demo's verdicts: {string.Join(", ", verdicts.Select(v => $"{v.Key}={v.Value}"))}");
        var dashboards = GrafanaQueries.Dashboards();
        Assert.NotEmpty(dashboards);

        // When
        var failures = new List<string>();
        var ranPer = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new Dictionary<string, List<InfluxSeries>>(StringComparer.Ordinal);
        var spans = new Dictionary<string, (DateTimeOffset From, DateTimeOffset To)>(StringComparer.Ordinal);
        foreach (string path in dashboards)
        {
            string name = Path.GetFileName(path);
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path, ct));
            var declared = GrafanaQueries.Variables(document.RootElement);
            var queries = GrafanaQueries.Extract(path);
            failures.AddRange(queries.Where(q => q.Text.Length == 0).Select(q => $"not an InfluxQL raw query: {q}"));
            var (start, end) = await DashboardSpanAsync(client, queries, ct);
            spans[name] = (start, end);
            string interval = Interval(start, end);
            TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {start:O} .. {end:O}, interval {interval}");
            var fixedValues = TextDefaults(document.RootElement);
            fixedValues["magnitude"] = ["4"];
            fixedValues["distance"] = ["300"];
            fixedValues["station_lat"] = [station.Latitude.ToString(CultureInfo.InvariantCulture)];
            fixedValues["station_lon"] = [station.Longitude.ToString(CultureInfo.InvariantCulture)];
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
                    string text = GrafanaQueries.Substitute(query.Text, start, end, interval, declared, values);
                    var rows = new List<JsonElement>();
                    var quakes = new List<string>();
                    var got = results[$"{name}|{selection}|{query.Name}"] = [];
                    TestContext.Current.TestOutputHelper?.WriteLine($"{selection}: {text}");
                    try
                    {
                        await foreach (var series in client.QueryAsync(text, ct: ct))
                        {
                            got.Add(series);
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
                            quakes.AddRange(id < 0 || query.Place != QueryPlace.Annotation ? [] : series.Rows.Select(r => r[id].GetString()!));
                        }
                    }
                    catch (InfluxException e)
                    {
                        failures.Add($"{selection}: {query.Place} '{query.Name}' in {query.Dashboard} failed: {e.Message}\n  {text}");
                        continue;
                    }

                    ranPer[name] = ranPer.GetValueOrDefault(name) + 1;
                    if (quakes.Count > 0 && !quakes.SequenceEqual(expectedQuakes))
                    {
                        // Of the test's three earthquakes only the M 5.2 at 50 km passes magnitude >= 4 and distance <= 300 km;
                        // the demo's own earthquakes pass as the haversine distance from the station's coordinates says.
                        failures.Add($"{selection}: {query.Place} '{query.Name}' in {query.Dashboard} gave earthquakes {string.Join(", ", quakes)}, expected {string.Join(", ", expectedQuakes)}\n  {text}");
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
        failures.AddRange(MeaningProblems(results, verdicts, reviewed, spans["forecast.json"].To));
        Assert.True(failures.Count == 0, $"{failures.Count} failing of {ranPer.Values.Sum()} run:\n{string.Join('\n', failures)}");
        foreach (string path in dashboards)
        {
            string name = Path.GetFileName(path);
            int expected = 3 * GrafanaQueries.Extract(path).Count;
            Assert.True(ranPer.GetValueOrDefault(name) == expected, $"{name}: {ranPer.GetValueOrDefault(name)} of {expected} queries ran");
        }
    }

    /// <summary>Beyond "returns rows": what three panels claim to show, checked on the All selection.</summary>
    private static IEnumerable<string> MeaningProblems(Dictionary<string, List<InfluxSeries>> results, Dictionary<string, long> expected, int reviewed, DateTimeOffset lastIssue)
    {
        // Network overview, verdict bars: one bar per verdict, counting the reviews written (the demo's and the odd station's).
        var counted = results["network-overview.json|All|Verdicts recorded A"].ToDictionary(s => s.Header.Tags["verdict"], s => s.Rows.Sum(r => r[1].GetInt64()));
        if (counted.Count != expected.Count || expected.Any(e => counted.GetValueOrDefault(e.Key) != e.Value))
        {
            yield return $"verdict counts {string.Join(", ", counted.Select(c => $"{c.Key}={c.Value}"))}, expected {string.Join(", ", expected.Select(e => $"{e.Key}={e.Value}"))}";
        }

        // Network overview, unreviewed table: the query brings the verdict column the transformation filters on (null
        // for unreviewed events, set for the reviewed ones), newest first.
        foreach (var series in results["network-overview.json|All|Unreviewed events, most recent first A"])
        {
            int verdict = series.Header.ColumnIndex("verdict");
            int withVerdict = verdict < 0 ? -1 : series.Rows.Count(r => r[verdict].ValueKind == JsonValueKind.String);
            if (withVerdict != reviewed || series.Rows.Count <= reviewed)
            {
                yield return $"unreviewed table: {withVerdict} of {series.Rows.Count} rows with a verdict, expected {reviewed} and some without";
            }

            var times = series.Rows.Select(r => r[0].GetInt64()).ToList();
            if (!times.SequenceEqual(times.OrderDescending()))
            {
                yield return "unreviewed table: rows not newest first";
            }
        }

        // Forecast map: one row per cell, at the latest issue time in the range.
        var cells = results["forecast.json|All|Forecast probability per cell and earthquakes A"];
        long last = (lastIssue - DateTimeOffset.UnixEpoch).Ticks * 100;
        if (cells.Count < 2 || cells.Any(c => c.Rows.Count != 1 || c.Rows[0][0].GetInt64() != last))
        {
            yield return $"forecast map: {cells.Count} cell series, expected one row each at the latest issue {lastIssue:O}";
        }
    }

    /// <summary>The span of the measurements a dashboard's queries read; earthquakes only when nothing else is read.</summary>
    private static async Task<(DateTimeOffset From, DateTimeOffset To)> DashboardSpanAsync(InfluxClient client, IReadOnlyList<GrafanaQuery> queries, CancellationToken ct)
    {
        var read = queries.SelectMany(q => MeasurementName().Matches(q.Text).Select(m => m.Groups[1].Value)).Where(s_spanField.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var spanned = read.Count > 1 ? read.Where(m => m != "ga_quake").ToList() : [.. read];
        Assert.True(spanned.Count > 0, "a dashboard reads none of the GeoAnomaly measurements");
        var spans = new List<(DateTimeOffset From, DateTimeOffset To)>();
        foreach (string measurement in spanned)
        {
            spans.Add(await SpanAsync(client, measurement, ct));
        }

        return (spans.Min(s => s.From), spans.Max(s => s.To));
    }

    private static async Task<(DateTimeOffset From, DateTimeOffset To)> SpanAsync(InfluxClient client, string measurement, CancellationToken ct)
    {
        // The client asks for epoch=ns.
        DateTimeOffset Time(InfluxSeries series) => DateTimeOffset.UnixEpoch.AddTicks(series.Rows[0][0].GetInt64() / 100);
        string field = s_spanField[measurement];
        var first = await client.QueryAsync($"SELECT FIRST(\"{field}\") FROM \"{measurement}\"", ct: ct).FirstAsync(ct);
        var last = await client.QueryAsync($"SELECT LAST(\"{field}\") FROM \"{measurement}\"", ct: ct).FirstAsync(ct);
        return (Time(first), Time(last));
    }

    /// <summary>What Grafana's <c>$__interval</c> would be for about 1,000 points over the span, at least a minute.</summary>
    private static string Interval(DateTimeOffset from, DateTimeOffset to) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Max(60, (long)Math.Ceiling((to - from).TotalSeconds / 1000))}s");

    /// <summary>The default value of each textbox, constant and custom variable of the dashboard.</summary>
    private static Dictionary<string, IReadOnlyList<string>> TextDefaults(JsonElement dashboard)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var v in dashboard.GetProperty("templating").GetProperty("list").EnumerateArray())
        {
            if (v.GetProperty("type").GetString() is "textbox" or "constant" or "custom" && v.TryGetProperty("current", out var current) && current.TryGetProperty("value", out var value))
            {
                values[v.GetProperty("name").GetString()!] = [value.GetString()!];
            }
        }

        return values;
    }

    [GeneratedRegex("FROM \"(ga_[a-z]+)\"")]
    private static partial Regex MeasurementName();

    private enum Selection
    {
        First,
        All,
        Odd,
    }
}
