namespace GeoAnomaly.Host.Plugins;

/// <summary>A request the loaded plugins cannot satisfy, such as an unknown component name.</summary>
internal sealed class PluginException(string message) : Exception(message);
