using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GeoAnomaly.Cli.Commands;

/// <summary>
/// The detectors configuration the demo screens with unless given <c>--detectors</c>: with <c>--preprocess</c>, per kind
/// a preprocessing chain of the built-in preprocessors that are loaded (deformation: earth tides, detrend;
/// electromagnetic: daily variation, detrend; fluid: barometric correction against the station's <c>baro</c> channel,
/// earth tides, detrend; whole-series fits, since the demo's two weeks are shorter than the causal tide span), then every
/// loaded detector with its defaults on deformation, electromagnetic and fluid channels (barometric pressure, kind
/// <c>other</c>, is an auxiliary channel and is not screened), default calibration, and a 2-of-3 vote of the three
/// built-in detectors.
/// </summary>
/// <remarks>
/// The threshold was chosen on the default synthetic network (seed 42, 6 stations, 14 days): at 0.9998 the spectral
/// residual finds 77 % of the injected spikes and 85 % of the level shifts with 81 % of its events on a labelled
/// anomaly; 0.999 finds more (92 % of the spikes) at 40 % precision. The demo writes the plan to
/// <c>OUT/detectors.json</c> as a starting point for <c>geoanomaly detect --detectors</c>.
/// </remarks>
internal static class DemoPlan
{
    /// <summary>The demo's calibrated event threshold.</summary>
    public const double Threshold = 0.9998;

    /// <summary>The channel kinds the demo screens.</summary>
    public static readonly string[] Kinds = ["deformation", "electromagnetic", "fluid"];

    /// <summary>The built-in detectors the vote combines, when all are loaded.</summary>
    public static readonly string[] Voters = ["spectral-residual", "ssa-changepoint", "isolation-forest"];

    /// <summary>The name of the vote's events and scores.</summary>
    public const string VoteName = "vote";

    /// <summary>The chain per kind: preprocessor names (with the companions they need), in order.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string? Companion)[]> Chains = new Dictionary<string, (string, string?)[]>
    {
        ["deformation"] = [("earth-tides-entire", null), ("detrend-entire", null)],
        ["electromagnetic"] = [("daily-variation", null), ("detrend-entire", null)],
        ["fluid"] = [("barometric", "baro"), ("earth-tides-entire", null), ("detrend-entire", null)],
    };

    /// <summary>The plan as indented JSON in the <c>detect --detectors</c> format.</summary>
    /// <param name="detectors">Names of the loaded detectors.</param>
    /// <param name="preprocessors">Names of the loaded preprocessors; the chains use those of them they name.</param>
    /// <param name="threshold">The calibrated event threshold.</param>
    public static string Json(IEnumerable<string> detectors, IEnumerable<string> preprocessors, double threshold)
    {
        var names = detectors.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var loaded = preprocessors.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var root = new JsonObject();
        foreach (string kind in Kinds)
        {
            var chain = new JsonArray([.. Chains[kind].Where(stage => loaded.Contains(stage.Name)).Select(stage => (JsonNode)(stage.Companion is null
                ? JsonValue.Create(stage.Name)
                : new JsonObject { ["name"] = stage.Name, ["companions"] = new JsonArray(JsonValue.Create(stage.Companion)) }))]);
            var list = new JsonArray([.. names.Select(n => (JsonNode)JsonValue.Create(n))]);
            if (Voters.All(v => names.Contains(v, StringComparer.OrdinalIgnoreCase)))
            {
                list.Add(new JsonObject
                {
                    ["name"] = "ensemble",
                    ["options"] = new JsonObject
                    {
                        ["method"] = "vote",
                        ["votes"] = 2,
                        ["members"] = new JsonArray([.. Voters.Select(v => (JsonNode)JsonValue.Create(v))]),
                        ["outputName"] = VoteName,
                    },
                });
            }

            root[kind] = new JsonObject
            {
                ["preprocess"] = chain,
                ["detectors"] = list,
                ["events"] = new JsonObject { ["threshold"] = JsonValue.Create(double.Parse(threshold.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)) },
            };
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
