using System.Text.Json;
using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// Reads NAB's <c>config/profiles.json</c>: <c>{"standard": {"CostMatrix": {"tpWeight": 1.0, "fnWeight": 1.0,
/// "fpWeight": 0.11, "tnWeight": 1.0}}, …}</c>. Every weight is required; unknown keys are errors.
/// </summary>
internal static class NabProfilesJson
{
    private static readonly string[] s_weights = ["tpWeight", "fpWeight", "fnWeight", "tnWeight"];

    /// <summary>Reads the profiles in file order.</summary>
    /// <param name="path">The JSON file.</param>
    /// <exception cref="DataException">Malformed JSON, a missing, unknown or bad weight, or no profile; names the line.</exception>
    public static IReadOnlyList<NabProfile> Read(string path) => Read(NabLabelsJson.ReadBytes(path), path);

    /// <summary>Reads the profiles from the file's bytes.</summary>
    /// <param name="utf8">The JSON text as UTF-8.</param>
    /// <param name="source">Name for messages.</param>
    /// <exception cref="DataException">Malformed JSON, a missing, unknown or bad weight, or no profile; names the line.</exception>
    public static IReadOnlyList<NabProfile> Read(ReadOnlySpan<byte> utf8, string source)
    {
        var json = new NabJsonCursor(utf8, source);
        var profiles = new List<NabProfile>();
        json.Expect(JsonTokenType.StartObject, "an object of profiles");
        while (json.NextProperty() is { } name)
        {
            long line = json.Line;
            if (profiles.Any(p => p.Name == name))
            {
                throw json.Error($"profile '{name}' appears twice");
            }

            json.Expect(JsonTokenType.StartObject, $"profile '{name}': an object with a CostMatrix");
            Dictionary<string, double>? weights = null;
            while (json.NextProperty() is { } key)
            {
                if (key != "CostMatrix" || weights is not null)
                {
                    throw json.Error($"profile '{name}': unexpected key '{key}'; a profile has one key, CostMatrix");
                }

                weights = CostMatrix(ref json, name);
            }

            if (weights is null)
            {
                throw json.ErrorAt(line, $"profile '{name}' has no CostMatrix");
            }

            var profile = new NabProfile(name, weights["tpWeight"], weights["fpWeight"], weights["fnWeight"], weights["tnWeight"]);
            var problems = profile.Problems();
            if (problems.Count > 0)
            {
                throw json.ErrorAt(line, $"profile '{name}': {string.Join("; ", problems)}");
            }

            profiles.Add(profile);
        }

        json.ExpectEnd();
        return profiles.Count > 0 ? profiles : throw new DataException(source, null, "no profile is defined");
    }

    private static Dictionary<string, double> CostMatrix(ref NabJsonCursor json, string name)
    {
        json.Expect(JsonTokenType.StartObject, $"profile '{name}': CostMatrix as an object of weights");
        long line = json.Line;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        while (json.NextProperty() is { } key)
        {
            if (!s_weights.Contains(key, StringComparer.Ordinal))
            {
                throw json.Error($"profile '{name}': unknown weight '{key}'; the weights are {string.Join(", ", s_weights)}");
            }

            if (!weights.TryAdd(key, json.NextNumber($"profile '{name}', {key}")))
            {
                throw json.Error($"profile '{name}': {key} appears twice");
            }
        }

        var missing = s_weights.Where(w => !weights.ContainsKey(w)).ToList();
        return missing.Count == 0 ? weights : throw json.ErrorAt(line, $"profile '{name}': CostMatrix lacks {string.Join(", ", missing)}");
    }
}
