using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>
/// Evaluates the server-side expressions of a provisioned alert rule the way Grafana does, on the series its query
/// returned: <c>reduce</c> (last, max, min, mean, sum, count; <c>dropNN</c> drops non-numbers, the default strict mode
/// turns any into NaN), <c>math</c> of the form <c>$X op number</c>, and <c>threshold</c> (gt, lt, gte, lte, eq, ne,
/// within_range, outside_range). A series fires when the condition's value is a number other than 0.
/// </summary>
/// <remarks>Only what the repository's rules use; anything else throws, so a new rule fails its test loudly
/// instead of being judged wrongly.</remarks>
internal static partial class AlertExpressions
{
    /// <summary>The values of every expression per series (series named by their sorted tags).</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="series">The query's series: tags as <c>k=v,k=v</c> (sorted by key), and their values in time order.</param>
    /// <returns>refId, then series, then value.</returns>
    /// <exception cref="NotSupportedException">An expression this evaluator does not know.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Evaluate(AlertRule rule, IReadOnlyDictionary<string, IReadOnlyList<double>> series)
    {
        var results = new Dictionary<string, IReadOnlyDictionary<string, double>>();
        foreach (var step in rule.Data.Where(d => d.DatasourceUid == ProvisioningFiles.Expression))
        {
            results[step.RefId] = step.Type switch
            {
                "reduce" => Reduce(step, rule, series),
                "math" => Math(step, results),
                "threshold" => Threshold(step, results),
                _ => throw new NotSupportedException($"{rule}: expression {step.RefId} of type '{step.Type}'"),
            };
        }

        return results;
    }

    /// <summary>Whether a condition value fires.</summary>
    public static bool Fires(double value) => !double.IsNaN(value) && value != 0;

    /// <summary>The constant the rule's condition compares with (math <c>$X op c</c>, or the threshold's first parameter).</summary>
    public static double ConditionConstant(AlertRule rule)
    {
        var condition = rule.Data.Single(d => d.RefId == rule.Condition);
        return condition.Type switch
        {
            "math" => ParseComparison(condition.Model.Text("expression")).Constant,
            "threshold" => Evaluator(condition).Params[0],
            _ => throw new NotSupportedException($"{rule}: condition of type '{condition.Type}'"),
        };
    }

    /// <summary>The name of a series from its tags, as <see cref="Evaluate"/> expects.</summary>
    public static string SeriesName(IReadOnlyDictionary<string, string> tags) =>
        string.Join(',', tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));

    private static Dictionary<string, double> Reduce(AlertData step, AlertRule rule, IReadOnlyDictionary<string, IReadOnlyList<double>> series)
    {
        string input = step.Model.Text("expression").TrimStart('$');
        if (input != rule.Query.RefId)
        {
            throw new NotSupportedException($"{rule}: reduce {step.RefId} of '{input}', not of the query {rule.Query.RefId}");
        }

        bool dropNonNumbers = step.Model.Map("settings")?.Text("mode") == "dropNN";
        string reducer = step.Model.Text("reducer");
        var reduced = new Dictionary<string, double>();
        foreach (var (name, values) in series)
        {
            var numbers = dropNonNumbers ? values.Where(double.IsFinite).ToList() : [.. values];
            reduced[name] = !dropNonNumbers && numbers.Any(v => !double.IsFinite(v)) && reducer != "count" ? double.NaN : reducer switch
            {
                "last" => numbers.Count == 0 ? double.NaN : numbers[^1],
                "max" => numbers.Count == 0 ? double.NaN : numbers.Max(),
                "min" => numbers.Count == 0 ? double.NaN : numbers.Min(),
                "mean" => numbers.Count == 0 ? double.NaN : numbers.Average(),
                "sum" => numbers.Sum(),
                "count" => numbers.Count,
                _ => throw new NotSupportedException($"{rule}: reducer '{reducer}'"),
            };
        }

        return reduced;
    }

    private static Dictionary<string, double> Math(AlertData step, Dictionary<string, IReadOnlyDictionary<string, double>> results)
    {
        var (input, op, constant) = ParseComparison(step.Model.Text("expression"));
        return results[input].ToDictionary(p => p.Key, p => double.IsNaN(p.Value) ? double.NaN : Compare(op, p.Value, constant) ? 1 : 0);
    }

    private static Dictionary<string, double> Threshold(AlertData step, Dictionary<string, IReadOnlyDictionary<string, double>> results)
    {
        var (type, parameters) = Evaluator(step);
        string input = step.Model.Text("expression").TrimStart('$');
        return results[input].ToDictionary(p => p.Key, p => double.IsNaN(p.Value) ? double.NaN : type switch
        {
            "gt" or "lt" or "gte" or "lte" or "eq" or "ne" => Compare(type, p.Value, parameters[0]),
            "within_range" => p.Value > parameters.Min() && p.Value < parameters.Max(),
            "outside_range" => p.Value < parameters.Min() || p.Value > parameters.Max(),
            _ => throw new NotSupportedException($"threshold type '{type}'"),
        } ? 1 : 0);
    }

    private static (string Type, double[] Params) Evaluator(AlertData step)
    {
        var conditions = step.Model.List("conditions").OfType<YamlMappingNode>().ToList();
        var evaluator = conditions.Count == 1 ? conditions[0].Map("evaluator") : null;
        return evaluator is null
            ? throw new NotSupportedException($"threshold {step.RefId}: expected one condition with an evaluator")
            : (evaluator.Text("type"), [.. evaluator.List("params").OfType<YamlScalarNode>().Select(p => double.Parse(p.Value!, CultureInfo.InvariantCulture))]);
    }

    private static bool Compare(string op, double value, double constant) => op switch
    {
        ">" or "gt" => value > constant,
        ">=" or "gte" => value >= constant,
        "<" or "lt" => value < constant,
        "<=" or "lte" => value <= constant,
        "==" or "eq" => value == constant,
        "!=" or "ne" => value != constant,
        _ => throw new NotSupportedException($"comparison '{op}'"),
    };

    private static (string Input, string Op, double Constant) ParseComparison(string expression)
    {
        var match = Comparison().Match(expression);
        return match.Success
            ? (match.Groups["input"].Value, match.Groups["op"].Value, double.Parse(match.Groups["constant"].Value, CultureInfo.InvariantCulture))
            : throw new NotSupportedException($"math expression '{expression}' (only '$X op number')");
    }

    [GeneratedRegex(@"^\s*\$\{?(?<input>\w+)\}?\s*(?<op>>=|<=|==|!=|>|<)\s*(?<constant>-?[0-9]+(?:\.[0-9]+)?(?:[eE]-?[0-9]+)?)\s*$")]
    private static partial Regex Comparison();
}
