using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Forecasting;
using GeoAnomaly.Host.Forecasting.Reporting;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.Cli.Commands;

/// <summary>
/// <c>geoanomaly forecast evaluate DATASET --out DIR</c>: walk-forward evaluation of forecast models on a features dataset,
/// each model on the seismicity features (the catalog-only reference) and, when the dataset has anomaly features, on
/// anomaly features and on both, beside the climatological reference; writes <c>report.md</c> and <c>metrics.csv</c>.
/// </summary>
internal sealed class ForecastEvaluateCommand : CliCommand<ForecastEvaluateCommand.Settings>
{
    private static readonly Argument<string> s_dataset = new("dataset") { Description = "A dataset written by 'geoanomaly features'." };
    private static readonly Option<int?> s_horizon = new("--horizon") { Description = "Horizon (days) whose labels to forecast; needed when the dataset has several." };
    private static readonly Option<string> s_models = new("--models") { Description = "Forecast models, comma-separated (see 'geoanomaly plugins').", DefaultValueFactory = _ => "logistic-regression,fast-tree" };
    private static readonly Option<string?> s_modelOptions = new("--model-options") { Description = "JSON file: an object of model name -> options object (e.g. {\"fast-tree\": {\"trees\": 200}})." };
    private static readonly Option<string?> s_firstTest = new("--first-test") { Description = "Start of the first test block, ISO 8601 (default: 40 % into the dataset's issue times)." };
    private static readonly Option<int> s_blockDays = new("--block-days") { Description = "Length of each walk-forward test block, days.", DefaultValueFactory = _ => 365 };
    private static readonly Option<CalibrationMethod> s_calibration = new("--calibration") { Description = "Score-to-probability map fitted on the held-out end of each training period: platt, isotonic or none.", DefaultValueFactory = _ => CalibrationMethod.Platt };
    private static readonly Option<double> s_heldOut = new("--held-out-fraction") { Description = "Fraction of each training period's issue times held out for calibration and the R-score threshold.", DefaultValueFactory = _ => 0.2 };
    private static readonly Option<bool> s_unweighted = new("--unweighted") { Description = "Do not balance the classes with weights (default: each class weighs half)." };
    private static readonly Option<double> s_threshold = new("--alarm-threshold") { Description = "The fixed alarm threshold on the forecast probability.", DefaultValueFactory = _ => 0.05 };
    private static readonly Option<int> s_bootstrap = new("--bootstrap") { Description = "Block-bootstrap resamples for the intervals.", DefaultValueFactory = _ => 200 };
    private static readonly Option<string> s_catalog = new("--catalog-label") { Description = "How the dataset's catalog was prepared, stated in the report (e.g. 'full' or 'declustered, Gardner-Knopoff').", DefaultValueFactory = _ => "full (as given to 'features')" };
    private static readonly Option<int> s_seed = new("--seed") { Description = "Seed for the models and the bootstrap.", DefaultValueFactory = _ => 1 };
    private static readonly Option<string> s_out = new("--out") { Description = "Folder for report.md and metrics.csv.", Required = true };

    public override Command Define()
    {
        var command = new Command("evaluate", "Walk-forward evaluation of forecast models against the climatological and seismicity-only references: POD, FAR, R-score, ROC AUC, Molchan area skill, Brier, information gain, with block-bootstrap intervals, over all cells and over active cells.");
        command.Arguments.Add(s_dataset);
        foreach (var option in new Option[] { s_horizon, s_models, s_modelOptions, s_firstTest, s_blockDays, s_calibration, s_heldOut, s_unweighted, s_threshold, s_bootstrap, s_catalog, s_seed, s_out })
        {
            command.Options.Add(option);
        }

        return command;
    }

    protected override Settings Bind(ParseResult result) => new(
        result.GetValue(s_dataset)!, result.GetValue(s_horizon), result.GetValue(s_models)!, result.GetValue(s_modelOptions), result.GetValue(s_firstTest), result.GetValue(s_blockDays),
        result.GetValue(s_calibration), result.GetValue(s_heldOut), !result.GetValue(s_unweighted), result.GetValue(s_threshold), result.GetValue(s_bootstrap), result.GetValue(s_catalog)!, result.GetValue(s_seed), result.GetValue(s_out)!);

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var dataset = ForecastDatasetReader.Read(settings.Dataset, settings.Horizon);
        using var catalog = PluginCatalog.Load(PluginSearchPath.FromEnvironment(context.PluginFolders), context.Log);
        var guard = new PluginGuard(new PluginGuardOptions { CallTimeout = TimeSpan.FromMinutes(30) }, context.Log);
        var modelOptions = ReadModelOptions(settings.ModelOptions);
        var spec = new ForecastTrainingSpec { Calibration = settings.Calibration, HeldOutFraction = settings.HeldOutFraction, BalanceClasses = settings.Balance };
        bool anomalies = dataset.FeatureIndices(FeatureSet.Anomaly).Length > 0;
        FeatureSet[] sets = anomalies ? [FeatureSet.Seismicity, FeatureSet.Anomaly, FeatureSet.Both] : [FeatureSet.Seismicity];
        var candidates = new List<ForecastCandidate>();
        foreach (string name in settings.ModelNames())
        {
            var loaded = catalog.ForecastModel(name);
            var model = new GuardedForecastModel(loaded, guard);
            object options = OptionsBinder.Bind(modelOptions.TryGetValue(loaded.Name, out var json) ? json : null, loaded.Info.OptionsType, $"forecast model {loaded.Name}", settings.ModelOptions ?? "--model-options");
            var errors = loaded.Model.Validate(options);
            if (errors.Count > 0)
            {
                throw new UsageException($"{settings.ModelOptions ?? "--model-options"}: forecast model {loaded.Name}: {string.Join("; ", errors)}");
            }

            candidates.AddRange(sets.Select(set => new ForecastCandidate($"{loaded.Name}/{FeatureSets.Text(set)}", model, options, spec with { Features = set })));
        }

        var times = dataset.IssueTimes();
        var firstTest = settings.FirstTest is { } text ? ParseTime(text, "--first-test") : times[(int)(times.Count * 0.4)];
        var plan = new WalkForwardPlan(firstTest, TimeSpan.FromDays(settings.BlockDays));
        var evaluation = WalkForwardEvaluation.Run(dataset, candidates, plan, new HostPluginContext(settings.Seed, context.Log), fold =>
            context.Log.Information("fold {Fold}: training on {Train} rows, forecasting {Test} rows issued {From:yyyy-MM-dd}..{To:yyyy-MM-dd}", fold.Number, fold.Train.Length, fold.Test.Length, fold.Cut, fold.TestEnd), cancellationToken);
        string[] references = [WalkForwardEvaluation.ClimatologyName, .. candidates.Where(c => c.Spec.Features == FeatureSet.Seismicity && anomalies).Select(c => c.Name)];
        var options = new ScorecardOptions { AlarmThreshold = settings.AlarmThreshold, BootstrapIterations = settings.Bootstrap, Seed = (ulong)settings.Seed };
        var lines = Scorecard.Compute(evaluation, references, options);
        Directory.CreateDirectory(settings.Out);
        string report = Path.Combine(settings.Out, "report.md");
        ForecastReport.WriteCsv(Path.Combine(settings.Out, "metrics.csv"), lines);
        ForecastReport.WriteMarkdown(report, evaluation, lines, new ReportContext(settings.Dataset, settings.CatalogLabel, firstTest, settings.BlockDays, options, references));
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"forecast evaluation: {evaluation.Folds.Count} folds, {evaluation.Rows.Length:N0} test rows ({evaluation.Labels.Count(l => l):N0} with a target event), horizon {dataset.HorizonDays} days")).ConfigureAwait(false);
        await context.Out.WriteLineAsync("all cells:").ConfigureAwait(false);
        await context.Out.WriteAsync(ForecastReport.HeadlineTable(lines, ScoreScope.AllCells, evaluation.Names)).ConfigureAwait(false);
        await context.Out.WriteLineAsync("active cells:").ConfigureAwait(false);
        await context.Out.WriteAsync(ForecastReport.HeadlineTable(lines, ScoreScope.ActiveCells, evaluation.Names)).ConfigureAwait(false);
        await context.Out.WriteLineAsync($"report: {report}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static Dictionary<string, JsonElement> ReadModelOptions(string? path)
    {
        if (path is null)
        {
            return new(StringComparer.OrdinalIgnoreCase);
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"{path}: must be a JSON object of model name -> options");
            }

            return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path}: not valid JSON: {e.Message}");
        }
    }

    private static DateTimeOffset ParseTime(string text, string option) =>
        IsoTime.TryParse(text, out var naive, out var offset)
            ? new DateTimeOffset(naive.Ticks - (offset ?? TimeSpan.Zero).Ticks, TimeSpan.Zero)
            : throw new UsageException($"{option}: '{text}' is not an ISO 8601 time");

    internal sealed record Settings(
        string Dataset, int? Horizon, string Models, string? ModelOptions, string? FirstTest, int BlockDays, CalibrationMethod Calibration, double HeldOutFraction,
        bool Balance, double AlarmThreshold, int Bootstrap, string CatalogLabel, int Seed, string Out) : ICommandSettings
    {
        public IReadOnlyList<string> ModelNames() => [.. Models.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

        public IEnumerable<string> Validate()
        {
            if (!File.Exists(Dataset))
            {
                yield return $"dataset: file not found: {Dataset}";
            }

            if (ModelNames().Count == 0)
            {
                yield return "--models: give at least one forecast model";
            }

            if (BlockDays < 1)
            {
                yield return $"--block-days: must be at least 1, got {BlockDays}";
            }

            if (HeldOutFraction is < 0 or >= 0.9)
            {
                yield return $"--held-out-fraction: must be in [0, 0.9), got {HeldOutFraction}";
            }

            if (AlarmThreshold is <= 0 or > 1)
            {
                yield return $"--alarm-threshold: must be in (0, 1], got {AlarmThreshold}";
            }

            if (Bootstrap < 10)
            {
                yield return $"--bootstrap: must be at least 10, got {Bootstrap}";
            }
        }
    }
}
