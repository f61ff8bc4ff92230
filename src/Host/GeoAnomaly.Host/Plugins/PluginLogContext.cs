using GeoAnomaly.Sdk;
using Serilog;
using Serilog.Events;

namespace GeoAnomaly.Host.Plugins;

/// <summary>The <see cref="IPluginContext"/> the host gives a running state: messages go to Serilog, tagged with the
/// plugin, component and channel.</summary>
internal sealed class PluginLogContext : IPluginContext
{
    private readonly ILogger _logger;

    /// <summary>Creates a context for one component on one channel.</summary>
    /// <param name="logger">The host's logger.</param>
    /// <param name="component">The component.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="seed">Seed for the component's random number generators.</param>
    public PluginLogContext(ILogger logger, LoadedComponent component, ChannelId channel, int seed)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(component);
        _logger = logger
            .ForContext("Plugin", component.PluginName)
            .ForContext("Component", component.Name)
            .ForContext("Channel", channel.ToString());
        Seed = seed;
    }

    /// <inheritdoc />
    public int Seed { get; }

    /// <inheritdoc />
    public void Log(PluginLogLevel level, string messageTemplate, params object?[] values)
    {
        _logger.Write(SerilogLevel(level), messageTemplate, values);
    }

    /// <summary>The Serilog level of a plugin's log level.</summary>
    /// <param name="level">The plugin's level.</param>
    public static LogEventLevel SerilogLevel(PluginLogLevel level) => level switch
    {
        PluginLogLevel.Debug => LogEventLevel.Debug,
        PluginLogLevel.Warning => LogEventLevel.Warning,
        _ => LogEventLevel.Information,
    };
}
