using System.Diagnostics.CodeAnalysis;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>One component on one channel: its outputs, or the fault that stopped it.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Component">The component.</param>
/// <param name="Output">The outputs over the channel's whole series, when it succeeded.</param>
/// <param name="Fault">What went wrong, when it did not.</param>
internal sealed record ChannelResult(ChannelInfo Channel, LoadedComponent Component, ComponentOutput? Output, PluginFault? Fault)
{
    /// <summary>The state's declared warm-up in samples (<see cref="IComponentState.WarmUp"/>); 0 when it failed before saying.</summary>
    public int WarmUp { get; init; }

    /// <summary>Whether the component produced outputs.</summary>
    [MemberNotNullWhen(true, nameof(Output))]
    [MemberNotNullWhen(false, nameof(Fault))]
    public bool Succeeded => Fault is null && Output is not null;
}

/// <summary>Everything a <see cref="ChannelRunner"/> run produced, channel after channel, components in the order given.</summary>
/// <param name="Results">One result per channel and component.</param>
internal sealed record ChannelRunResult(IReadOnlyList<ChannelResult> Results)
{
    /// <summary>The results that failed.</summary>
    public IEnumerable<PluginFault> Faults => Results.Where(r => !r.Succeeded).Select(r => r.Fault!);

    /// <summary>The result of <paramref name="component"/> on <paramref name="channel"/>.</summary>
    /// <param name="channel">A channel of the run.</param>
    /// <param name="component">A component name of the run.</param>
    /// <exception cref="KeyNotFoundException">The run has no such pair.</exception>
    public ChannelResult For(ChannelId channel, string component) =>
        Results.FirstOrDefault(r => r.Channel.Id == channel && string.Equals(r.Component.Name, component, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"no result for {component} on {channel}");
}
