namespace GeoAnomaly.Sdk;

/// <summary>Severity of a message a component logs through <see cref="IPluginContext.Log"/>.</summary>
public enum PluginLogLevel
{
    /// <summary>Detail for the component's author.</summary>
    Debug,

    /// <summary>Normal progress worth an analyst's attention.</summary>
    Information,

    /// <summary>Something unexpected that the component handled.</summary>
    Warning,
}

/// <summary>What the host gives a running component: logging and a seed for any randomness.</summary>
public interface IPluginContext
{
    /// <summary>Seed for random number generators; the same seed must give the same outputs.</summary>
    int Seed { get; }

    /// <summary>Logs a message with a Serilog-style template (<c>"fitted {Trees} trees"</c>) and its values.</summary>
    /// <param name="level">Severity.</param>
    /// <param name="messageTemplate">A message template with named holes.</param>
    /// <param name="values">Values for the holes, in order.</param>
    void Log(PluginLogLevel level, string messageTemplate, params object?[] values);
}

/// <summary>A context that drops log messages, for tests and simple batch use.</summary>
/// <param name="Seed">Seed for random number generators.</param>
public sealed record SilentContext(int Seed = 0) : IPluginContext
{
    /// <inheritdoc />
    public void Log(PluginLogLevel level, string messageTemplate, params object?[] values)
    {
    }
}
