using System.Text.Json;
using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>A published NAB threshold and the raw score NAB's optimiser found with it (<c>config/thresholds.json</c>).</summary>
/// <param name="Threshold">The detection threshold.</param>
/// <param name="Score">The raw corpus score at that threshold, as recorded.</param>
internal sealed record NabPublishedThreshold(double Threshold, double Score);

/// <summary>
/// Reads NAB's published JSON results: <c>results/final_results.json</c> (the scoreboard: detector, profile, normalised
/// score) and <c>config/thresholds.json</c> (detector, profile, <c>{"score", "threshold"}</c>).
/// </summary>
internal static class NabPublishedJson
{
    /// <summary>Reads the scoreboard: normalised score by detector, then by profile.</summary>
    /// <param name="path">The JSON file.</param>
    /// <exception cref="DataException">Malformed JSON or a value that is not a number; names the line.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> ReadFinalResults(string path)
    {
        byte[] utf8 = NabLabelsJson.ReadBytes(path);
        var json = new NabJsonCursor(utf8, path);
        var result = new SortedDictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        json.Expect(JsonTokenType.StartObject, "an object of detectors");
        while (json.NextProperty() is { } detector)
        {
            var profiles = new SortedDictionary<string, double>(StringComparer.Ordinal);
            json.Expect(JsonTokenType.StartObject, $"'{detector}': an object of profiles");
            while (json.NextProperty() is { } profile)
            {
                profiles[profile] = json.NextNumber($"'{detector}', '{profile}'");
            }

            result[detector] = profiles;
        }

        json.ExpectEnd();
        return result;
    }

    /// <summary>Reads the thresholds: by detector, then by profile.</summary>
    /// <param name="path">The JSON file.</param>
    /// <exception cref="DataException">Malformed JSON, or an entry without a numeric score and threshold; names the line.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, NabPublishedThreshold>> ReadThresholds(string path)
    {
        byte[] utf8 = NabLabelsJson.ReadBytes(path);
        var json = new NabJsonCursor(utf8, path);
        var result = new SortedDictionary<string, IReadOnlyDictionary<string, NabPublishedThreshold>>(StringComparer.Ordinal);
        json.Expect(JsonTokenType.StartObject, "an object of detectors");
        while (json.NextProperty() is { } detector)
        {
            var profiles = new SortedDictionary<string, NabPublishedThreshold>(StringComparer.Ordinal);
            json.Expect(JsonTokenType.StartObject, $"'{detector}': an object of profiles");
            while (json.NextProperty() is { } profile)
            {
                long line = json.Line;
                double? score = null;
                double? threshold = null;
                json.Expect(JsonTokenType.StartObject, $"'{detector}', '{profile}': an object with score and threshold");
                while (json.NextProperty() is { } key)
                {
                    switch (key)
                    {
                        case "score":
                            score = json.NextNumber($"'{detector}', '{profile}', score");
                            break;
                        case "threshold":
                            threshold = json.NextNumber($"'{detector}', '{profile}', threshold");
                            break;
                        default:
                            throw json.Error($"'{detector}', '{profile}': unknown key '{key}'; expected score and threshold");
                    }
                }

                profiles[profile] = score is { } s && threshold is { } t
                    ? new NabPublishedThreshold(t, s)
                    : throw new DataException(path, line, $"'{detector}', '{profile}': needs both score and threshold");
            }

            result[detector] = profiles;
        }

        json.ExpectEnd();
        return result;
    }
}
