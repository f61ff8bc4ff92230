using GeoAnomaly.Sdk;
using Serilog;

namespace GeoAnomaly.Host.Plugins;

/// <summary>
/// The one way into plugin code: every <c>Start</c>, <c>Process</c>, <c>Validate</c> and <c>CreateDefaultOptions</c>
/// runs here, so an exception or a hang in a plugin becomes a <see cref="PluginFault"/> naming plugin, component and
/// channel instead of taking the run down.
/// </summary>
/// <remarks>
/// <para>Each call runs on its own background thread with a <see cref="CancellationToken"/> that is cancelled when the
/// caller cancels or the <see cref="PluginGuardOptions.CallTimeout"/> passes. A call that has not returned by then is
/// <em>abandoned</em>: the guard reports a timeout fault and returns, but .NET cannot stop a thread, so a plugin that
/// ignores its token keeps that thread (and whatever it holds) until the process ends. Containment in-process is
/// therefore bounded in time, not absolute; a state whose call was abandoned must not be used again. Running plugins
/// out of process would be the next step if that ever matters, and this class is where it would plug in.</para>
/// <para>Cancellation by the caller is not a fault: it surfaces as <see cref="OperationCanceledException"/>.</para>
/// </remarks>
internal sealed partial class PluginGuard
{
    private readonly PluginGuardOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates a guard.</summary>
    /// <param name="options">Timeouts.</param>
    /// <param name="logger">Receives one error line per fault.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public PluginGuard(PluginGuardOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        string[] errors = options.Validate().ToArray();
        if (errors.Length > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        _options = options;
        _logger = logger;
    }

    /// <summary>The options in force.</summary>
    public PluginGuardOptions Options => _options;

    /// <summary>Creates the component's default options.</summary>
    /// <param name="component">The component.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task<PluginCallResult<object>> CreateDefaultOptionsAsync(LoadedComponent component, CancellationToken cancellationToken) =>
        InvokeAsync(component, null, "CreateDefaultOptions", _ => component.Component.CreateDefaultOptions(), cancellationToken);

    /// <summary>Checks options; a non-empty list of errors is a success of the call (the caller decides what it means).</summary>
    /// <param name="component">The component.</param>
    /// <param name="options">An instance of the component's options type.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task<PluginCallResult<IReadOnlyList<OptionError>>> ValidateAsync(LoadedComponent component, object options, CancellationToken cancellationToken) =>
        InvokeAsync(component, null, "Validate", _ => component.Component.Validate(options) ?? [], cancellationToken);

    /// <summary>Starts a state on a channel; an <see cref="OptionsException"/> becomes an invalid-options fault carrying its errors.</summary>
    /// <param name="component">The component.</param>
    /// <param name="options">An instance of the component's options type.</param>
    /// <param name="start">Channel, step and context.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task<PluginCallResult<IComponentState>> StartAsync(LoadedComponent component, object options, ComponentStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        return InvokeAsync(component, start.Channel.Id, "Start", _ => component.Component.Start(options, start), cancellationToken);
    }

    /// <summary>
    /// Feeds <paramref name="series"/> through <paramref name="state"/> from its current position: a channel's whole
    /// series in batch mode, or the next chunk in streaming mode. The timeout bounds this one call.
    /// </summary>
    /// <param name="component">The component that started <paramref name="state"/>.</param>
    /// <param name="state">The state; do not use it again after a timeout fault.</param>
    /// <param name="channel">The channel, for messages.</param>
    /// <param name="series">The samples.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <param name="companions">Companion series on the same grid, in the order the state was started with, or null.</param>
    public Task<PluginCallResult<ComponentOutput>> ProcessAsync(
        LoadedComponent component,
        IComponentState state,
        ChannelId channel,
        Series series,
        CancellationToken cancellationToken,
        IReadOnlyList<Series>? companions = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(series);
        return InvokeAsync(component, channel, "Process",
            token => state.RunBatch(series, companions, mode: component.Info.Mode, cancellationToken: token), cancellationToken);
    }

    /// <summary>Runs <paramref name="body"/> (a call into <paramref name="component"/>) on its own thread, bounded by the timeout.</summary>
    /// <typeparam name="T">The call's result.</typeparam>
    /// <param name="component">The component called.</param>
    /// <param name="channel">The channel, or null.</param>
    /// <param name="call">The call's name, for messages.</param>
    /// <param name="body">The call; it receives a token cancelled on timeout or by the caller.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<PluginCallResult<T>> InvokeAsync<T>(
        LoadedComponent component,
        ChannelId? channel,
        string call,
        Func<CancellationToken, T> body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(component);
        return InvokeCoreAsync(new Callee(component.PluginName, component.Name, component.Kind), channel, call, body, cancellationToken);
    }

    private async Task<PluginCallResult<T>> InvokeCoreAsync<T>(
        Callee component,
        ChannelId? channel,
        string call,
        Func<CancellationToken, T> body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        cancellationToken.ThrowIfCancellationRequested();
        var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;
        var task = Task.Factory.StartNew(() => body(token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await task.WaitAsync(_options.CallTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!task.IsCompleted)
        {
            // Timed out or cancelled by the caller: tell the plugin, and leave its thread behind.
            await linked.CancelAsync().ConfigureAwait(false);
            Abandon(task, linked);
            cancellationToken.ThrowIfCancellationRequested();
            return Failed<T>(component, channel, call, PluginFaultKind.Timeout,
                $"{call} did not return within {_options.CallTimeout.TotalSeconds:0.###} s and was abandoned (its thread may still be running)", null);
        }
        catch (Exception)
        {
            // The call itself failed; examined below from the task.
        }

        linked.Dispose();
        if (task.IsCompletedSuccessfully)
        {
            var value = task.Result;
            return value is null
                ? Failed<T>(component, channel, call, PluginFaultKind.Exception, $"{call} returned null", null)
                : PluginCallResult<T>.Ok(value);
        }

        var error = task.Exception?.InnerException ?? new OperationCanceledException();
        if (error is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("cancelled while a plugin call ran", error, cancellationToken);
        }

        if (error is OptionsException options)
        {
            return Failed<T>(component, channel, call, PluginFaultKind.InvalidOptions,
                "invalid options: " + string.Join("; ", options.Errors), options, options.Errors);
        }

        return Failed<T>(component, channel, call, PluginFaultKind.Exception, error.Message, error);
    }

    private static void Abandon(Task task, CancellationTokenSource linked) =>
        task.ContinueWith(
            t =>
            {
                _ = t.Exception; // observed, so an abandoned call that fails later is not an unobserved task exception
                linked.Dispose();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    private PluginCallResult<T> Failed<T>(
        Callee component,
        ChannelId? channel,
        string call,
        PluginFaultKind kind,
        string reason,
        Exception? exception,
        IReadOnlyList<OptionError>? optionErrors = null)
    {
        var fault = new PluginFault(component.Plugin, component.Name, component.Kind, channel, call, kind, reason)
        {
            Exception = exception,
            OptionErrors = optionErrors ?? [],
        };
        if (kind == PluginFaultKind.Timeout)
        {
            _logger.Error("{Fault}", fault.Message);
        }
        else
        {
            _logger.Error(exception, "{Fault}", fault.Message);
        }

        return PluginCallResult<T>.Failed(fault);
    }

    /// <summary>Who a guarded call goes to, for fault messages.</summary>
    /// <param name="Plugin">The plugin name.</param>
    /// <param name="Name">The component or model name.</param>
    /// <param name="Kind">What it is.</param>
    private sealed record Callee(string Plugin, string Name, ComponentKind Kind);
}
