using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Jobs.Detect;

/// <summary>An ensemble of a kind's plan, with its members resolved to detector names of that plan.</summary>
/// <param name="Options">Method, votes, output name (its <see cref="EnsembleOptions.Members"/> as written).</param>
/// <param name="Members">The detectors combined, in the plan's order.</param>
internal sealed record PlannedEnsemble(EnsembleOptions Options, IReadOnlyList<string> Members)
{
    /// <summary>The detector name of its events and scores.</summary>
    public string Name => Options.OutputName;

    /// <summary>Members that must have calibrated scores on a channel for the ensemble to run there.</summary>
    public int Needed => Options.Method == EnsembleMethod.Vote ? Options.Votes : 1;

    /// <summary>How it combines, for event details: <c>max</c>, <c>mean</c> or <c>vote 2 of 3</c>.</summary>
    public string Description => Options.Method switch
    {
        EnsembleMethod.Vote => $"vote {Options.Votes} of {Members.Count}",
        EnsembleMethod.Mean => "mean",
        _ => "max",
    };
}

/// <summary>What to run on the channels of one kind: detectors with bound, validated options; calibration; events; ensembles.</summary>
/// <param name="Section">The configuration section it came from (the kind, or <c>*</c>), for messages.</param>
/// <param name="Detectors">Plugin detectors and their options, in configuration order.</param>
/// <param name="Ensembles">Ensembles over those detectors.</param>
/// <param name="Events">How scores become events.</param>
/// <param name="Calibration">How raw scores are calibrated.</param>
internal sealed record KindPlan(
    string Section,
    IReadOnlyList<ConfiguredComponent> Detectors,
    IReadOnlyList<PlannedEnsemble> Ensembles,
    EventFormerOptions Events,
    ScoreCalibrationOptions Calibration)
{
    /// <summary>The preprocessing chain, run in order before the detectors (each stage on the previous stage's value).</summary>
    public IReadOnlyList<ConfiguredComponent> Preprocessors { get; init; } = [];

    /// <summary>Whether channels of this kind have anything to run.</summary>
    public bool IsEmpty => Detectors.Count == 0 && Preprocessors.Count == 0;

    /// <summary>Detector and ensemble names, for messages.</summary>
    public IEnumerable<string> Names => Detectors.Select(d => d.Component.Name).Concat(Ensembles.Select(e => e.Name));
}

/// <summary>The bound detect configuration: a <see cref="KindPlan"/> per channel kind that has detectors.</summary>
/// <param name="Kinds">Plans by channel kind; a kind without one is not screened.</param>
internal sealed record DetectPlan(IReadOnlyDictionary<ChannelKind, KindPlan> Kinds)
{
    /// <summary>The plan for channels of <paramref name="kind"/>, or null when they are not screened.</summary>
    /// <param name="kind">A channel kind.</param>
    public KindPlan? For(ChannelKind kind) => Kinds.GetValueOrDefault(kind);

    /// <summary>Every loaded detector with its default options on every kind, default calibration and events.</summary>
    /// <param name="detectors">The loaded detectors.</param>
    /// <param name="events">Event options; defaults when null.</param>
    /// <param name="calibration">Calibration options; defaults when null.</param>
    public static DetectPlan Everything(IEnumerable<LoadedComponent> detectors, EventFormerOptions? events = null, ScoreCalibrationOptions? calibration = null)
    {
        var plan = new KindPlan(DetectConfig.DefaultKey, [.. detectors.Where(d => d.Kind == ComponentKind.Detector).Select(d => new ConfiguredComponent(d))], [],
            events ?? new EventFormerOptions(), calibration ?? new ScoreCalibrationOptions());
        return new DetectPlan(Enum.GetValues<ChannelKind>().ToDictionary(k => k, _ => plan));
    }
}
