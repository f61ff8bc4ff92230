using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Sdk;
using Serilog;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>
/// Runs components over channels in parallel, every call through the <see cref="PluginGuard"/>: each channel and
/// component gets its outputs or a <see cref="PluginFault"/>, and one fault never stops another channel or component.
/// </summary>
/// <remarks>
/// Each component runs on the channel's series as given (independently of the others; preprocessing chains, where one
/// output feeds the next component, are built on top of this). Options are checked once per component before any
/// channel runs: invalid options give every channel of that component the same fault. Per channel, the component is
/// started, asked its warm-up, and then fed the whole series (<see cref="PluginGuard.ProcessAsync"/>), each call
/// bounded by the guard's timeout. Results come back in a fixed order (channel after channel, components as given) whatever the scheduling.
/// </remarks>
internal sealed class ChannelRunner
{
    private readonly PluginGuard _guard;
    private readonly ChannelRunnerOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates a runner.</summary>
    /// <param name="guard">The guard every call goes through.</param>
    /// <param name="options">Parallelism and seed.</param>
    /// <param name="logger">The host's logger, handed to plugins through their context.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ChannelRunner(PluginGuard guard, ChannelRunnerOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        string[] errors = options.Validate().ToArray();
        if (errors.Length > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        _guard = guard;
        _options = options;
        _logger = logger;
    }

    /// <summary>Runs every component on every channel.</summary>
    /// <param name="components">The components and their options.</param>
    /// <param name="channels">The channels.</param>
    /// <param name="cancellationToken">Stops the run (surfaces as <see cref="OperationCanceledException"/>).</param>
    /// <param name="progress">Told of each channel once all its components have run (from worker threads), or null.</param>
    /// <param name="companions">Where companion channels are looked up (by id); null looks among <paramref name="channels"/>.</param>
    public async Task<ChannelRunResult> RunAsync(
        IReadOnlyList<ConfiguredComponent> components,
        IReadOnlyList<ChannelSeries> channels,
        CancellationToken cancellationToken,
        IProgress<ChannelInfo>? progress = null,
        IReadOnlyDictionary<ChannelId, ChannelSeries>? companions = null)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(channels);
        var prepared = new Prepared[components.Count];
        for (int k = 0; k < components.Count; k++)
        {
            prepared[k] = await PrepareAsync(components[k], cancellationToken).ConfigureAwait(false);
        }

        companions ??= channels.GroupBy(c => c.Channel.Id).ToDictionary(g => g.Key, g => g.First());
        var results = new ChannelResult[channels.Count * components.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, channels.Count), parallel, async (c, token) =>
        {
            for (int k = 0; k < prepared.Length; k++)
            {
                results[(c * prepared.Length) + k] = await RunOneAsync(prepared[k], channels[c], companions, token).ConfigureAwait(false);
            }

            progress?.Report(channels[c].Channel);
        }).ConfigureAwait(false);

        int failed = results.Count(r => !r.Succeeded);
        _logger.Information("Ran {Components} component(s) on {Channels} channel(s): {Failed} of {Total} failed",
            components.Count, channels.Count, failed, results.Length);
        return new ChannelRunResult(results);
    }

    private async Task<Prepared> PrepareAsync(ConfiguredComponent configured, CancellationToken cancellationToken)
    {
        var component = configured.Component;
        object? options = configured.Options;
        if (options is null)
        {
            var defaults = await _guard.CreateDefaultOptionsAsync(component, cancellationToken).ConfigureAwait(false);
            if (!defaults.Succeeded)
            {
                return new Prepared(component, null, defaults.Fault, configured.Companions);
            }

            options = defaults.Value;
        }

        var validation = await _guard.ValidateAsync(component, options, cancellationToken).ConfigureAwait(false);
        if (!validation.Succeeded)
        {
            return new Prepared(component, null, validation.Fault, configured.Companions);
        }

        if (validation.Value.Count > 0)
        {
            var fault = new PluginFault(component.PluginName, component.Name, component.Kind, null, "Validate", PluginFaultKind.InvalidOptions,
                "invalid options: " + string.Join("; ", validation.Value))
            {
                OptionErrors = validation.Value,
            };
            _logger.Error("{Fault}", fault.Message);
            return new Prepared(component, null, fault, configured.Companions);
        }

        return new Prepared(component, options, null, configured.Companions);
    }

    private async Task<ChannelResult> RunOneAsync(Prepared prepared, ChannelSeries channel, IReadOnlyDictionary<ChannelId, ChannelSeries> pool, CancellationToken cancellationToken)
    {
        var component = prepared.Component;
        var id = channel.Channel.Id;
        if (prepared.Fault is not null)
        {
            return new ChannelResult(channel.Channel, component, null, prepared.Fault with { Channel = id });
        }

        var (companions, missing) = Companions.Resolve(channel, prepared.Companions, pool);
        if (missing is not null)
        {
            var fault = new PluginFault(component.PluginName, component.Name, component.Kind, id, "Start", PluginFaultKind.MissingCompanion, missing);
            _logger.Error("{Fault}", fault.Message);
            return new ChannelResult(channel.Channel, component, null, fault);
        }

        var context = new PluginLogContext(_logger, component, id, _options.Seed);
        var start = new ComponentStart(channel.Channel, channel.Series.Step, context) { Companions = [.. companions.Select(c => c.Channel)] };
        var started = await _guard.StartAsync(component, prepared.Options!, start, cancellationToken).ConfigureAwait(false);
        if (!started.Succeeded)
        {
            return new ChannelResult(channel.Channel, component, null, started.Fault);
        }

        var state = started.Value;
        var warmUp = await _guard.InvokeAsync(component, id, "WarmUp", _ => state.WarmUp, cancellationToken).ConfigureAwait(false);
        if (!warmUp.Succeeded)
        {
            return new ChannelResult(channel.Channel, component, null, warmUp.Fault);
        }

        var processed = await _guard.ProcessAsync(component, state, id, channel.Series, cancellationToken, [.. companions.Select(c => c.Series)]).ConfigureAwait(false);
        return processed.Succeeded
            ? new ChannelResult(channel.Channel, component, processed.Value, null) { WarmUp = Math.Max(0, warmUp.Value) }
            : new ChannelResult(channel.Channel, component, null, processed.Fault) { WarmUp = Math.Max(0, warmUp.Value) };
    }

    private sealed record Prepared(LoadedComponent Component, object? Options, PluginFault? Fault, IReadOnlyList<string> Companions);
}
