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

/// <summary>Receives each channel's scores during a detect run (see <see cref="DetectJob"/>), then forgets them.</summary>
internal interface IScoreSink
{
    /// <summary>Takes one channel's scores: its detectors, then its ensembles.</summary>
    /// <param name="scores">The channel's scores.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    Task WriteAsync(IReadOnlyList<DetectorScores> scores, CancellationToken cancellationToken);
}

/// <summary>Everything a detect run produced.</summary>
/// <param name="Channels">The channels screened, in input order.</param>
/// <param name="Scores">Scores per channel and detector (then ensembles), in channel order; empty when they went to a sink.</param>
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
}

/// <summary>Hands each channel's scores to several sinks in turn.</summary>
internal sealed class ScoreSinks : IScoreSink
{
    private readonly IScoreSink[] _sinks;

    private ScoreSinks(IScoreSink[] sinks) => _sinks = sinks;

    /// <summary>The given sinks that are not null as one sink, or null when there is none.</summary>
    /// <param name="sinks">Sinks, some possibly null.</param>
    public static IScoreSink? Of(params IScoreSink?[] sinks)
    {
        IScoreSink[] present = [.. sinks.OfType<IScoreSink>()];
        return present.Length switch
        {
            0 => null,
            1 => present[0],
            _ => new ScoreSinks(present),
        };
    }

    /// <inheritdoc/>
    public async Task WriteAsync(IReadOnlyList<DetectorScores> scores, CancellationToken cancellationToken)
    {
        foreach (var sink in _sinks)
        {
            await sink.WriteAsync(scores, cancellationToken).ConfigureAwait(false);
        }
    }
}
