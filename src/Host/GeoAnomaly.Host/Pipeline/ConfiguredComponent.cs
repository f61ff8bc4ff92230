using GeoAnomaly.Host.Plugins;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>A loaded component with the options to run it with.</summary>
/// <param name="Component">The component.</param>
/// <param name="Options">An instance of its options type, or null for its defaults.</param>
internal sealed record ConfiguredComponent(LoadedComponent Component, object? Options = null)
{
    /// <summary>Companion channels it receives beside the channel's own: channel codes of the same station, or NET.STA.CHA ids.</summary>
    public IReadOnlyList<string> Companions { get; init; } = [];
}
