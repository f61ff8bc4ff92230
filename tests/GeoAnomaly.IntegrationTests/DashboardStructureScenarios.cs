using System.Text.Json;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>Every dashboard in <c>dashboards/</c> is one Grafana can provision and show as laid out.</summary>
public sealed class DashboardStructureScenarios
{
    private const int GridColumns = 24;

    /// Dashboards: each file has a uid and a title, schemaVersion set, unique panel ids, panels that fit the 24-column
    /// grid without overlapping, and every panel, target and annotation reaches InfluxDB through the dashboard's
    /// `datasource` variable (type datasource, query influxdb), never a data source of one Grafana installation.
    [Fact]
    public void Every_dashboard_has_identity_a_clean_grid_and_its_data_source_through_a_variable()
    {
        // Given
        var dashboards = GrafanaQueries.Dashboards();
        Assert.NotEmpty(dashboards);

        // When
        var problems = dashboards.SelectMany(path => Problems(path).Select(p => $"{Path.GetFileName(path)}: {p}")).ToList();

        // Then
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<string> Problems(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        foreach (string key in new[] { "uid", "title" })
        {
            if (!root.TryGetProperty(key, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                yield return $"no {key}";
            }
        }

        if (!root.TryGetProperty("schemaVersion", out var schema) || schema.ValueKind != JsonValueKind.Number || schema.GetInt32() <= 0)
        {
            yield return "schemaVersion not set";
        }

        var variables = GrafanaQueries.Variables(root);
        var source = variables.FirstOrDefault(v => v.Type == "datasource");
        string? sourceQuery = root.GetProperty("templating").GetProperty("list").EnumerateArray()
            .Where(v => v.GetProperty("type").GetString() == "datasource").Select(v => v.GetProperty("query").GetString()).FirstOrDefault();
        if (source is null || sourceQuery != "influxdb")
        {
            yield return "no template variable of type datasource with query influxdb";
        }

        string[] references = source is null ? [] : [$"${{{source.Name}}}", $"${source.Name}"];
        var panels = GrafanaQueries.Panels(root).ToList();
        foreach (var duplicate in panels.GroupBy(p => p.GetProperty("id").GetInt32()).Where(g => g.Count() > 1))
        {
            yield return $"panel id {duplicate.Key} used {duplicate.Count()} times";
        }

        foreach (string problem in GridProblems(root))
        {
            yield return problem;
        }

        var users = panels.Where(p => p.GetProperty("type").GetString() != "row").Select(p => (Where: $"panel '{p.GetProperty("title").GetString()}'", Element: p))
            .Concat(panels.Where(p => p.TryGetProperty("targets", out _)).SelectMany(p => p.GetProperty("targets").EnumerateArray().Select(t => (Where: $"target of '{p.GetProperty("title").GetString()}'", Element: t))))
            .Concat(root.GetProperty("annotations").GetProperty("list").EnumerateArray()
                .Where(a => !a.TryGetProperty("builtIn", out var b) || b.GetInt32() != 1)
                .Select(a => (Where: $"annotation '{a.GetProperty("name").GetString()}'", Element: a)));
        foreach (var (where, element) in users)
        {
            string? uid = element.TryGetProperty("datasource", out var ds) && ds.ValueKind == JsonValueKind.Object && ds.TryGetProperty("uid", out var u) ? u.GetString() : null;
            if (uid is null || !references.Contains(uid))
            {
                yield return $"{where} does not take its data source from the datasource variable (uid '{uid}')";
            }
        }
    }

    /// <summary>Top-level panels, and the panels of each collapsed row, must fit the grid and not overlap.</summary>
    private static IEnumerable<string> GridProblems(JsonElement container)
    {
        if (!container.TryGetProperty("panels", out var list))
        {
            yield break;
        }

        var boxes = new List<(string Title, int X, int Y, int W, int H)>();
        foreach (var panel in list.EnumerateArray())
        {
            string title = panel.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
            if (!panel.TryGetProperty("gridPos", out var grid))
            {
                yield return $"panel '{title}' has no gridPos";
                continue;
            }

            var box = (title, grid.GetProperty("x").GetInt32(), grid.GetProperty("y").GetInt32(), grid.GetProperty("w").GetInt32(), grid.GetProperty("h").GetInt32());
            if (box.Item2 < 0 || box.Item3 < 0 || box.Item4 <= 0 || box.Item5 <= 0 || box.Item2 + box.Item4 > GridColumns)
            {
                yield return $"panel '{title}' does not fit the {GridColumns}-column grid";
            }

            foreach (var other in boxes.Where(o => o.X < box.Item2 + box.Item4 && box.Item2 < o.X + o.W && o.Y < box.Item3 + box.Item5 && box.Item3 < o.Y + o.H))
            {
                yield return $"panels '{other.Title}' and '{title}' overlap";
            }

            boxes.Add(box);
            foreach (string problem in GridProblems(panel))
            {
                yield return problem;
            }
        }
    }
}
