using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Jobs.Detect;

/// <summary>One detector's (or ensemble's) scores on one channel.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Detector">Detector or ensemble name.</param>
/// <param name="Calibrated">Calibrated scores (all NaN when calibration failed).</param>
/// <param name="Output">The detector's raw outputs (raw score first), or null for an ensemble.</param>
/// <param name="Calibration">The fitted map, or null when it could not be fitted (and for ensembles).</param>
internal sealed record DetectorScores(ChannelInfo Channel, string Detector, Series Calibrated, ComponentOutput? Output, ScoreCalibration? Calibration)
{
    /// <summary>The raw score column, or null for an ensemble.</summary>
    public Series? Raw => Output?.ToSeries(0);

    /// <summary>The raw output named <paramref name="name"/> (for example <c>expected</c>), or null when there is none.</summary>
    /// <param name="name">An output name.</param>
    public Series? OutputNamed(string name)
    {
        int index = Output?.Names.ToList().IndexOf(name) ?? -1;
        return index > 0 ? Output!.ToSeries(index) : null;
    }
}

/// <summary>The calibration fitted for one detector on one channel.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Detector">The detector name.</param>
/// <param name="Calibration">The fitted map, or null when it could not be fitted.</param>
internal sealed record DetectorCalibration(ChannelInfo Channel, string Detector, ScoreCalibration? Calibration);

/// <summary>One preprocessing stage's outputs on a channel (its first output, <c>value</c>, fed the next stage).</summary>
/// <param name="Stage">The preprocessor's name.</param>
/// <param name="Output">Its outputs.</param>
internal sealed record StageOutput(string Stage, ComponentOutput Output);

/// <summary>A channel after its kind's preprocessing chain.</summary>
/// <param name="Cleaned">The channel with its cleaned values (the last stage's <c>value</c>).</param>
/// <param name="Stages">Each stage's outputs, in chain order.</param>
internal sealed record CleanedChannel(ChannelSeries Cleaned, IReadOnlyList<StageOutput> Stages);

/// <summary>What one channel produced: its cleaned series (when its kind has a chain) and its scores.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Clean">The cleaned channel, or null without a chain (or when the chain failed).</param>
/// <param name="Scores">Its detectors' scores, then its ensembles'.</param>
internal sealed record ChannelOutcome(ChannelInfo Channel, CleanedChannel? Clean, IReadOnlyList<DetectorScores> Scores);

/// <summary>
/// Something a preprocessing stage did to a sample that an analyst must be able to see: a spike it replaced (output
/// <c>removed</c>: the original value) or an instrument step it removed (output <c>step</c>: the step's size).
/// </summary>
/// <param name="Channel">The channel.</param>
/// <param name="Stage">The preprocessor.</param>
/// <param name="Time">The sample's time.</param>
/// <param name="Kind">The output it came from: <c>removed</c> or <c>step</c>.</param>
/// <param name="Value">The original value, or the step's size.</param>
internal sealed record Adjustment(ChannelId Channel, string Stage, DateTimeOffset Time, string Kind, double Value)
{
    /// <summary>The sparse outputs that become adjustments.</summary>
    public static readonly string[] Outputs = ["removed", "step"];
}

/// <summary>Receives each channel's results during a detect run (see <see cref="DetectJob"/>), then forgets them.</summary>
internal interface IDetectSink
{
    /// <summary>Takes one channel's cleaned series and scores.</summary>
    /// <param name="outcome">The channel's results.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    Task WriteAsync(ChannelOutcome outcome, CancellationToken cancellationToken);
}

/// <summary>Everything a detect run produced.</summary>
/// <param name="Channels">The channels screened, in input order.</param>
/// <param name="Scores">Scores per channel and detector (then ensembles), kinds in order then channels in input order; empty when they went to a sink.</param>
/// <param name="Events">Events, ordered by channel, start and detector.</param>
/// <param name="Faults">Plugin faults (the channel/detector pairs that produced nothing).</param>
/// <param name="Warnings">Calibration and ensemble problems that left a pair without events, and clipping notes.</param>
/// <param name="Skipped">Channels whose kind has no detectors configured.</param>
internal sealed record DetectResult(
    IReadOnlyList<ChannelSeries> Channels,
    IReadOnlyList<DetectorScores> Scores,
    IReadOnlyList<AnomalyEvent> Events,
    IReadOnlyList<PluginFault> Faults,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<ChannelInfo> Skipped)
{
    /// <summary>Each detector's calibration on each channel (ensembles have none), in channel order.</summary>
    public IReadOnlyList<DetectorCalibration> Calibrations { get; init; } = [];

    /// <summary>Cleaned channels, in channel order; empty when they went to a sink or no kind has a chain.</summary>
    public IReadOnlyList<CleanedChannel> Cleaned { get; init; } = [];

    /// <summary>Spikes replaced and steps removed by the chains, by channel and time.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; init; } = [];

    /// <summary>The channel outcomes the run kept (when it had no sink), in channel order.</summary>
    public IEnumerable<ChannelOutcome> Kept()
    {
        var cleaned = Cleaned.ToDictionary(c => c.Cleaned.Channel.Id);
        var scores = Scores.GroupBy(s => s.Channel.Id).ToDictionary(g => g.Key, g => (IReadOnlyList<DetectorScores>)[.. g]);
        foreach (var channel in Channels.Select(c => c.Channel).Where(c => cleaned.ContainsKey(c.Id) || scores.ContainsKey(c.Id)))
        {
            yield return new ChannelOutcome(channel, cleaned.GetValueOrDefault(channel.Id), scores.GetValueOrDefault(channel.Id) ?? []);
        }
    }
}

/// <summary>Hands each channel's results to several sinks in turn.</summary>
internal sealed class DetectSinks : IDetectSink
{
    private readonly IDetectSink[] _sinks;

    private DetectSinks(IDetectSink[] sinks) => _sinks = sinks;

    /// <summary>The given sinks that are not null as one sink, or null when there is none.</summary>
    /// <param name="sinks">Sinks, some possibly null.</param>
    public static IDetectSink? Of(params IDetectSink?[] sinks)
    {
        IDetectSink[] present = [.. sinks.OfType<IDetectSink>()];
        return present.Length switch
        {
            0 => null,
            1 => present[0],
            _ => new DetectSinks(present),
        };
    }

    /// <inheritdoc/>
    public async Task WriteAsync(ChannelOutcome outcome, CancellationToken cancellationToken)
    {
        foreach (var sink in _sinks)
        {
            await sink.WriteAsync(outcome, cancellationToken).ConfigureAwait(false);
        }
    }
}
