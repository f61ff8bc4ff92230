using System.CommandLine;
using System.Globalization;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Forecasting;
using GeoAnomaly.Host.Plugins;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly forecast train DATASET --model NAME --out model.zip</c>: trains one forecast model on the rows
/// whose labels closed by <c>--train-to</c> and saves it (component, options, features, imputation, calibration) for
/// <c>forecast run</c>.</summary>
internal sealed class ForecastTrainCommand : CliCommand<ForecastTrainCommand.Settings>
{
    private static readonly Argument<string> s_dataset = new("dataset") { Description = "A dataset written by 'geoanomaly features'." };
    private static readonly Option<string> s_model = new("--model") { Description = "The forecast model (see 'geoanomaly plugins').", DefaultValueFactory = _ => "logistic-regression" };
    private static readonly Option<FeatureSet> s_features = new("--features") { Description = "Feature set: seismicity, anomaly or both.", DefaultValueFactory = _ => FeatureSet.Both };
    private static readonly Option<string?> s_trainTo = new("--train-to") { Description = "Train on rows whose label window (t, t + horizon] closed by this time, ISO 8601 (default: the last issue time)." };
    private static readonly Option<string> s_out = new("--out") { Description = "The model file to write (a zip; replaced only once complete).", Required = true };

    public override Command Define()
    {
        var command = ForecastModelOptions.AddTo(new Command("train", "Train one forecast model on a features dataset and save it for 'forecast run'."));
        command.Arguments.Add(s_dataset);
        foreach (var option in new Option[] { s_model, s_features, s_trainTo, s_out })
        {
            command.Options.Add(option);
        }

        return command;
    }

    protected override Settings Bind(ParseResult result) => new(
        result.GetValue(s_dataset)!, result.GetValue(s_model)!, result.GetValue(s_features), result.GetValue(s_trainTo), result.GetValue(s_out)!, ForecastModelOptions.Bind(result));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var training = settings.Training;
        var trainTo = settings.TrainTo is { } text ? CliTimes.Parse(text, "--train-to") : (DateTimeOffset?)null;
        var dataset = ForecastDatasetReader.Read(settings.Dataset, training.Horizon);
        var cut = trainTo ?? dataset.IssueTimes()[^1];
        int[] rows = [.. Enumerable.Range(0, dataset.Count).Where(i => dataset.Rows[i].Issue + dataset.Horizon <= cut)];
        using var catalog = PluginCatalog.Load(PluginSearchPath.FromEnvironment(context.PluginFolders), context.Log);
        var guard = new PluginGuard(new PluginGuardOptions { CallTimeout = TimeSpan.FromMinutes(30) }, context.Log);
        var (model, options) = training.Model(catalog, guard, settings.Model, "--model");
        var trained = ForecastTrainer.Train(dataset, rows, model, options, training.Spec(settings.Features), new HostPluginContext(training.Seed, context.Log), cancellationToken);
        trained.Save(settings.Out);
        var p = trained.Period;
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"forecast model: {trained.Model} on {FeatureSets.Text(settings.Features)} features ({trained.Features.Count}), horizon {trained.HorizonDays} days, trained on {p.Rows:N0} rows ({p.Positives:N0} targets) issued {p.FirstIssue:yyyy-MM-dd}..{p.LastIssue:yyyy-MM-dd}, calibrated ({trained.Calibration.Method}) on {p.HeldOutRows:N0} held-out rows ({p.HeldOutPositives:N0} targets) -> {settings.Out}")).ConfigureAwait(false);
        if (trained.Calibration.Note is { } note)
        {
            context.Log.Warning("{Note}", note);
        }

        return ExitCodes.Success;
    }

    internal sealed record Settings(string Dataset, string Model, FeatureSet Features, string? TrainTo, string Out, ForecastModelOptions.Settings Training) : ICommandSettings
    {
        public IEnumerable<string> Validate() =>
            (File.Exists(Dataset) ? [] : new[] { $"dataset: file not found: {Dataset}" }).Concat(Training.Validate());
    }
}
