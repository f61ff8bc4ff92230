using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Plugins;

/// <summary>What went wrong in a guarded call.</summary>
internal enum PluginFaultKind
{
    /// <summary>The call threw.</summary>
    Exception,

    /// <summary>The call did not return within the guard's timeout and was abandoned.</summary>
    Timeout,

    /// <summary>The component rejected its options (<see cref="OptionsException"/> or a non-empty Validate result).</summary>
    InvalidOptions,

    /// <summary>A companion channel the configuration names is not among the run's channels, or not on the channel's step (the component was not called).</summary>
    MissingCompanion,
}

/// <summary>A failed call into a plugin: which plugin, component, channel and call, and why.</summary>
/// <param name="Plugin">The plugin name.</param>
/// <param name="Component">The component name.</param>
/// <param name="Kind">Detector or preprocessor.</param>
/// <param name="Channel">The channel being processed, or null for calls not tied to one (Validate, CreateDefaultOptions).</param>
/// <param name="Call">The guarded call: <c>Start</c>, <c>Process</c>, <c>Validate</c> or <c>CreateDefaultOptions</c>.</param>
/// <param name="FaultKind">Exception, timeout or invalid options.</param>
/// <param name="Reason">The exception's message, or what timed out, or the option errors.</param>
internal sealed record PluginFault(
    string Plugin,
    string Component,
    ComponentKind Kind,
    ChannelId? Channel,
    string Call,
    PluginFaultKind FaultKind,
    string Reason)
{
    /// <summary>The exception the plugin threw, if any.</summary>
    public Exception? Exception { get; init; }

    /// <summary>The option errors, for <see cref="PluginFaultKind.InvalidOptions"/>.</summary>
    public IReadOnlyList<OptionError> OptionErrors { get; init; } = [];

    /// <summary>One line naming plugin, component and channel: <c>plugin P, detector d, channel N.S.C: reason</c>.</summary>
    public string Message => Channel is null
        ? $"plugin {Plugin}, {Kind.Word()} {Component}: {Reason}"
        : $"plugin {Plugin}, {Kind.Word()} {Component}, channel {Channel}: {Reason}";

    /// <summary>Returns <see cref="Message"/>.</summary>
    public override string ToString() => Message;
}
