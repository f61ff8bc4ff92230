using System.Text.RegularExpressions;
using GeoAnomaly.IntegrationTests.Support;
using YamlDotNet.RepresentationModel;

namespace GeoAnomaly.IntegrationTests;

/// <summary>The Grafana provisioning files and docker-compose.yml: they parse, hold what Grafana requires, reference
/// data sources, paths and environment variables that exist. (Docker does not run here; Grafana is not started.)</summary>
public sealed partial class ProvisioningScenarios
{
    private const string DataSourceUid = "geoanomaly-influxdb";

    private static readonly string[] s_requiredRuleKeys = ["uid", "title", "condition", "for", "noDataState", "execErrState"];
    private static readonly string[] s_noDataStates = ["NoData", "Alerting", "OK", "KeepLast"];
    private static readonly string[] s_execErrStates = ["Error", "Alerting", "OK", "KeepLast"];
    private static readonly string[] s_expressionTypes = ["reduce", "math", "threshold", "resample", "classic_conditions"];

    [Fact]
    public void Every_provisioning_file_and_the_compose_file_parse_as_one_yaml_mapping()
    {
        // Given
        var files = ProvisioningFiles.All().Append(ProvisioningFiles.Compose).ToList();

        // When
        var roots = files.Select(f => (File: f, Root: ProvisioningFiles.Load(f))).ToList();

        // Then
        Assert.True(files.Count >= 5, $"only {files.Count} files");
        Assert.All(roots.Where(r => r.File != ProvisioningFiles.Compose), r => Assert.True(r.Root.Text("apiVersion") == "1", $"{r.File}: apiVersion"));
        Assert.NotNull(ProvisioningFiles.Load(ProvisioningFiles.Compose).Map("services"));
    }

    [Fact]
    public void Both_data_source_folders_provision_the_same_InfluxQL_data_source_uid()
    {
        // Given
        var sources = ProvisioningFiles.DataSources();

        // When
        var byFolder = sources.ToLookup(s => s.Folder);

        // Then
        Assert.Equal(["datasources", "datasources-token"], byFolder.Select(g => g.Key).Order(StringComparer.Ordinal));
        foreach (var (folder, source) in sources)
        {
            var json = source.Map("jsonData") ?? new YamlMappingNode();
            Assert.Equal(DataSourceUid, source.Text("uid"));
            Assert.Equal("influxdb", source.Text("type"));
            Assert.Equal("proxy", source.Text("access"));
            Assert.NotEqual("", source.Text("name"));
            Assert.NotEqual("", source.Text("url"));
            Assert.NotEqual("", json.Text("dbName") + source.Text("database"));
            Assert.Equal("InfluxQL", json.Text("version"));
        }

        var v1 = byFolder["datasources"].Single().DataSource;
        Assert.NotEqual("", v1.Text("user"));
        Assert.NotEqual("", v1.Map("secureJsonData")?.Text("password") ?? "");
        var token = byFolder["datasources-token"].Single().DataSource;
        Assert.Equal("Authorization", token.Map("jsonData")?.Text("httpHeaderName1"));
        Assert.StartsWith("Token $", token.Map("secureJsonData")?.Text("httpHeaderValue1") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Every_alert_rule_is_complete_and_queries_the_provisioned_data_source_or_expressions()
    {
        // Given
        var uids = ProvisioningFiles.DataSources().Select(s => s.DataSource.Text("uid")).ToHashSet();
        var rules = ProvisioningFiles.AlertRules();

        // When
        var failures = new List<string>();
        foreach (var rule in rules)
        {
            var refIds = rule.Data.Select(d => d.RefId).ToList();
            failures.AddRange(s_requiredRuleKeys
                .Where(key => rule.Node.Text(key).Length == 0).Select(key => $"{rule}: no {key}"));
            failures.AddRange(rule.Data.Where(d => d.DatasourceUid != ProvisioningFiles.Expression && !uids.Contains(d.DatasourceUid))
                .Select(d => $"{rule}: {d.RefId} queries data source '{d.DatasourceUid}', not provisioned"));
            failures.AddRange(rule.Data.Where(d => d.Model.Text("refId") != d.RefId).Select(d => $"{rule}: {d.RefId}'s model has refId '{d.Model.Text("refId")}'"));
            if (!refIds.Contains(rule.Condition) || refIds.Distinct().Count() != refIds.Count)
            {
                failures.Add($"{rule}: condition '{rule.Condition}' is not one of the refIds {string.Join(", ", refIds)}, or refIds repeat");
            }

            if (!s_noDataStates.Contains(rule.Node.Text("noDataState")) || !s_execErrStates.Contains(rule.Node.Text("execErrState")) || !Duration().IsMatch(rule.Node.Text("for")))
            {
                failures.Add($"{rule}: noDataState '{rule.Node.Text("noDataState")}', execErrState '{rule.Node.Text("execErrState")}' or for '{rule.Node.Text("for")}' is not one Grafana accepts");
            }

            failures.AddRange(rule.Data.Where(d => d.DatasourceUid == ProvisioningFiles.Expression && !s_expressionTypes.Contains(d.Type))
                .Select(d => $"{rule}: expression {d.RefId} of unknown type '{d.Type}'"));
            var query = rule.Query.Model;
            if (query.Text("rawQuery") != "true" || !query.Text("query").Contains("$timeFilter", StringComparison.Ordinal) || query.Text("resultFormat") != "time_series")
            {
                failures.Add($"{rule}: the query is not a raw InfluxQL time series query over $timeFilter");
            }

            failures.AddRange(rule.Data.Where(d => d.DatasourceUid == ProvisioningFiles.Expression)
                .SelectMany(d => ExpressionInputs().Matches(d.Model.Text("expression")).Select(m => m.Groups[1].Value).Append(d.Type == "math" ? "" : d.Model.Text("expression")))
                .Where(input => input.Length > 0 && !refIds.Contains(input))
                .Select(input => $"{rule}: an expression reads '{input}', not a refId"));

            // Grafana expands environment variables in every rule field but the model and the annotations.
            failures.AddRange(ProvisioningFiles.Scalars(rule.Node).Where(s => !s.Path.StartsWith("data[", StringComparison.Ordinal) || !s.Path.Contains(".model", StringComparison.Ordinal))
                .Where(s => !s.Path.StartsWith("annotations", StringComparison.Ordinal) && s.Value.Contains('$', StringComparison.Ordinal))
                .Select(s => $"{rule}: '$' in {s.Path}, which Grafana would expand as an environment variable"));
        }

        // Then
        Assert.Equal(2, rules.Count);
        Assert.Equal(rules.Count, rules.Select(r => r.Uid).Distinct().Count());
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Every_path_the_compose_file_mounts_exists_and_the_provider_reads_the_dashboards_mount()
    {
        // Given
        var grafana = Service("grafana");
        var mounts = grafana.List("volumes").OfType<YamlScalarNode>().Select(v => WithDefaults(v.Value!).Split(':')).Where(p => p[0].StartsWith("./", StringComparison.Ordinal)).ToList();
        var provider = ProvisioningFiles.Load(ProvisioningFiles.Of("dashboards").Single()).List("providers").OfType<YamlMappingNode>().Single();

        // When
        var sources = mounts.Select(m => (Source: Path.GetFullPath(Path.Combine(PluginFixtures.RepoRoot, m[0])), Target: m[1], ReadOnly: m.Length > 2 && m[2] == "ro")).ToList();
        var dashboards = sources.Where(s => s.Target == provider.Map("options")?.Text("path")).ToList();

        // Then
        Assert.All(sources, s => Assert.True(Directory.Exists(s.Source) || File.Exists(s.Source), $"{s.Source} (mounted at {s.Target}) does not exist"));
        Assert.All(sources, s => Assert.True(s.ReadOnly, $"{s.Target} is not mounted read-only"));
        foreach (string kind in new[] { "datasources", "dashboards", "alerting" })
        {
            Assert.Contains(sources, s => s.Target == $"/etc/grafana/provisioning/{kind}" && ProvisioningFiles.Of(kind).Any(f => f.StartsWith(s.Source + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
        }

        Assert.Equal("file", provider.Text("type"));
        var mounted = Assert.Single(dashboards);
        Assert.Equal(Path.Combine(PluginFixtures.RepoRoot, "dashboards"), mounted.Source);
        Assert.Equal(GrafanaQueries.Dashboards(), Directory.GetFiles(mounted.Source, "*.json").Order(StringComparer.Ordinal));
        Assert.NotEmpty(GrafanaQueries.Dashboards());
        Assert.True(Directory.Exists(Path.Combine(ProvisioningFiles.Folder, "datasources-token")), "the token alternative GA_GRAFANA_DATASOURCES names");
    }

    [Fact]
    public void Every_environment_variable_of_the_provisioning_files_is_set_for_Grafana_and_matches_the_InfluxDB_users()
    {
        // Given
        var environment = Environment(Service("grafana"));
        var influx = Environment(Service("influxdb"));
        var files = ProvisioningFiles.Of("datasources").Concat(ProvisioningFiles.Of("dashboards"));

        // When
        var used = files.SelectMany(f => ProvisioningFiles.Scalars(ProvisioningFiles.Load(f)))
            .SelectMany(s => GrafanaVariable().Matches(s.Value).Select(m => m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value))
            .ToHashSet();

        // Then
        Assert.Superset(new HashSet<string> { "GA_INFLUX_URL", "GA_INFLUX_DATABASE", "GA_INFLUX_USER", "GA_INFLUX_PASSWORD", "GA_INFLUX_TOKEN" }, used);
        Assert.All(used, name => Assert.True(environment.ContainsKey(name), $"{name} is used by a provisioning file but not set for the grafana service"));
        Assert.Equal(WithDefaults(influx["INFLUXDB_DB"]), WithDefaults(environment["GA_INFLUX_DATABASE"]));
        Assert.Equal(WithDefaults(influx["INFLUXDB_READ_USER"]), WithDefaults(environment["GA_INFLUX_USER"]));
        Assert.Equal(WithDefaults(influx["INFLUXDB_READ_USER_PASSWORD"]), WithDefaults(environment["GA_INFLUX_PASSWORD"]));
        Assert.Equal("http://influxdb:8086", WithDefaults(environment["GA_INFLUX_URL"]));
        string example = File.ReadAllText(Path.Combine(PluginFixtures.RepoRoot, ".env.example"));
        var composeVariables = ProvisioningFiles.Scalars(ProvisioningFiles.Load(ProvisioningFiles.Compose)).SelectMany(v => ComposeVariable().Matches(v.Value)).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.All(composeVariables, name => Assert.Contains($"{name}=", example, StringComparison.Ordinal));
    }

    [Fact]
    public void The_compose_file_runs_InfluxDB_1_8_and_Grafana_on_ports_8086_and_3000()
    {
        // Given
        var influx = Service("influxdb");
        var grafana = Service("grafana");

        // When
        string Ports(YamlMappingNode service) => string.Join(' ', service.List("ports").OfType<YamlScalarNode>().Select(p => p.Value));

        // Then
        Assert.Equal("influxdb:1.8", influx.Text("image"));
        Assert.StartsWith("grafana/grafana:", grafana.Text("image"), StringComparison.Ordinal);
        Assert.EndsWith(":8086:8086", Ports(influx), StringComparison.Ordinal);
        Assert.EndsWith(":3000:3000", Ports(grafana), StringComparison.Ordinal);
        Assert.Equal("true", Environment(influx)["INFLUXDB_HTTP_AUTH_ENABLED"]);
    }

    private static YamlMappingNode Service(string name) =>
        ProvisioningFiles.Load(ProvisioningFiles.Compose).Map("services")?.Map(name) ?? throw new InvalidOperationException($"docker-compose.yml: no service '{name}'");

    private static Dictionary<string, string> Environment(YamlMappingNode service) =>
        service.Map("environment")?.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? "")
        ?? throw new InvalidOperationException("docker-compose.yml: a service without an environment mapping");

    /// <summary>Compose's <c>${VAR:-default}</c> with no .env: the default.</summary>
    private static string WithDefaults(string text) => ComposeDefault().Replace(text, m => m.Groups[2].Value);

    [GeneratedRegex(@"\$\{(?<a>[A-Za-z_]\w*)\}|\$(?<b>[A-Za-z_]\w*)")]
    private static partial Regex GrafanaVariable();

    [GeneratedRegex(@"\$\{([A-Za-z_]\w*):-([^}]*)\}")]
    private static partial Regex ComposeDefault();

    [GeneratedRegex(@"\$\{([A-Za-z_]\w*)")]
    private static partial Regex ComposeVariable();

    [GeneratedRegex(@"\$\{?([A-Za-z_]\w*)")]
    private static partial Regex ExpressionInputs();

    [GeneratedRegex(@"^([0-9]+(ms|s|m|h|d))+$")]
    private static partial Regex Duration();
}
