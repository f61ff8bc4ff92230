using System.Text.Json;

namespace GeoAnomaly.Host.Jobs.Detect;

/// <summary>A detect configuration that cannot be used: unknown names, options or values. Every problem is listed.</summary>
internal sealed class DetectConfigException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>Every problem, each naming the file (or option) and the place in it.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>One entry of a detectors list: a component name and its options as written.</summary>
/// <param name="Name">The component name (or <c>ensemble</c>).</param>
/// <param name="Options">The options object, or null for the defaults.</param>
/// <param name="Where">Where the entry is, for messages: <c>detectors.json: fluid.detectors[1]</c>.</param>
internal sealed record DetectorEntry(string Name, JsonElement? Options, string Where)
{
    /// <summary>Companion channels as written: channel codes of the same station, or NET.STA.CHA ids.</summary>
    public IReadOnlyList<string> Companions { get; init; } = [];
}

/// <summary>What one section of the configuration (a channel kind, or <c>*</c>) says; null parts inherit from <c>*</c>.</summary>
/// <param name="Key">The section key: <c>deformation</c>, <c>electromagnetic</c>, <c>fluid</c>, <c>other</c> or <c>*</c>.</param>
/// <param name="Detectors">The detectors list, or null to take the one of <c>*</c>.</param>
/// <param name="Events">Event-forming options (<c>EventFormerOptions</c>), or null.</param>
/// <param name="Calibration">Calibration options (<c>ScoreCalibrationOptions</c>), or null.</param>
internal sealed record KindSection(string Key, IReadOnlyList<DetectorEntry>? Detectors, JsonElement? Events, JsonElement? Calibration)
{
    /// <summary>The preprocessing chain, or null to take the one of <c>*</c>.</summary>
    public IReadOnlyList<DetectorEntry>? Preprocess { get; init; }
}

/// <summary>
/// The detectors configuration of <c>geoanomaly detect</c>, as read (see <see cref="DetectConfigReader"/> for the format);
/// <see cref="DetectPlanBuilder"/> binds it to the loaded components.
/// </summary>
/// <param name="Source">The file, or the option the inline JSON came from, for messages.</param>
/// <param name="Sections">Sections by key (lower case; <c>*</c> for the default).</param>
internal sealed record DetectConfig(string Source, IReadOnlyDictionary<string, KindSection> Sections)
{
    /// <summary>The key of the default section, used by every channel kind without its own.</summary>
    public const string DefaultKey = "*";
}
