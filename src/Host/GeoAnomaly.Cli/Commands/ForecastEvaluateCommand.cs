using System.CommandLine;
using System.Globalization;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Catalogs.Features;
using GeoAnomaly.Host.Forecasting;
using GeoAnomaly.Host.Forecasting.Reporting;
using GeoAnomaly.Host.Plugins;

namespace GeoAnomaly.Cli.Commands;

/// <summary>
/// <c>geoanomaly forecast evaluate DATASET --out DIR</c>: walk-forward evaluation of forecast models on a features dataset,
/// each model on the seismicity features (the catalog-only reference) and, when the dataset has anomaly features, on
/// anomaly features and on both, beside the climatological reference; writes <c>report.md</c> and <c>metrics.csv</c>.
/// </summary>
internal sealed class ForecastEvaluateCommand : CliCommand<ForecastEvaluateCommand.Settings>
{
    private static readonly Argument<string> s_dataset = new("dataset") { Description = "A dataset written by 'geoanomaly features'." };
    private static readonly Option<string> s_models = new("--models") { Description = "Forecast models, comma-separated (see 'geoanomaly plugins').", DefaultValueFactory = _ => "logistic-regression,fast-tree" };
    private static readonly Option<string?> s_firstTest = new("--first-test") { Description = "Start of the first test block, ISO 8601 (default: 40 % into the dataset's issue times)." };
    private static readonly Option<int> s_blockDays = new("--block-days") { Description = "Length of each walk-forward test block, days.", DefaultValueFactory = _ => 365 };
    private static readonly Option<double> s_threshold = new("--alarm-threshold") { Description = "The fixed alarm threshold on the forecast probability.", DefaultValueFactory = _ => 0.05 };
    private static readonly Option<int> s_bootstrap = new("--bootstrap") { Description = "Block-bootstrap resamples for the intervals.", DefaultValueFactory = _ => 200 };
    private static readonly Option<string?> s_catalog = new("--catalog-label") { Description = "How the dataset's catalog was prepared, stated in the report (default: from the dataset's provenance file that 'features' writes, e.g. 'declustered by Gardner-Knopoff (1974)')." };
    private static readonly Option<string> s_out = new("--out") { Description = "Folder for report.md and metrics.csv.", Required = true };
    private static readonly Option<string?> s_null = new("--null") { Description = "Null datasets, a file pattern such as 'out/data.null-*.csv' ('features --null-datasets'): runs each model on each and reports the null test of the skill the anomalies add (ROC AUC of model/both minus model/seismicity), p = (1 + #{null >= real}) / (1 + K)." };

    public override Command Define()
    {
        var command = ForecastModelOptions.AddTo(new Command("evaluate", "Walk-forward evaluation of forecast models against the climatological and seismicity-only references: POD, FAR, R-score, ROC AUC, Molchan area skill, Brier, information gain, with block-bootstrap intervals, over all cells and over active cells."));
        command.Arguments.Add(s_dataset);
        foreach (var option in new Option[] { s_models, s_firstTest, s_blockDays, s_threshold, s_bootstrap, s_catalog, s_out, s_null })
        {
            command.Options.Add(option);
        }

        return command;
    }

    protected override Settings Bind(ParseResult result) => new(
        result.GetValue(s_dataset)!, result.GetValue(s_models)!, result.GetValue(s_firstTest), result.GetValue(s_blockDays), result.GetValue(s_threshold),
        result.GetValue(s_bootstrap), result.GetValue(s_catalog), result.GetValue(s_out)!, ForecastModelOptions.Bind(result), result.GetValue(s_null));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var training = settings.Training;
        var firstTest = settings.FirstTest is { } text ? CliTimes.Parse(text, "--first-test") : (DateTimeOffset?)null;
        var dataset = ForecastDatasetReader.Read(settings.Dataset, training.Horizon);
        using var catalog = PluginCatalog.Load(PluginSearchPath.FromEnvironment(context.PluginFolders), context.Log);
        var guard = new PluginGuard(new PluginGuardOptions { CallTimeout = TimeSpan.FromMinutes(30) }, context.Log);
        bool anomalies = dataset.FeatureIndices(FeatureSet.Anomaly).Length > 0;
        FeatureSet[] sets = anomalies ? [FeatureSet.Seismicity, FeatureSet.Anomaly, FeatureSet.Both] : [FeatureSet.Seismicity];
        var candidates = new List<ForecastCandidate>();
        foreach (string name in settings.ModelNames())
        {
            var (model, options) = training.Model(catalog, guard, name, "--models");
            candidates.AddRange(sets.Select(set => new ForecastCandidate($"{model.Info.Name}/{FeatureSets.Text(set)}", model, options, training.Spec(set))));
        }

        var times = dataset.IssueTimes();
        var start = firstTest ?? times[(int)(times.Count * 0.4)];
        var plan = new WalkForwardPlan(start, TimeSpan.FromDays(settings.BlockDays), HeldOutFraction: training.HeldOutFraction);
        var evaluation = WalkForwardEvaluation.Run(dataset, candidates, plan, new HostPluginContext(training.Seed, context.Log), fold =>
            context.Log.Information("fold {Fold}: training on {Train} rows, forecasting {Test} rows issued {From:yyyy-MM-dd}..{To:yyyy-MM-dd}", fold.Number, fold.Train.Length, fold.Test.Length, fold.Cut, fold.TestEnd), cancellationToken);
        string[] references = [WalkForwardEvaluation.ClimatologyName, .. anomalies ? candidates.Where(c => c.Spec.Features == FeatureSet.Seismicity).Select(c => c.Name) : []];
        var scoring = new ScorecardOptions { AlarmThreshold = settings.AlarmThreshold, BootstrapIterations = settings.Bootstrap, Seed = (ulong)training.Seed };
        var lines = Scorecard.Compute(evaluation, references, scoring);
        IReadOnlyList<NullTestResult> nullTests = [];
        string extra = string.Empty;
        if (settings.Null is not null)
        {
            if (!anomalies)
            {
                throw new ForecastException($"--null: {settings.Dataset} has no anomaly features, so there is nothing to test");
            }

            var nullFiles = settings.NullFiles();
            nullTests = NullTestRunner.Run(evaluation, candidates, nullFiles, plan, new HostPluginContext(training.Seed, context.Log), training.Horizon,
                file => context.Log.Information("null test: the models on {File}", file), cancellationToken);
            lines = [.. lines, .. NullTest.Lines(nullTests)];
            extra = NullTest.Markdown(nullTests, nullFiles);
        }

        string catalogText = settings.CatalogLabel ?? DatasetProvenance.TryRead(settings.Dataset)?.CatalogText()
            ?? "not recorded (the dataset has no provenance file; state it with --catalog-label)";
        var files = ForecastReport.WriteAll(settings.Out, evaluation, lines, new ReportContext(settings.Dataset, catalogText, start, settings.BlockDays, scoring, references), extra);
        string report = files.Html;
        var o = context.Out;
        await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"forecast evaluation: {evaluation.Folds.Count} folds, {evaluation.Rows.Length:N0} test rows ({evaluation.Labels.Count(l => l):N0} with a target event), horizon {dataset.HorizonDays} days")).ConfigureAwait(false);
        await o.WriteLineAsync("all cells:").ConfigureAwait(false);
        await o.WriteAsync(ForecastReport.HeadlineTable(lines, ScoreScope.AllCells, evaluation.Names)).ConfigureAwait(false);
        await o.WriteLineAsync("active cells:").ConfigureAwait(false);
        await o.WriteAsync(ForecastReport.HeadlineTable(lines, ScoreScope.ActiveCells, evaluation.Names)).ConfigureAwait(false);
        foreach (var test in nullTests)
        {
            await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"null test {test.Model}: AUC(both) - AUC(seismicity) = {test.Real:0.000}, null mean {test.Nulls.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average():0.000} over K = {test.K}, p = {test.P:0.000}")).ConfigureAwait(false);
        }

        await o.WriteLineAsync($"report: {files.Markdown} and {report} ({files.Plots.Count} plots), every figure in {files.Csv}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    internal sealed record Settings(
        string Dataset, string Models, string? FirstTest, int BlockDays, double AlarmThreshold, int Bootstrap, string? CatalogLabel, string Out, ForecastModelOptions.Settings Training, string? Null = null) : ICommandSettings
    {
        /// <summary>The files <see cref="Null"/> matches (wildcards in the file name only), the dataset itself excluded, in natural order (null-2 before null-10).</summary>
        public IReadOnlyList<string> NullFiles()
        {
            if (Null is null)
            {
                return [];
            }

            string folder = Path.GetDirectoryName(Null) is { Length: > 0 } d ? d : ".";
            string pattern = Path.GetFileName(Null);
            if (!Directory.Exists(folder) || pattern.Length == 0)
            {
                return [];
            }

            string dataset = Path.GetFullPath(Dataset);
            return [.. Directory.GetFiles(folder, pattern).Where(f => Path.GetFullPath(f) != dataset).OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)];
        }

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

            if (AlarmThreshold is <= 0 or > 1)
            {
                yield return $"--alarm-threshold: must be in (0, 1], got {AlarmThreshold}";
            }

            if (Bootstrap < 10)
            {
                yield return $"--bootstrap: must be at least 10, got {Bootstrap}";
            }

            if (Null is not null && NullFiles().Count == 0)
            {
                yield return $"--null: no file matches '{Null}' (write them with 'features --null-datasets K')";
            }

            foreach (string problem in Training.Validate())
            {
                yield return problem;
            }
        }
    }
}
