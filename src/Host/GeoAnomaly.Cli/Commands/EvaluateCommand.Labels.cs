using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly evaluate --labels</c>: the detect job over station files, its events scored against the project's label file.</summary>
internal sealed partial class EvaluateCommand
{
    private static async Task<int> ExecuteLabelsAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        string labelsPath = settings.Labels!;
        var log = context.Log;
        var stations = settings.Stations is null ? null : StationList.Read(settings.Stations);
        var files = settings.Files.Count > 0 ? settings.Files : stations!.Files;
        if (files.Count == 0)
        {
            throw new UsageException($"--stations: {settings.Stations} names no files (its file column is empty) and no files were given");
        }

        var labels = LabelCsv.ReadWithLines(labelsPath);
        var read = DetectInput.ReadFiles(files, path => StationFiles.Read(path, null, new ChannelDefaults(), ChannelDefaults.UnknownNetwork, cancellationToken),
            stations, new ChannelFilter(), null, null);
        foreach (string error in read.Errors)
        {
            await context.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
        }

        if (read.Channels.Count == 0)
        {
            await context.Error.WriteLineAsync("error: no channels to screen (none could be read)").ConfigureAwait(false);
            return ExitCodes.DataError;
        }

        EventMetricsSources.CheckChannels(labelsPath, labels, read.Channels);
        using var catalog = PluginCatalog.Load(PluginSearchPath.FromEnvironment(context.PluginFolders), log);
        var guard = new PluginGuard(new PluginGuardOptions(), log);
        DetectPlan plan;
        try
        {
            var builder = new DetectPlanBuilder(catalog.Components, guard);
            var detectors = catalog.Components.Where(c => c.Kind == ComponentKind.Detector).ToList();
            plan = settings.Detectors is not null
                ? await builder.BuildAsync(DetectConfigReader.Load(settings.Detectors, "--detectors"), cancellationToken).ConfigureAwait(false)
                : detectors.Count > 0 ? DetectPlan.Everything(detectors) : throw new UsageException("no detector plugins are loaded and no --detectors given; give --plugins DIR");
        }
        catch (DetectConfigException e)
        {
            throw new UsageException(string.Join(Environment.NewLine, e.Problems));
        }

        var result = await new DetectJob(guard, new ChannelRunnerOptions(), log).RunAsync(plan, read.Channels, cancellationToken).ConfigureAwait(false);
        foreach (var fault in result.Faults)
        {
            await context.Error.WriteLineAsync($"error: {fault.Message}").ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync($"labels: {labels.Count} window(s) in {labelsPath}; screened {result.Channels.Count - result.Skipped.Count} of {result.Channels.Count} channel(s), {result.Events.Count} event(s)").ConfigureAwait(false);
        var skipped = result.Skipped.Select(c => c.Id).ToHashSet();
        foreach (var (label, line) in labels.Where(l => skipped.Contains(l.Label.Channel)))
        {
            await context.Error.WriteLineAsync($"warning: {labelsPath}:{line}: {label.Channel} has no detectors configured for its kind; this label is not scored").ConfigureAwait(false);
        }

        var series = EventMetricsSources.FromDetect(result, [.. labels.Select(l => l.Label)]);
        await ReportEventsAsync(settings, context, series, TimeSpan.FromMinutes(settings.ToleranceMinutes), "event-level:").ConfigureAwait(false);
        return result.Faults.Count > 0 || read.Errors.Count > 0 ? ExitCodes.DataError : ExitCodes.Success;
    }
}
