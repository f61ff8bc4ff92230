using System.CommandLine;
using System.Globalization;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Forecasting;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly forecast run MODEL DATASET [--issue T] (--out F.csv | --influx URL)</c>: issues a saved model's
/// forecasts for every cell at one issue time, to CSV or to <c>ga_forecast</c>, with <c>observed</c> filled where the
/// horizon has passed.</summary>
internal sealed class ForecastRunCommand : CliCommand<ForecastRunCommand.Settings>
{
    private static readonly Argument<string> s_model = new("model") { Description = "A model file written by 'forecast train'." };
    private static readonly Argument<string> s_dataset = new("dataset") { Description = "A dataset written by 'geoanomaly features' with rows for the issue time." };
    private static readonly Option<string?> s_issue = new("--issue") { Description = "Issue time, ISO 8601 (default: the dataset's last); 'all' issues every time in the dataset." };
    private static readonly Option<string?> s_asOf = new("--as-of") { Description = "Now, for deciding which horizons have passed (default: the current time)." };
    private static readonly Option<string?> s_name = new("--name") { Description = "The 'model' tag / column (default: the model file's name without extension)." };
    private static readonly Option<string?> s_out = new("--out") { Description = "CSV to write the forecasts to (or give --influx)." };

    public override Command Define()
    {
        var command = InfluxOptions.AddTo(new Command("run", "Issue a trained model's forecasts for an issue time to CSV or to ga_forecast in InfluxDB."));
        command.Arguments.Add(s_model);
        command.Arguments.Add(s_dataset);
        foreach (var option in new Option[] { s_issue, s_asOf, s_name, s_out })
        {
            command.Options.Add(option);
        }

        return command;
    }

    protected override Settings Bind(ParseResult result) => new(
        result.GetValue(s_model)!, result.GetValue(s_dataset)!, result.GetValue(s_issue), result.GetValue(s_asOf), result.GetValue(s_name), result.GetValue(s_out), InfluxOptions.Bind(result));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var asOf = settings.AsOf is { } a ? CliTimes.Parse(a, "--as-of") : DateTimeOffset.UtcNow;
        bool all = string.Equals(settings.Issue, "all", StringComparison.OrdinalIgnoreCase);
        var issue = settings.Issue is { } text && !all ? CliTimes.Parse(text, "--issue") : (DateTimeOffset?)null;
        using var catalog = PluginCatalog.Load(PluginSearchPath.FromEnvironment(context.PluginFolders), context.Log);
        var guard = new PluginGuard(new PluginGuardOptions { CallTimeout = TimeSpan.FromMinutes(10) }, context.Log);
        var pluginContext = new HostPluginContext(0, context.Log);
        var model = TrainedForecast.Load(settings.Model, name => new GuardedForecastModel(catalog.ForecastModel(name), guard), pluginContext);
        var dataset = ForecastDatasetReader.Read(settings.Dataset, model.HorizonDays);
        var times = all ? dataset.IssueTimes() : [issue ?? dataset.IssueTimes()[^1]];
        var forecasts = IssuedForecast.For(model, dataset, times, asOf);
        string name = settings.Name ?? Path.GetFileNameWithoutExtension(settings.Model);
        string target;
        if (settings.Out is not null)
        {
            AtomicFile.WriteText(settings.Out, writer => IssuedForecast.WriteCsv(writer, name, forecasts));
            target = settings.Out;
        }
        else
        {
            using var client = new InfluxClient(settings.Influx.Connection);
            await client.CreateDatabaseAsync(ct: cancellationToken).ConfigureAwait(false);
            var report = await new BatchingWriter(client, settings.Influx.Batching).WriteAsync(settings.Influx.Ga.Forecasts(name, forecasts), new WriteContext($"forecasts of {name}"), cancellationToken).ConfigureAwait(false);
            target = string.Create(CultureInfo.InvariantCulture, $"{settings.Influx.Connection.Url} database '{settings.Influx.Connection.Database}' ({report.PointsWritten} points)");
        }

        int observed = forecasts.Count(f => f.Observed is not null);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"forecasts: {forecasts.Count:N0} ({times.Count} issue time(s), {times[0]:yyyy-MM-dd}..{times[^1]:yyyy-MM-dd}, {observed:N0} with the horizon passed) from {name} to {target}")).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    internal sealed record Settings(string Model, string Dataset, string? Issue, string? AsOf, string? Name, string? Out, InfluxOptions.Settings Influx) : ICommandSettings
    {
        public IEnumerable<string> Validate()
        {
            foreach (var (file, what) in new[] { (Model, "model"), (Dataset, "dataset") })
            {
                if (!File.Exists(file))
                {
                    yield return $"{what}: file not found: {file}";
                }
            }

            if ((Out is null) == (Influx.Url is null))
            {
                yield return "give exactly one of --out (CSV) and --influx (ga_forecast)";
            }

            foreach (string problem in Influx.Validate())
            {
                yield return problem;
            }
        }
    }
}
