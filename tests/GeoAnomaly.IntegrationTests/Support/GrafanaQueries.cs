using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>Where an InfluxQL query sits in a dashboard: a template variable, an annotation or a panel target.</summary>
internal enum QueryPlace
{
    Variable,
    Annotation,
    Panel,
}

/// <summary>One InfluxQL query of a Grafana dashboard, as written there (macros and variables not substituted).</summary>
/// <param name="Dashboard">The dashboard file's name.</param>
/// <param name="Place">Variable, annotation or panel.</param>
/// <param name="Name">The variable's name, the annotation's name, or the panel's title and the target's refId.</param>
/// <param name="Text">The query.</param>
/// <param name="TagColumns">For an annotation, the columns Grafana turns into tags (it splits their values at commas,
/// so they must be strings).</param>
internal sealed record GrafanaQuery(string Dashboard, QueryPlace Place, string Name, string Text, IReadOnlyList<string> TagColumns)
{
    public override string ToString() => $"{Dashboard} {Place} '{Name}': {Text}";
}

/// <summary>A template variable's declaration: whether Grafana formats it as a regex alternation.</summary>
/// <param name="Name">Variable name.</param>
/// <param name="Type">query, custom, textbox, constant, datasource, interval...</param>
/// <param name="Multi">Multi-value or include-all: Grafana then renders values as <c>(a|b)</c>, regex-escaped.</param>
internal sealed record GrafanaVariable(string Name, string Type, bool Multi);

/// <summary>
/// Reads the InfluxQL queries out of Grafana classic dashboard JSON and substitutes Grafana's macros and variables
/// the way its InfluxDB data source does: <c>$timeFilter</c> as <c>time &gt;= Xms and time &lt;= Yms</c>,
/// <c>$__interval</c>, and each variable as its value (regex-escaped for query variables, joined as <c>(a|b)</c> when
/// several values are selected), in the <c>$name</c>, <c>${name}</c> and <c>[[name]]</c> forms.
/// </summary>
internal static partial class GrafanaQueries
{
    /// <summary>The dashboards folder of the repository.</summary>
    public static string Folder => Path.Combine(PluginFixtures.RepoRoot, "dashboards");

    /// <summary>Every dashboard JSON file of <see cref="Folder"/> (provisioning files excluded).</summary>
    public static IReadOnlyList<string> Dashboards() =>
        [.. Directory.GetFiles(Folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)];

    /// <summary>The template variables of a dashboard, in declaration order.</summary>
    public static IReadOnlyList<GrafanaVariable> Variables(JsonElement dashboard)
    {
        var list = new List<GrafanaVariable>();
        if (dashboard.TryGetProperty("templating", out var templating) && templating.TryGetProperty("list", out var items))
        {
            foreach (var item in items.EnumerateArray())
            {
                bool multi = Flag(item, "multi") || Flag(item, "includeAll");
                list.Add(new GrafanaVariable(item.GetProperty("name").GetString()!, item.GetProperty("type").GetString()!, multi));
            }
        }

        return list;
    }

    /// <summary>Every InfluxQL query of the dashboard file: query variables, annotations other than Grafana's built-in
    /// one (their <c>target</c>: <c>query</c> with <c>rawQuery</c> and <c>fromAnnotations</c> set, and
    /// <c>tagsColumn</c>), and panel targets (inside rows too). A target not in raw-query mode, and an annotation in the
    /// legacy form (query and columns beside the target), are returned with their text empty.</summary>
    public static IReadOnlyList<GrafanaQuery> Extract(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        string name = Path.GetFileName(path);
        var queries = new List<GrafanaQuery>();
        if (root.TryGetProperty("templating", out var templating) && templating.TryGetProperty("list", out var variables))
        {
            foreach (var v in variables.EnumerateArray().Where(v => v.GetProperty("type").GetString() == "query"))
            {
                queries.Add(new GrafanaQuery(name, QueryPlace.Variable, v.GetProperty("name").GetString()!, QueryText(v.GetProperty("query")), []));
            }
        }

        if (root.TryGetProperty("annotations", out var annotations) && annotations.TryGetProperty("list", out var list))
        {
            foreach (var a in list.EnumerateArray().Where(a => !a.TryGetProperty("builtIn", out var b) || b.GetInt32() != 1))
            {
                // Grafana's current form: the InfluxQL and the column mapping inside target (raw query, from annotations).
                var target = a.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.Object ? t : default;
                bool raw = target.ValueKind == JsonValueKind.Object && Flag(target, "rawQuery") && Flag(target, "fromAnnotations");
                string[] tags = raw ? Text(target, "tagsColumn").Replace(" ", "", StringComparison.Ordinal).Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
                queries.Add(new GrafanaQuery(name, QueryPlace.Annotation, a.GetProperty("name").GetString()!, raw ? Text(target, "query") : "", tags));
            }
        }

        foreach (var panel in Panels(root))
        {
            if (!panel.TryGetProperty("targets", out var targets))
            {
                continue;
            }

            foreach (var target in targets.EnumerateArray())
            {
                bool raw = Flag(target, "rawQuery") && target.TryGetProperty("query", out _);
                string title = $"{Text(panel, "title")} {Text(target, "refId")}";
                queries.Add(new GrafanaQuery(name, QueryPlace.Panel, title, raw ? target.GetProperty("query").GetString()! : "", []));
            }
        }

        return queries;
    }

    /// <summary>All panels of a dashboard, those nested in collapsed rows included.</summary>
    public static IEnumerable<JsonElement> Panels(JsonElement dashboard)
    {
        if (!dashboard.TryGetProperty("panels", out var panels))
        {
            yield break;
        }

        foreach (var panel in panels.EnumerateArray())
        {
            yield return panel;
            foreach (var inner in Panels(panel))
            {
                yield return inner;
            }
        }
    }

    /// <summary>Substitutes macros and variables in <paramref name="query"/>.</summary>
    /// <param name="query">The query as written in the dashboard.</param>
    /// <param name="from">Start of the time range.</param>
    /// <param name="to">End of the time range.</param>
    /// <param name="interval">What <c>$__interval</c> and <c>$interval</c> become, e.g. <c>1m</c>.</param>
    /// <param name="declared">The dashboard's variables (how each is formatted).</param>
    /// <param name="values">The selected values per variable name.</param>
    /// <exception cref="InvalidOperationException">The query names a variable that has no value.</exception>
    public static string Substitute(string query, DateTimeOffset from, DateTimeOffset to, string interval, IReadOnlyList<GrafanaVariable> declared, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        string timeFilter = string.Create(CultureInfo.InvariantCulture, $"time >= {from.ToUnixTimeMilliseconds()}ms and time <= {to.ToUnixTimeMilliseconds()}ms");
        return VariableReference().Replace(query, match =>
        {
            string name = match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Success ? match.Groups["b"].Value : match.Groups["c"].Value;
            switch (name)
            {
                case "timeFilter" or "__timeFilter":
                    return timeFilter;
                case "__interval" or "interval":
                    return interval;
                default:
                    break;
            }

            if (!values.TryGetValue(name, out var selected) || selected.Count == 0)
            {
                throw new InvalidOperationException($"variable '{name}' has no value in: {query}");
            }

            var variable = declared.FirstOrDefault(v => v.Name == name) ?? new GrafanaVariable(name, "constant", Multi: false);
            if (!variable.Multi && (variable.Type is "textbox" or "constant" or "custom" || double.TryParse(selected[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
            {
                // Grafana's InfluxDB data source inserts a single-value variable's number as it is, regex-escaped only
                // when the variable is multi-value or include-all, or (from Grafana 10) a string used inside =~ /.../.
                return selected[0];
            }

            var escaped = selected.Select(EscapeRegex).ToList();
            return escaped.Count == 1 ? escaped[0] : $"({string.Join('|', escaped)})";
        });
    }

    /// <summary>A value escaped for an InfluxQL regex literal <c>/.../</c>, as Grafana's InfluxDB data source does.</summary>
    public static string EscapeRegex(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            if (@"\^$.|?*+()[]{}/".Contains(c, StringComparison.Ordinal))
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static string QueryText(JsonElement query) =>
        query.ValueKind == JsonValueKind.String ? query.GetString()! : query.TryGetProperty("query", out var inner) ? inner.GetString()! : "";

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    [GeneratedRegex(@"\$\{(?<a>\w+)(?::\w+)?\}|\[\[(?<b>\w+)\]\]|\$(?<c>\w+)")]
    private static partial Regex VariableReference();
}
