using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GeoAnomaly.IntegrationTests.Support;

namespace GeoAnomaly.IntegrationTests;

/// <summary>Every dashboard in <c>dashboards/</c> is one Grafana can provision and show as laid out.</summary>
public sealed partial class DashboardStructureScenarios
{
    private const int GridColumns = 24;

    /// <summary>The uid of the data source <c>dashboards/provisioning</c> provisions (the data contract).</summary>
    private const string ProvisionedSource = "geoanomaly-influxdb";

    /// <summary>Legacy annotation properties Grafana's influxdb plugin only reads when the target has no query.</summary>
    private static readonly string[] s_legacyAnnotationKeys = ["query", "rawQuery", "textColumn", "tagsColumn", "titleColumn", "timeEndColumn"];

    /// Dashboards: each file has a uid (unique across files) and a title, schemaVersion set, unique panel ids, panels that
    /// fit the 24-column grid without overlapping, a `datasource` variable (type datasource, query influxdb) defaulting
    /// to the provisioned uid, every panel, target and annotation reaching InfluxDB through that variable or the
    /// provisioned uid (never a data source of one Grafana installation), annotations in Grafana's current form (InfluxQL
    /// in target.query with rawQuery and fromAnnotations, nothing beside the target), and every link to a dashboard
    /// (`/d/UID`) pointing at a dashboard of this folder, setting only variables that dashboard has (`var-NAME`).
    [Fact]
    public void Every_dashboard_has_identity_a_clean_grid_its_data_source_through_a_variable_and_links_that_resolve()
    {
        // Given
        var dashboards = GrafanaQueries.Dashboards();
        Assert.NotEmpty(dashboards);
        var uids = dashboards.Select(path => (Path: path, Uid: Uid(path))).ToList();
        var targets = LinkTargets(dashboards);

        // When
        var problems = dashboards.SelectMany(path => Problems(path, targets).Select(p => $"{Path.GetFileName(path)}: {p}")).ToList();
        problems.AddRange(uids.GroupBy(u => u.Uid).Where(g => g.Count() > 1).Select(g => $"uid '{g.Key}' used by {string.Join(", ", g.Select(u => Path.GetFileName(u.Path)))}"));

        // Then
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// Dashboards: the structural checks can fail: a copy of the network overview whose rows link to a dashboard uid that
    /// does not exist, with two panels on the same grid cell and a panel on a fixed data source, is reported on each count,
    /// and so is a link to the station review setting a variable it does not have.
    [Fact]
    public void A_dashboard_with_a_dangling_link_overlapping_panels_and_a_fixed_data_source_is_reported()
    {
        // Given
        string original = File.ReadAllText(Path.Combine(GrafanaQueries.Folder, "network-overview.json"));
        string text = original.Replace("/d/ga-station-review/", "/d/no-such-dashboard/", StringComparison.Ordinal);
        var dashboard = JsonNode.Parse(text)!;
        dashboard["panels"]![1]!["gridPos"] = dashboard["panels"]![0]!["gridPos"]!.DeepClone();
        dashboard["panels"]![2]!["datasource"]!["uid"] = "P8E80F9AEF21F6940";
        string folder = Directory.CreateTempSubdirectory("ga-dash-broken-").FullName;
        string path = Path.Combine(folder, "broken.json");
        File.WriteAllText(path, dashboard.ToJsonString());
        string wrongVariable = Path.Combine(folder, "wrong-variable.json");
        File.WriteAllText(wrongVariable, original.Replace("&var-channel=", "&var-sensor=", StringComparison.Ordinal));
        var targets = LinkTargets(GrafanaQueries.Dashboards());

        // When
        var problems = Problems(path, targets).ToList();
        var variableProblems = Problems(wrongVariable, targets).ToList();
        Directory.Delete(folder, recursive: true);

        // Then
        Assert.Contains(problems, p => p.Contains("no-such-dashboard", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("overlap", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("P8E80F9AEF21F6940", StringComparison.Ordinal));
        Assert.Contains(variableProblems, p => p.Contains("'sensor'", StringComparison.Ordinal));
    }

    private static string Uid(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.TryGetProperty("uid", out var uid) ? uid.GetString() ?? "" : "";
    }

    /// <summary>Each dashboard's uid and the names of its template variables.</summary>
    private static Dictionary<string, HashSet<string>> LinkTargets(IEnumerable<string> dashboards)
    {
        var targets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string path in dashboards)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            targets[Uid(path)] = [.. GrafanaQueries.Variables(document.RootElement).Select(v => v.Name)];
        }

        return targets;
    }

    private static IEnumerable<string> Problems(string path, Dictionary<string, HashSet<string>> targets)
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

        string? sourceDefault = root.GetProperty("templating").GetProperty("list").EnumerateArray()
            .Where(v => v.GetProperty("type").GetString() == "datasource" && v.TryGetProperty("current", out var c) && c.TryGetProperty("value", out _))
            .Select(v => v.GetProperty("current").GetProperty("value").GetString()).FirstOrDefault();
        if (sourceDefault != ProvisionedSource)
        {
            yield return $"the datasource variable's default is '{sourceDefault}', not the provisioned uid '{ProvisionedSource}'";
        }

        string[] references = source is null ? [ProvisionedSource] : [$"${{{source.Name}}}", $"${source.Name}", ProvisionedSource];
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
                yield return $"{where} does not take its data source from the datasource variable or the provisioned uid (uid '{uid}')";
            }
        }

        foreach (var annotation in root.GetProperty("annotations").GetProperty("list").EnumerateArray().Where(a => !a.TryGetProperty("builtIn", out var b) || b.GetInt32() != 1))
        {
            string name = annotation.GetProperty("name").GetString()!;
            foreach (string key in s_legacyAnnotationKeys.Where(k => annotation.TryGetProperty(k, out _)))
            {
                yield return $"annotation '{name}' has '{key}' beside its target (legacy form)";
            }

            bool current = annotation.TryGetProperty("target", out var target) && target.ValueKind == JsonValueKind.Object
                && target.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String
                && target.TryGetProperty("rawQuery", out var raw) && raw.ValueKind == JsonValueKind.True
                && target.TryGetProperty("fromAnnotations", out var from) && from.ValueKind == JsonValueKind.True;
            if (!current)
            {
                yield return $"annotation '{name}' does not keep its InfluxQL in target.query with rawQuery and fromAnnotations";
            }
        }

        foreach (Match link in DashboardLink().Matches(File.ReadAllText(path)))
        {
            string uid = link.Groups["uid"].Value;
            if (!targets.TryGetValue(uid, out var targetVariables))
            {
                yield return $"a link points at dashboard uid '{uid}', which no dashboard here has";
                continue;
            }

            var set = link.Groups["query"].Value.Split('&').Where(p => p.StartsWith("var-", StringComparison.Ordinal)).Select(p => p[4..].Split('=')[0]);
            foreach (string name in set.Where(n => !targetVariables.Contains(n)))
            {
                yield return $"a link to '{uid}' sets variable '{name}', which that dashboard does not have";
            }
        }
    }

    /// <summary>A Grafana dashboard URL, <c>/d/UID[/slug][?query]</c>, inside a JSON string.</summary>
    [GeneratedRegex(@"/d/(?<uid>[A-Za-z0-9_\-]+)(?:/[^?""\s]*)?(?:\?(?<query>[^""\s]*))?")]
    private static partial Regex DashboardLink();

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
