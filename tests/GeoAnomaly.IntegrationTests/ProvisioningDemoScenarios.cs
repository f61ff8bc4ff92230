using System.Text.Json;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>The provisioned alert rules on what <c>demo --influx</c> writes: their queries return rows, and the
/// channels they would fire on are those a direct reading of the raw points says.</summary>
public sealed class ProvisioningDemoScenarios(InfluxServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-prov-demo-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// After the demo (one station, two days: a few events), each rule is evaluated where it has something to see:
    /// the event rule 5 minutes after the highest-scoring event, the silent-channel rule 30 s after the last sample.
    /// The expected firing channels come from every point read back without aggregation: an event starting in the
    /// rule's window at or above its threshold; no sample since the start of the previous 10-minute bucket.
    [Fact]
    public async Task Both_alert_rules_return_rows_on_the_demo_data_and_fire_where_the_raw_points_say()
    {
        // Given
        var ct = TestContext.Current.CancellationToken;
        using var client = await server.NewDatabaseAsync("alertdemo");
        var demo = await GeoanomalyProcess.RunAsync(
            "demo", "--plugins", PluginFixtures.SamplePluginRoot, "--plugins", PluginFixtures.BuiltInPluginsRoot, "--no-forecast",
            "--stations", "1", "--days", "2", "--out", _folder, "--influx", server.Require(), "--database", client.Connection.Database);
        Assert.True(demo.ExitCode == 0, demo.ToString());
        var rules = ProvisioningFiles.AlertRules();
        var eventRule = rules.Single(r => r.Uid == "geoanomaly-event-score");
        var silentRule = rules.Single(r => r.Uid == "geoanomaly-silent-channel");
        var events = await PointsAsync(client, "SELECT \"score\" FROM \"ga_anomaly\" GROUP BY \"network\", \"station\", \"channel\"", ct);
        var samples = await PointsAsync(client, "SELECT \"value\" FROM \"ga_raw\" GROUP BY \"network\", \"station\", \"channel\"", ct);
        Assert.NotEmpty(events);
        var top = events.MaxBy(e => e.Value);
        var eventNow = top.Time.AddMinutes(5);
        var silentNow = samples.Max(s => s.Time).AddSeconds(30);

        // When
        var eventSeries = await AlertQueries.RunAsync(client, eventRule, eventNow, ct);
        var eventFiring = Firing(eventRule, eventSeries);
        var silentSeries = await AlertQueries.RunAsync(client, silentRule, silentNow, ct);
        var silentFiring = Firing(silentRule, silentSeries);

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine($"event rule at {eventNow:O} fires on: {string.Join("; ", eventFiring)}; silent-channel rule at {silentNow:O} fires on: {string.Join("; ", silentFiring)} of {silentSeries.Count}");
        double threshold = AlertExpressions.ConditionConstant(eventRule);
        var eventFrom = eventNow.AddSeconds(-eventRule.Query.From);
        var expectedEvents = events.Where(e => e.Time >= eventFrom && e.Time <= eventNow && e.Value >= threshold).Select(e => e.Series).Distinct().Order(StringComparer.Ordinal);
        Assert.Contains(top.Series, eventSeries.Keys);
        Assert.Equal(expectedEvents, eventFiring);
        var bucket = TimeSpan.FromMinutes(10).Ticks;
        var previousBucket = new DateTimeOffset(silentNow.UtcTicks - (silentNow.UtcTicks % bucket) - bucket, TimeSpan.Zero);
        var silentFrom = silentNow.AddSeconds(-silentRule.Query.From);
        var watched = samples.Where(s => s.Time >= silentFrom && s.Time <= silentNow).GroupBy(s => s.Series).ToList();
        var expectedSilent = watched.Where(g => !g.Any(s => s.Time >= previousBucket)).Select(g => g.Key).Order(StringComparer.Ordinal);
        Assert.Equal(watched.Select(g => g.Key).Order(StringComparer.Ordinal), silentSeries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(expectedSilent, silentFiring);
    }

    private static IEnumerable<string> Firing(AlertRule rule, IReadOnlyDictionary<string, IReadOnlyList<double>> series) =>
        AlertExpressions.Evaluate(rule, series)[rule.Condition].Where(p => AlertExpressions.Fires(p.Value)).Select(p => p.Key).Order(StringComparer.Ordinal);

    /// <summary>Every point of a GROUP BY tags query: its series name, time and value.</summary>
    private static async Task<List<(string Series, DateTimeOffset Time, double Value)>> PointsAsync(InfluxClient client, string query, CancellationToken ct)
    {
        var points = new List<(string, DateTimeOffset, double)>();
        await foreach (var piece in client.QueryAsync(query, ct: ct))
        {
            string name = AlertExpressions.SeriesName(piece.Header.Tags);
            points.AddRange(piece.Rows.Where(r => r[1].ValueKind == JsonValueKind.Number)
                .Select(r => (name, DateTimeOffset.UnixEpoch.AddTicks(r[0].GetInt64() / 100), r[1].GetDouble())));
        }

        return points;
    }
}
