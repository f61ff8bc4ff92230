using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Sdk;
using Serilog;

namespace GeoAnomaly.Host.Jobs;

/// <summary>The screening of a set of channels: every detector's scores and the events formed from them.</summary>
/// <param name="Run">Per channel and detector, the outputs or the plugin fault.</param>
/// <param name="Events">Events of every channel and detector, in channel then time order.</param>
internal sealed record ScreeningResult(ChannelRunResult Run, IReadOnlyList<AnomalyEvent> Events);

/// <summary>
/// Runs detectors over channels (in parallel, every plugin call through the guard) and turns each detector's score
/// into events. A plugin fault on one channel is reported and the other channels and detectors go on.
/// </summary>
/// <remarks>Preprocessing chains, calibration and kind classification plug in here in later releases; for now each
/// detector runs on the channel as read and events use <see cref="EventExtractor"/> on the raw score.</remarks>
internal sealed class ScreeningJob(PluginGuard guard, ChannelRunnerOptions runnerOptions, EventExtractorOptions eventOptions, ILogger log)
{
    public async Task<ScreeningResult> RunAsync(IReadOnlyList<ConfiguredComponent> detectors, IReadOnlyList<ChannelSeries> channels, CancellationToken cancellationToken)
    {
        var runner = new ChannelRunner(guard, runnerOptions, log);
        var run = await runner.RunAsync(detectors, channels, cancellationToken).ConfigureAwait(false);
        var events = new List<AnomalyEvent>();
        foreach (var result in run.Results.Where(r => r.Succeeded))
        {
            events.AddRange(EventExtractor.Extract(result.Channel.Id, result.Component.Name, result.Output!.ToSeries(0), eventOptions));
        }

        foreach (var fault in run.Faults)
        {
            log.Error("Screening fault: {Fault}", fault.Message);
        }

        log.Information("Screened {Channels} channel(s) with {Detectors} detector(s): {Events} event(s), {Faults} fault(s)",
            channels.Count, detectors.Count, events.Count, run.Faults.Count());
        return new ScreeningResult(run, events.OrderBy(e => e.Channel.ToString(), StringComparer.Ordinal).ThenBy(e => e.Start).ToList());
    }
}
