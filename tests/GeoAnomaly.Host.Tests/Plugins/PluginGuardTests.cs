using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;
using Serilog.Events;

namespace GeoAnomaly.Host.Tests.Plugins;

public sealed class PluginGuardTests
{
    private static readonly TimeSpan s_shortTimeout = TimeSpan.FromMilliseconds(200);

    private readonly CollectingSink _sink = new();

    [Fact]
    public async Task An_exception_in_Process_becomes_a_fault_naming_plugin_component_and_channel()
    {
        // Given
        var guard = Guard();
        var component = Some.Loaded(new ThrowingDetector());
        var state = component.Component.Start(new ScaleOptions(), Some.StartOn("BAD1"));

        // When
        var result = await guard.ProcessAsync(component, state, Some.Channel("BAD1"), Some.Series(10), TestContext.Current.CancellationToken);

        // Then
        Assert.False(result.Succeeded);
        Assert.Equal(PluginFaultKind.Exception, result.Fault.FaultKind);
        Assert.Equal($"plugin Test.Plugin, detector throwing, channel XX.BAD1.CH: {ThrowingDetector.Failure}", result.Fault.Message);
        Assert.IsType<InvalidOperationException>(result.Fault.Exception);
        var logged = Assert.Single(_sink.Events, e => e.Level == LogEventLevel.Error);
        Assert.IsType<InvalidOperationException>(logged.Exception);
        Assert.Contains("channel XX.BAD1.CH", logged.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_successful_Process_returns_the_same_outputs_as_running_the_state_directly()
    {
        // Given
        var guard = Guard();
        var component = Some.Loaded(new ScaleDetector());
        var options = new ScaleOptions { Scale = 2 };
        var series = Some.Series(500, gaps: [3, 4]);
        var expected = component.Component.Run(series, options, cancellationToken: TestContext.Current.CancellationToken);
        var state = component.Component.Start(options, Some.StartOn("OK"));

        // When
        var result = await guard.ProcessAsync(component, state, Some.Channel("OK"), series, TestContext.Current.CancellationToken);

        // Then
        Assert.True(result.Succeeded);
        Assert.Equal(expected.Primary.ToArray(), result.Value.Primary.ToArray());
        Assert.DoesNotContain(_sink.Events, e => e.Level >= LogEventLevel.Warning);
    }

    [Fact]
    public async Task A_call_that_ignores_cancellation_and_never_returns_is_abandoned_as_a_timeout()
    {
        // Given
        var guard = Guard(s_shortTimeout);
        using var detector = new HangingDetector();
        var component = Some.Loaded(detector);
        var state = detector.Start(new ScaleOptions(), Some.StartOn("HANG"));

        // When
        var result = await guard.ProcessAsync(component, state, Some.Channel("HANG"), Some.Series(10), TestContext.Current.CancellationToken);

        // Then
        Assert.False(result.Succeeded);
        Assert.Equal(PluginFaultKind.Timeout, result.Fault.FaultKind);
        Assert.StartsWith("plugin Test.Plugin, detector hanging, channel XX.HANG.CH: Process did not return within 0.2 s", result.Fault.Message, StringComparison.Ordinal);
        Assert.Contains(_sink.Rendered(LogEventLevel.Error), m => m.Contains("did not return", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_timed_out_call_sees_its_token_cancelled()
    {
        // Given
        var guard = Guard(s_shortTimeout);
        var detector = new CooperativeDetector();
        var component = Some.Loaded(detector);
        var state = detector.Start(new ScaleOptions(), Some.StartOn("SLOW"));

        // When
        var result = await guard.ProcessAsync(component, state, Some.Channel("SLOW"), Some.Series(10), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(PluginFaultKind.Timeout, result.Fault?.FaultKind);
        Assert.True(detector.SawCancellation.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), "the plugin's token was never cancelled");
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_a_fault_but_an_OperationCanceledException()
    {
        // Given
        var guard = Guard();
        var detector = new CooperativeDetector();
        var component = Some.Loaded(detector);
        var state = detector.Start(new ScaleOptions(), Some.StartOn("SLOW"));
        using var cancel = new CancellationTokenSource();

        // When
        var call = guard.ProcessAsync(component, state, Some.Channel("SLOW"), Some.Series(10), cancel.Token);
        await cancel.CancelAsync();

        // Then
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task Start_with_invalid_options_surfaces_every_option_error()
    {
        // Given
        var guard = Guard();
        var component = Some.Loaded(new ScaleDetector());
        var options = new ScaleOptions { Scale = -1, Window = 0 };

        // When
        var result = await guard.StartAsync(component, options, Some.StartOn("OK"), TestContext.Current.CancellationToken);

        // Then
        Assert.False(result.Succeeded);
        Assert.Equal(PluginFaultKind.InvalidOptions, result.Fault.FaultKind);
        Assert.Equal(["scale", "window"], result.Fault.OptionErrors.Select(e => e.Option));
        Assert.Contains("scale: must be positive, got -1", result.Fault.Message, StringComparison.Ordinal);
        Assert.Contains("window: must be at least 1, got 0", result.Fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faults_of_calls_without_a_channel_name_plugin_and_component_only()
    {
        // Given
        var guard = Guard();
        var component = Some.Loaded(new BrokenOptionsDetector());

        // When
        var defaults = await guard.CreateDefaultOptionsAsync(component, TestContext.Current.CancellationToken);
        var validation = await guard.ValidateAsync(component, new ScaleOptions(), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal("plugin Test.Plugin, detector broken-options: no defaults here", defaults.Fault?.Message);
        Assert.Equal("plugin Test.Plugin, detector broken-options: cannot validate", validation.Fault?.Message);
        Assert.Null(validation.Fault?.Channel);
    }

    [Fact]
    public async Task Validate_returns_the_option_errors_as_a_successful_call()
    {
        // Given
        var guard = Guard();
        var component = Some.Loaded(new ScaleDetector());

        // When
        var result = await guard.ValidateAsync(component, new ScaleOptions { Window = 0 }, TestContext.Current.CancellationToken);

        // Then
        Assert.True(result.Succeeded);
        Assert.Equal("window", Assert.Single(result.Value).Option);
    }

    [Fact]
    public void A_non_positive_timeout_is_rejected_naming_the_option()
    {
        // When
        var error = Assert.Throws<ArgumentException>(() => Guard(TimeSpan.Zero));

        // Then
        Assert.Contains("plugin-timeout", error.Message, StringComparison.Ordinal);
    }

    private PluginGuard Guard(TimeSpan? timeout = null) =>
        new(new PluginGuardOptions { CallTimeout = timeout ?? PluginGuardOptions.Defaults.CallTimeout }, _sink.CreateLogger());
}
