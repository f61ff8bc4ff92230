using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>One query or expression of a provisioned Grafana alert rule (an item of the rule's <c>data</c>).</summary>
/// <param name="RefId">Its refId.</param>
/// <param name="DatasourceUid">The data source's uid, or <c>__expr__</c> for a server-side expression.</param>
/// <param name="From">Seconds before the evaluation time where the query's time range starts.</param>
/// <param name="To">Seconds before the evaluation time where it ends.</param>
/// <param name="Model">The query model (InfluxQL query, or the expression's type and settings).</param>
internal sealed record AlertData(string RefId, string DatasourceUid, int From, int To, YamlMappingNode Model)
{
    /// <summary>The model's <c>type</c> (reduce, math, threshold...) or "" for a data source query.</summary>
    public string Type => Model.Text("type");
}

/// <summary>A provisioned Grafana alert rule.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Group">Its rule group.</param>
/// <param name="Node">The rule as written.</param>
/// <param name="Data">Its queries and expressions.</param>
internal sealed record AlertRule(string File, string Group, YamlMappingNode Node, IReadOnlyList<AlertData> Data)
{
    public string Uid => Node.Text("uid");

    public string Condition => Node.Text("condition");

    /// <summary>The one data source query of the rule (refId A in ours).</summary>
    public AlertData Query => Data.Single(d => d.DatasourceUid != ProvisioningFiles.Expression);

    public override string ToString() => $"{File} '{Uid}'";
}

/// <summary>
/// Reads the Grafana provisioning files under <c>dashboards/provisioning/</c> and the repository's
/// <c>docker-compose.yml</c> with YamlDotNet's representation model; a file that does not parse fails with its name,
/// line and column.
/// </summary>
internal static class ProvisioningFiles
{
    /// <summary>The uid Grafana gives server-side expressions.</summary>
    public const string Expression = "__expr__";

    /// <summary>dashboards/provisioning in the repository.</summary>
    public static string Folder => Path.Combine(PluginFixtures.RepoRoot, "dashboards", "provisioning");

    /// <summary>docker-compose.yml at the repository root.</summary>
    public static string Compose => Path.Combine(PluginFixtures.RepoRoot, "docker-compose.yml");

    /// <summary>Every YAML file under <see cref="Folder"/>, sorted.</summary>
    public static IReadOnlyList<string> All() =>
        [.. Directory.GetFiles(Folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>The YAML files of one kind of provisioning, e.g. <c>alerting</c>, or every <c>datasources*</c> folder.</summary>
    public static IReadOnlyList<string> Of(string folderPrefix) =>
        [.. All().Where(f => Path.GetFileName(Path.GetDirectoryName(f)!).StartsWith(folderPrefix, StringComparison.Ordinal))];

    /// <summary>Parses a YAML file holding one document whose root is a mapping.</summary>
    /// <exception cref="InvalidDataException">The file does not parse, is empty, or its root is not a mapping.</exception>
    public static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(File.ReadAllText(path));
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{path}:{e.Start.Line}:{e.Start.Column}: {e.Message}", e);
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new InvalidDataException($"{path}: expected one YAML document whose root is a mapping");
    }

    /// <summary>The data sources of every <c>datasources*</c> folder, with the folder each comes from.</summary>
    public static IReadOnlyList<(string Folder, YamlMappingNode DataSource)> DataSources() =>
        [.. Of("datasources").SelectMany(f => Load(f).List("datasources").OfType<YamlMappingNode>().Select(d => (Path.GetFileName(Path.GetDirectoryName(f)!), d)))];

    /// <summary>Every alert rule of the <c>alerting</c> folder.</summary>
    public static IReadOnlyList<AlertRule> AlertRules()
    {
        var rules = new List<AlertRule>();
        foreach (string path in Of("alerting"))
        {
            foreach (var group in Load(path).List("groups").OfType<YamlMappingNode>())
            {
                foreach (var rule in group.List("rules").OfType<YamlMappingNode>())
                {
                    var data = rule.List("data").OfType<YamlMappingNode>().Select(ReadData).ToList();
                    rules.Add(new AlertRule(Path.GetFileName(path), group.Text("name"), rule, data));
                }
            }
        }

        return rules;
    }

    /// <summary>The child <paramref name="key"/> of a mapping, or null.</summary>
    public static YamlNode? Get(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The scalar text of <paramref name="key"/>, or "" when absent or not a scalar.</summary>
    public static string Text(this YamlMappingNode node, string key) => node.Get(key) is YamlScalarNode { Value: { } text } ? text : "";

    /// <summary>The mapping at <paramref name="key"/>, or null.</summary>
    public static YamlMappingNode? Map(this YamlMappingNode node, string key) => node.Get(key) as YamlMappingNode;

    /// <summary>The items of the sequence at <paramref name="key"/> (none when absent).</summary>
    public static IReadOnlyList<YamlNode> List(this YamlMappingNode node, string key) =>
        node.Get(key) is YamlSequenceNode sequence ? [.. sequence.Children] : [];

    /// <summary>Every scalar under <paramref name="node"/>, with its path (<c>a.b[0].c</c>).</summary>
    public static IEnumerable<(string Path, string Value)> Scalars(YamlNode node, string path = "")
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } value }:
                yield return (path, value);
                break;
            case YamlMappingNode mapping:
                foreach (var (key, child) in mapping.Children)
                {
                    foreach (var item in Scalars(child, path.Length == 0 ? $"{key}" : $"{path}.{key}"))
                    {
                        yield return item;
                    }
                }

                break;
            case YamlSequenceNode sequence:
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    foreach (var item in Scalars(sequence.Children[i], $"{path}[{i}]"))
                    {
                        yield return item;
                    }
                }

                break;
            default:
                break;
        }
    }

    private static AlertData ReadData(YamlMappingNode data)
    {
        var range = data.Map("relativeTimeRange");
        int Seconds(string key) => range is null ? 0 : int.Parse(range.Text(key), NumberStyles.Integer, CultureInfo.InvariantCulture);
        return new AlertData(data.Text("refId"), data.Text("datasourceUid"), Seconds("from"), Seconds("to"), data.Map("model") ?? new YamlMappingNode());
    }
}
