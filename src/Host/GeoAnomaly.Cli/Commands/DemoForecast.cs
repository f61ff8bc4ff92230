using System.Globalization;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Synthetic.Forecasting;
using GeoAnomaly.Synthetic.Writing;

namespace GeoAnomaly.Cli.Commands;

/// <summary>
/// The demo's forecast half: an ETAS catalog with precursory anomalies planted before its M ≥ 5 events, station anomaly
/// streams at event level (false alarms plus detected precursors; screening years of minute data would not fit a demo),
/// then the same commands an analyst runs: <c>features</c> (with shuffled-anomaly null datasets), <c>forecast evaluate</c>
/// (walk-forward, references, null test), <c>forecast train</c> and <c>forecast run</c>.
/// </summary>
internal static class DemoForecast
{
    /// <summary>The forecast model the demo trains.</summary>
    public const string Model = "logistic-regression";

    /// <summary>Runs the forecast half in <c>FOLDER/forecast</c>, printing the headline table and the report's path.</summary>
    /// <param name="folder">The demo's output folder.</param>
    /// <param name="seed">Seed of the scenario.</param>
    /// <param name="nulls">Null datasets for the null test (0: none).</param>
    /// <param name="influx">InfluxDB settings; with a URL, the catalog goes to ga_quake and the forecasts to ga_forecast.</param>
    /// <param name="context">Writers, logger, plugin folders.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="InvalidOperationException">A step failed; the message has its error output.</exception>
    public static async Task RunAsync(string folder, long seed, int nulls, InfluxOptions.Settings influx, CliContext context, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        string dir = Path.Combine(folder, "forecast");
        Directory.CreateDirectory(dir);
        var spec = new ForecastScenarioSpec { Seed = seed };
        var scenario = ForecastScenario.Generate(spec);
        var files = ScenarioWriter.Write(scenario, dir);
        string dataset = Path.Combine(dir, "data.csv");
        string report = Path.Combine(dir, "report");
        string model = Path.Combine(dir, "model.zip");
        var region = spec.Region;
        string grid = string.Create(inv, $"{region.MinLatitude},{region.MaxLatitude},{region.MinLongitude},{region.MaxLongitude},1");
        int end = spec.Start.Year + (int)spec.Years;
        string[] plugins = [.. context.PluginFolders.SelectMany(p => new[] { "--plugins", p })];
        string[] db = influx.Url is null ? [] : ["--influx", influx.Url, "--database", influx.Database];

        var output = context.Out;
        await output.WriteLineAsync(string.Create(inv,
            $"Forecast demo: ETAS catalog of {scenario.Catalog.Events.Count:N0} events ({spec.Years:0} years, M >= {spec.MinMagnitude}), {scenario.Stations.Count} stations, {scenario.Anomalies.Count:N0} anomaly events ({scenario.Anomalies.Count(a => a.Precursor is not null)} detected precursors before M >= {spec.Precursors.TargetMagnitude} events), files in {dir}")).ConfigureAwait(false);
        await RunStepAsync(context, cancellationToken,
            "features", files.Catalog, "--grid", grid, "--issue-from", $"{spec.Start.Year + 1}-01-01", "--issue-to", $"{end}-01-01", "--issue-step-days", "15",
            "--horizons", "30", "--target-magnitude", "5", "--indicator-events", "20", "--events", files.Events, "--stations", files.Stations, "--out", dataset,
            "--null-datasets", nulls.ToString(inv));
        string[] evaluate = ["forecast", "evaluate", dataset, "--models", Model, "--block-days", "4200", "--bootstrap", "100", "--out", report, .. plugins];
        string table = await RunStepAsync(context, cancellationToken, nulls > 0 ? [.. evaluate, "--null", Path.Combine(dir, "data.null-*.csv")] : evaluate);
        await RunStepAsync(context, cancellationToken, ["forecast", "train", dataset, "--model", Model, "--out", model, .. plugins]);
        await RunStepAsync(context, cancellationToken, ["forecast", "run", model, dataset, "--issue", "all", "--as-of", $"{end}-01-01", .. influx.Url is null ? ["--out", Path.Combine(dir, "forecasts.csv")] : db, .. plugins]);
        if (influx.Url is not null)
        {
            await RunStepAsync(context, cancellationToken, ["catalog", "ingest", files.Catalog, "--source", "demo-etas", .. db]);
        }

        foreach (string line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            await output.WriteLineAsync("  " + line.TrimEnd('\r')).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one <c>geoanomaly</c> command in process, quietly.</summary>
    /// <param name="context">Writers, logger.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="args">The command line.</param>
    /// <returns>The command's standard output.</returns>
    /// <exception cref="InvalidOperationException">The command failed; the message has its error output.</exception>
    public static async Task<string> RunStepAsync(CliContext context, CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        context.Log.Information("demo: geoanomaly {Arguments}", string.Join(' ', args));
        int exit = await CliApp.Default().RunAsync([.. args, "-q"], output, error, cancellationToken).ConfigureAwait(false);
        return exit == ExitCodes.Success
            ? output.ToString()
            : throw new InvalidOperationException($"demo step 'geoanomaly {args[0]} {(args.Length > 1 ? args[1] : "")}' failed (exit {exit}): {error.ToString().Trim()}");
    }
}
