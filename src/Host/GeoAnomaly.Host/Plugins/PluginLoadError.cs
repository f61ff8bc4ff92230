namespace GeoAnomaly.Host.Plugins;

/// <summary>A plugin folder, or one component in it, that could not be loaded; the other plugins load regardless.</summary>
/// <param name="Plugin">The plugin name, or the searched folder's path when the folder itself is at fault.</param>
/// <param name="Component">The component's name (or type name when it could not say its name), or null for the whole plugin.</param>
/// <param name="Message">What went wrong, naming the file or folder where one is at fault.</param>
internal sealed record PluginLoadError(string Plugin, string? Component, string Message)
{
    /// <summary>Returns <c>plugin P[, component C]: message</c>.</summary>
    public override string ToString() =>
        Component is null ? $"plugin {Plugin}: {Message}" : $"plugin {Plugin}, component {Component}: {Message}";
}
