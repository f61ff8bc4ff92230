using System.CommandLine;
using System.Text.Json;
using GeoAnomaly.Host.Forecasting;
using GeoAnomaly.Host.Plugins;

namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>The options shared by <c>forecast train</c> and <c>forecast evaluate</c>: which models, their options, how
/// they are trained (calibration, hold-out, class weights) and the seed.</summary>
internal static class ForecastModelOptions
{
    public static readonly Option<string?> ModelOptions = new("--model-options") { Description = "JSON file: an object of model name -> options object (e.g. {\"fast-tree\": {\"numberOfTrees\": 200}}); see 'geoanomaly plugins' for each model's options." };
    public static readonly Option<CalibrationMethod> Calibration = new("--calibration") { Description = "Score-to-probability map fitted on the held-out end of the training period: platt, isotonic or none.", DefaultValueFactory = _ => CalibrationMethod.Platt };
    public static readonly Option<double> HeldOut = new("--held-out-fraction") { Description = "Fraction of the training period's issue times held out (after a one-horizon gap) for calibration and the R-score threshold.", DefaultValueFactory = _ => 0.2 };
    public static readonly Option<bool> Unweighted = new("--unweighted") { Description = "Do not balance the classes with weights (default: each class weighs half the rows)." };
    public static readonly Option<int> Seed = new("--seed") { Description = "Seed for the models (and the bootstrap).", DefaultValueFactory = _ => 1 };
    public static readonly Option<int?> Horizon = new("--horizon") { Description = "Horizon (days) whose labels to forecast; needed when the dataset has several." };

    /// <summary>Adds the options to <paramref name="command"/> and returns it.</summary>
    public static Command AddTo(Command command)
    {
        foreach (var option in new Option[] { Horizon, ModelOptions, Calibration, HeldOut, Unweighted, Seed })
        {
            command.Options.Add(option);
        }

        return command;
    }

    /// <summary>Reads the options.</summary>
    public static Settings Bind(ParseResult result) => new(
        result.GetValue(Horizon), result.GetValue(ModelOptions), result.GetValue(Calibration), result.GetValue(HeldOut), !result.GetValue(Unweighted), result.GetValue(Seed));

    /// <summary>The bound options.</summary>
    internal sealed record Settings(int? Horizon, string? ModelOptionsFile, CalibrationMethod Calibration, double HeldOutFraction, bool Balance, int Seed)
    {
        /// <summary>The training spec for a feature set.</summary>
        public ForecastTrainingSpec Spec(FeatureSet features) =>
            new() { Features = features, Calibration = Calibration, HeldOutFraction = HeldOutFraction, BalanceClasses = Balance };

        public IEnumerable<string> Validate()
        {
            foreach (string problem in Spec(FeatureSet.Both).Validate())
            {
                yield return "--" + problem;
            }

            if (ModelOptionsFile is not null && !File.Exists(ModelOptionsFile))
            {
                yield return $"--model-options: file not found: {ModelOptionsFile}";
            }
        }

        /// <summary>A model from the plugin catalog, guarded, with its options bound from <c>--model-options</c> and checked.</summary>
        /// <exception cref="UsageException">An unknown model (listing the loaded ones), or options that do not bind or are invalid, naming the file and model.</exception>
        /// <param name="catalog">The loaded plugins.</param>
        /// <param name="guard">Guards every call into the model.</param>
        /// <param name="name">The model's name.</param>
        /// <param name="option">The option that named it, for messages.</param>
        public (GuardedForecastModel Model, object Options) Model(PluginCatalog catalog, PluginGuard guard, string name, string option)
        {
            ArgumentNullException.ThrowIfNull(catalog);
            var loaded = catalog.TryFindForecastModel(name, out var found) ? found
                : throw new UsageException($"{option}: no forecast model named '{name}'; " + (catalog.ForecastModels.Count == 0
                    ? "no forecast models are loaded (check --plugins, GEOANOMALY_PLUGINS and plugins/ beside the executable)"
                    : $"loaded forecast models are {string.Join(", ", catalog.ForecastModels.Select(m => m.Name).Order(StringComparer.Ordinal))}"));
            string where = ModelOptionsFile ?? "--model-options";
            var all = ReadModelOptions();
            object options;
            try
            {
                options = OptionsBinder.Bind(all.TryGetValue(loaded.Name, out var json) ? json : null, loaded.Info.OptionsType, $"forecast model {loaded.Name}", where);
            }
            catch (OptionsBindingException e)
            {
                throw new UsageException(e.Message);
            }

            var model = new GuardedForecastModel(loaded, guard);
            var errors = model.Validate(options);
            return errors.Count > 0
                ? throw new UsageException($"{where}: forecast model {loaded.Name}: {string.Join("; ", errors)}")
                : (model, options);
        }

        private Dictionary<string, JsonElement> ReadModelOptions()
        {
            if (ModelOptionsFile is null)
            {
                return new(StringComparer.OrdinalIgnoreCase);
            }

            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(ModelOptionsFile));
                return doc.RootElement.ValueKind == JsonValueKind.Object
                    ? doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.OrdinalIgnoreCase)
                    : throw new UsageException($"{ModelOptionsFile}: must be a JSON object of model name -> options");
            }
            catch (JsonException e)
            {
                throw new UsageException($"{ModelOptionsFile}: not valid JSON: {e.Message}");
            }
        }
    }
}
