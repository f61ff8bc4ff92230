using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Pipeline;

public sealed class ChannelRunnerTests
{
    private readonly CollectingSink _sink = new();

    [Fact]
    public async Task A_throwing_channel_fails_alone_and_every_other_channel_and_component_finishes()
    {
        // Given
        var channels = new[] { Some.ChannelSeries("STA1"), Some.ChannelSeries("BAD"), Some.ChannelSeries("STA2") };
        var components = new[] { new ConfiguredComponent(Some.Loaded(new ThrowingDetector())), new ConfiguredComponent(Some.Loaded(new ScaleDetector())) };

        // When
        var run = await Runner().RunAsync(components, channels, TestContext.Current.CancellationToken);

        // Then
        var fault = Assert.Single(run.Faults);
        Assert.Equal($"plugin Test.Plugin, detector throwing, channel XX.BAD.CH: {ThrowingDetector.Failure}", fault.Message);
        Assert.Equal(5, run.Results.Count(r => r.Succeeded));
        Assert.True(run.For(Some.Channel("BAD"), "scale").Succeeded);
    }

    [Fact]
    public async Task A_hanging_channel_is_reported_as_a_timeout_and_the_others_finish()
    {
        // Given
        using var hanging = new HangingDetector();
        var channels = new[] { Some.ChannelSeries("HANG"), Some.ChannelSeries("STA1"), Some.ChannelSeries("STA2") };
        var components = new[] { new ConfiguredComponent(Some.Loaded(hanging)), new ConfiguredComponent(Some.Loaded(new ScaleDetector())) };

        // When
        var run = await Runner(TimeSpan.FromMilliseconds(200)).RunAsync(components, channels, TestContext.Current.CancellationToken);

        // Then
        var fault = Assert.Single(run.Faults);
        Assert.Equal(PluginFaultKind.Timeout, fault.FaultKind);
        Assert.Equal(Some.Channel("HANG"), fault.Channel);
        Assert.Equal(5, run.Results.Count(r => r.Succeeded));
    }

    [Fact]
    public async Task Invalid_options_fault_every_channel_of_that_component_only()
    {
        // Given
        var channels = new[] { Some.ChannelSeries("STA1"), Some.ChannelSeries("STA2") };
        var components = new[]
        {
            new ConfiguredComponent(Some.Loaded(new ScaleDetector()), new ScaleOptions { Window = 0 }),
            new ConfiguredComponent(Some.Loaded(new ThrowingDetector())),
        };

        // When
        var run = await Runner().RunAsync(components, channels, TestContext.Current.CancellationToken);

        // Then
        var faults = run.Faults.ToList();
        Assert.Equal(2, faults.Count);
        Assert.All(faults, f => Assert.Equal(PluginFaultKind.InvalidOptions, f.FaultKind));
        Assert.All(faults, f => Assert.Equal("window", Assert.Single(f.OptionErrors).Option));
        Assert.Equal([Some.Channel("STA1"), Some.Channel("STA2")], faults.Select(f => f.Channel!.Value));
        Assert.True(run.For(Some.Channel("STA2"), "throwing").Succeeded);
    }

    [Fact]
    public async Task Outputs_equal_running_each_component_directly_and_come_back_in_a_fixed_order()
    {
        // Given: more channels than the degree of parallelism, each with its own signal
        var channels = Enumerable.Range(0, 9).Select(i => Some.ChannelSeries($"S{i}", 300, seed: i)).ToArray();
        var scale = new ScaleDetector();
        var options = new ScaleOptions { Scale = 3 };
        var components = new[] { new ConfiguredComponent(Some.Loaded(scale), options), new ConfiguredComponent(Some.Loaded(new ThrowingDetector())) };

        // When
        var run = await Runner(parallelism: 3).RunAsync(components, channels, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(
            channels.SelectMany(c => new[] { (c.Channel.Id, "scale"), (c.Channel.Id, "throwing") }),
            run.Results.Select(r => (r.Channel.Id, r.Component.Name)));
        foreach (var channel in channels)
        {
            var expected = scale.Run(channel.Series, options, cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(expected.Primary.ToArray(), run.For(channel.Channel.Id, "scale").Output!.Primary.ToArray());
        }
    }

    [Fact]
    public async Task Caller_cancellation_stops_the_run_with_an_OperationCanceledException()
    {
        // Given
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var components = new[] { new ConfiguredComponent(Some.Loaded(new ScaleDetector())) };

        // When / Then
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().RunAsync(components, [Some.ChannelSeries("STA1")], cancel.Token));
    }

    [Fact]
    public void A_degree_of_parallelism_below_one_is_rejected_naming_the_option()
    {
        // When
        var error = Assert.Throws<ArgumentException>(() => Runner(parallelism: 0));

        // Then
        Assert.Contains("parallelism", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_result_carries_the_state_warm_up_and_progress_hears_of_every_channel()
    {
        // Given
        var channels = new[] { Some.ChannelSeries("STA1"), Some.ChannelSeries("STA2"), Some.ChannelSeries("STA3") };
        var components = new[] { new ConfiguredComponent(Some.Loaded(new ScaleDetector()), new ScaleOptions { Window = 7 }) };
        var heard = new List<ChannelInfo>();
        var progress = new Collecting<ChannelInfo>(heard);

        // When
        var run = await Runner().RunAsync(components, channels, TestContext.Current.CancellationToken, progress);

        // Then
        Assert.All(run.Results, r => Assert.Equal(7, r.WarmUp));
        Assert.Equal(channels.Select(c => c.Channel.Id.ToString()).Order(), heard.Select(c => c.Id.ToString()).Order());
    }

    private sealed class Collecting<T>(List<T> into) : IProgress<T>
    {
        public void Report(T value)
        {
            lock (into)
            {
                into.Add(value);
            }
        }
    }

    private ChannelRunner Runner(TimeSpan? timeout = null, int parallelism = 2)
    {
        var logger = _sink.CreateLogger();
        var guard = new PluginGuard(new PluginGuardOptions { CallTimeout = timeout ?? PluginGuardOptions.Defaults.CallTimeout }, logger);
        return new ChannelRunner(guard, new ChannelRunnerOptions { MaxDegreeOfParallelism = parallelism }, logger);
    }
}
