using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Barometric;

/// <summary>A plugin context that keeps every message logged.</summary>
internal sealed class CollectingContext : IPluginContext
{
    /// <summary>The messages, in order.</summary>
    public List<(PluginLogLevel Level, string Template, object?[] Values)> Messages { get; } = [];

    /// <inheritdoc />
    public int Seed => 0;

    /// <inheritdoc />
    public void Log(PluginLogLevel level, string messageTemplate, params object?[] values) => Messages.Add((level, messageTemplate, values));
}
