using System.Text.Json;
using System.Text.Json.Nodes;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>Every dashboard type-checks against Grafana's published <c>Dashboard</c> type (<c>@grafana/schema</c>)
/// with <c>tsc --strict</c>, and the check rejects a dashboard Grafana could not load.</summary>
public sealed class DashboardTypeScenarios(DashboardTypeCheck typeCheck) : IClassFixture<DashboardTypeCheck>, IDisposable
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-dash-types-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// Dashboards: each file of dashboards/, embedded as an object literal typed with @grafana/schema's Dashboard
    /// (annotation targets as InfluxDB queries, see tests/dashboard-types/influx.ts), compiles with tsc --strict.
    [Fact]
    public async Task Every_dashboard_type_checks_against_the_grafana_schema_dashboard_type()
    {
        // Given
        Assert.NotEmpty(GrafanaQueries.Dashboards());

        // When
        var (exit, messages) = await typeCheck.CheckAsync(GrafanaQueries.Folder);

        // Then
        Assert.True(exit == 0, $"tsc rejected the dashboards:\n{messages}");
    }

    /// Dashboards: the type check can fail: the station review with its first panel's gridPos a string is rejected,
    /// and tsc's error points at the line of that gridPos in the generated module.
    [Fact]
    public async Task A_dashboard_with_a_panel_grid_position_that_is_not_an_object_is_rejected()
    {
        // Given
        var dashboard = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(GrafanaQueries.Folder, "station-review.json"), TestContext.Current.CancellationToken))!;
        dashboard["panels"]![0]!["gridPos"] = "x";
        await File.WriteAllTextAsync(Path.Combine(_folder, "broken.json"), dashboard.ToJsonString(s_indented), TestContext.Current.CancellationToken);

        // When
        var (exit, messages) = await typeCheck.CheckAsync(_folder);

        // Then
        Assert.True(exit != 0, "tsc accepted a panel whose gridPos is a string");
        string[] generated = await File.ReadAllLinesAsync(Path.Combine(typeCheck.Folder, "generated", "broken.ts"), TestContext.Current.CancellationToken);
        int line = Array.FindIndex(generated, l => l.Contains("\"gridPos\": \"x\"", StringComparison.Ordinal)) + 1;
        Assert.True(line > 0, "the generated module has no line with the broken gridPos");
        Assert.Contains($"broken.ts({line},", messages, StringComparison.Ordinal);
    }
}
