using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.DailyVariation;

/// <summary>A plugin context that keeps every message logged, rendered with its values in order.</summary>
internal sealed class CollectingContext : IPluginContext
{
    /// <summary>Messages logged, with their level.</summary>
    public List<(PluginLogLevel Level, string Message)> Messages { get; } = [];

    /// <inheritdoc />
    public int Seed => 0;

    /// <inheritdoc />
    public void Log(PluginLogLevel level, string messageTemplate, params object?[] values) =>
        Messages.Add((level, $"{messageTemplate} [{string.Join(", ", values)}]"));
}
