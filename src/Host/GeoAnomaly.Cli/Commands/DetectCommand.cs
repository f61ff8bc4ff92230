using System.CommandLine;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Cli.Rendering;
using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Cli.Commands;

/// <summary>
/// <c>geoanomaly detect</c>: batch screening. Reads channels from station files or InfluxDB, runs the configured
/// detectors per channel kind, calibrates their scores, forms events (with kinds) and ensembles, and writes events and
/// scores to files (<c>--out</c>) and/or InfluxDB (<c>ga_anomaly</c>, <c>ga_score</c>), idempotently.
/// </summary>
internal sealed partial class DetectCommand : CliCommand<DetectCommand.Settings>
{
    public override Command Define()
    {
        var command = new Command("detect", "Screen channels from files or InfluxDB with the configured detectors; write calibrated scores and anomaly events to files and/or InfluxDB (re-running writes the same points).")
        {
            s_files, s_detectors, s_csvFormat, s_fileNetwork, s_fileStation, s_fileKind, s_stations, s_from, s_to,
            s_network, s_station, s_channel, s_kind, s_out, s_writeScores, s_parallelism, s_seed, s_pluginTimeout,
        };
        return InfluxOptions.AddTo(command);
    }

    protected override Settings Bind(ParseResult result) => new(
        result.GetValue(s_files) ?? [],
        result.GetValue(s_detectors),
        result.GetValue(s_csvFormat),
        result.GetValue(s_fileNetwork) ?? ChannelDefaults.UnknownNetwork,
        result.GetValue(s_fileStation),
        result.GetValue(s_fileKind),
        result.GetValue(s_stations),
        result.GetValue(s_from),
        result.GetValue(s_to),
        new ChannelFilter(result.GetValue(s_network), result.GetValue(s_station), result.GetValue(s_channel), result.GetValue(s_kind)),
        result.GetValue(s_out),
        result.GetValue(s_writeScores),
        result.GetValue(s_parallelism),
        result.GetValue(s_seed),
        result.GetValue(s_pluginTimeout),
        InfluxOptions.Bind(result));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var log = context.Log;
        var guard = new PluginGuard(new PluginGuardOptions { CallTimeout = TimeSpan.FromSeconds(settings.PluginTimeoutSeconds) }, log);
        using var catalog = PluginCatalog.Load(PluginSearchPath.FromEnvironment(context.PluginFolders), log);
        foreach (var error in catalog.Errors)
        {
            await context.Error.WriteLineAsync($"warning: {error}").ConfigureAwait(false);
        }

        DetectPlan plan;
        try
        {
            plan = await PlanAsync(settings, catalog, guard, log, cancellationToken).ConfigureAwait(false);
        }
        catch (DetectConfigException e)
        {
            foreach (string problem in e.Problems)
            {
                await context.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            return ExitCodes.UsageError;
        }

        using var client = settings.Influx.Url is null ? null : new InfluxClient(settings.Influx.Connection);
        var input = await ReadAsync(settings, client, context, cancellationToken).ConfigureAwait(false);
        foreach (string error in input.Errors)
        {
            await context.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
        }

        if (input.Channels.Count == 0)
        {
            await context.Error.WriteLineAsync("error: no channels to screen (none read, or none passed --network/--station/--channel/--kind)").ConfigureAwait(false);
            return ExitCodes.DataError;
        }

        // Scores go to the files and the server as each chunk of channels is done, so memory does not grow with the run.
        var files = settings.Out is null ? null : new DetectFileWriter(Path.GetFullPath(settings.Out), settings.WriteScores);
        var influx = client is null ? null : new DetectInfluxWriter(client, settings.Influx.Batching, settings.Influx.Ga, settings.WriteScores);
        if (client is not null && !settings.ReadsInflux)
        {
            await client.CreateDatabaseAsync(ct: cancellationToken).ConfigureAwait(false);
        }

        var runner = new ChannelRunnerOptions { MaxDegreeOfParallelism = settings.Parallelism, Seed = settings.Seed };
        DetectResult result;
        await using (var progress = ProgressReporter.Create(context, "detect", input.Channels.Count))
        {
            result = await new DetectJob(guard, runner, log).RunAsync(plan, input.Channels, cancellationToken, progress.Each<ChannelInfo>(c => c.Id.ToString()),
                DetectSinks.Of(files, influx)).ConfigureAwait(false);
        }

        long rejected = await WriteAsync(settings, files, influx, result, context, cancellationToken).ConfigureAwait(false);
        foreach (var fault in result.Faults)
        {
            await context.Error.WriteLineAsync($"error: {fault.Message}").ConfigureAwait(false);
        }

        return result.Faults.Count > 0 || input.Errors.Count > 0 || rejected > 0 ? ExitCodes.DataError : ExitCodes.Success;
    }

    private static async Task<DetectPlan> PlanAsync(Settings settings, PluginCatalog catalog, PluginGuard guard, Serilog.ILogger log, CancellationToken cancellationToken)
    {
        var builder = new DetectPlanBuilder(catalog.Components, guard);
        if (settings.Detectors is not null)
        {
            var config = DetectConfigReader.Load(settings.Detectors, "--detectors");
            return await builder.BuildAsync(config, cancellationToken).ConfigureAwait(false);
        }

        var detectors = catalog.Components.Where(c => c.Kind == ComponentKind.Detector).ToList();
        if (detectors.Count == 0)
        {
            throw new DetectConfigException(["no detector plugins are loaded and no --detectors given; give --plugins DIR (for example samples/MyDetector/bin/plugin)"]);
        }

        log.Information("No --detectors given: running every loaded detector with its defaults on every channel kind: {Detectors}", string.Join(", ", detectors.Select(d => d.Name)));
        return DetectPlan.Everything(detectors);
    }

    private static async Task<DetectInputResult> ReadAsync(Settings settings, InfluxClient? client, CliContext context, CancellationToken cancellationToken)
    {
        var stations = settings.Stations is null ? null : StationList.Read(settings.Stations);
        if (!settings.ReadsInflux)
        {
            // Without files, the station list's file column names them (as the demo and NetworkWriter write it).
            var files = settings.Files.Count > 0 ? settings.Files : stations!.Files;
            if (files.Count == 0)
            {
                return new DetectInputResult([], [$"--stations: {settings.Stations} names no files (its file column is empty) and no files were given"]);
            }

            var format = settings.CsvFormat is null ? null : CsvFormatOption.Load(settings.CsvFormat);
            var defaults = new ChannelDefaults(settings.FileNetwork, settings.FileStation, settings.FileKind);
            await using var progress = ProgressReporter.Create(context, "read", files.Count);
            var read = DetectInput.ReadFiles(files, path => StationFiles.Read(path, format, defaults, settings.FileNetwork, cancellationToken),
                stations, settings.Filter, settings.From, settings.To, progress.Each<string>(Path.GetFileName));
            context.Log.Information("Read {Channels} channel(s) from {Files} file(s)", read.Channels.Count, files.Count);
            return read;
        }

        await client!.PingAsync(cancellationToken).ConfigureAwait(false);
        var reader = new InfluxSeriesReader(client, settings.Influx.Schema);
        await using (var progress = ProgressReporter.Create(context, "read", 0))
        {
            var read = await DetectInput.ReadInfluxAsync(reader, stations, settings.Filter, settings.From!.Value, settings.To!.Value,
                progress.Each<string>(id => id), cancellationToken).ConfigureAwait(false);
            context.Log.Information("Read {Channels} channel(s) from {Url} database '{Database}' measurement '{Measurement}' over {From:O}..{To:O}",
                read.Channels.Count, settings.Influx.Connection.DisplayUrl, settings.Influx.Database, settings.Influx.Measurement, settings.From, settings.To);
            return read;
        }
    }

    private static async Task<long> WriteAsync(Settings settings, DetectFileWriter? files, DetectInfluxWriter? influx, DetectResult result, CliContext context, CancellationToken cancellationToken)
    {
        var output = context.Out;
        await output.WriteLineAsync($"screened {result.Channels.Count - result.Skipped.Count} of {result.Channels.Count} channel(s): {result.Events.Count} event(s), {result.Faults.Count} plugin fault(s), {result.Warnings.Count} warning(s)").ConfigureAwait(false);
        foreach (var group in result.Events.GroupBy(e => e.Detector, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string kinds = string.Join(", ", group.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {KindNames.Text(g.Key)}"));
            await output.WriteLineAsync($"  {group.Key}: {group.Count()} event(s) ({kinds})").ConfigureAwait(false);
        }

        if (files is not null)
        {
            var report = files.Finish(result);
            await output.WriteLineAsync($"  wrote {report.EventsFile} ({report.Events} event(s)), {DetectFileWriter.CalibrationFile}, {report.ScoreFiles} score file(s), {report.CleanFiles} cleaned series, {report.Adjustments} adjustment(s)").ConfigureAwait(false);
        }

        if (influx is null)
        {
            return 0;
        }

        var written = await influx.FinishAsync(result, cancellationToken).ConfigureAwait(false);
        foreach (var rejected in written.RejectedPoints)
        {
            await context.Error.WriteLineAsync($"error: InfluxDB rejected {rejected}").ConfigureAwait(false);
        }

        var schema = settings.Influx.Ga;
        await output.WriteLineAsync($"  wrote {written.Events.PointsWritten} point(s) to {schema.Anomaly}, {written.Scores?.PointsWritten ?? 0} to {schema.Score} and {written.Clean?.PointsWritten ?? 0} to {schema.Clean} at {settings.Influx.Connection.DisplayUrl} database '{settings.Influx.Database}'").ConfigureAwait(false);
        return written.Rejected;
    }
}
