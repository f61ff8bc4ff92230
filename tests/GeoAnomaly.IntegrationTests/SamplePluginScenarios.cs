using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.IntegrationTests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.IntegrationTests;

public sealed class SamplePluginScenarios
{
    /// <summary>Writing a plugin: the out-of-tree sample, built on its own, loads through the real catalog and finds an injected spike.</summary>
    [Fact]
    public async Task The_built_sample_plugin_loads_and_scores_an_injected_spike()
    {
        // Given: the sample's staged folder and a noisy channel with a spike of 12 sigma at sample 1,200
        string folder = Path.Combine(PluginFixtures.SamplePluginRoot, "MyDetector");
        Assert.True(File.Exists(Path.Combine(folder, "MyDetector.dll")), $"the sample is not built into {folder}; build samples/MyDetector first");
        Assert.False(File.Exists(Path.Combine(folder, "GeoAnomaly.Sdk.dll")), "the sample's plugin folder must not carry its own SDK");
        var noise = PluginFixtures.Channel("WELL1");
        double[] values = noise.Series.Values.ToArray();
        values[1200] += 12;
        var channel = new ChannelSeries(noise.Channel, new Series(noise.Series.Start, noise.Series.Step, values));
        using var catalog = PluginFixtures.Load(PluginFixtures.SamplePluginRoot);
        var guard = new PluginGuard(new PluginGuardOptions(), PluginFixtures.Logger);
        var runner = new ChannelRunner(guard, new ChannelRunnerOptions(), PluginFixtures.Logger);

        // When
        var detector = catalog.Find("robust-zscore");
        var run = await runner.RunAsync([new ConfiguredComponent(detector)], [channel], TestContext.Current.CancellationToken);
        var result = Assert.Single(run.Results);
        var events = EventFormer.Form(channel.Channel.Id, detector.Name, result.Output!.ToSeries(), new EventFormerOptions { Threshold = 6 });

        // Then
        Assert.Empty(catalog.Errors);
        Assert.Equal(ComponentKind.Detector, detector.Kind);
        Assert.Equal("MyDetector", detector.PluginName);
        Assert.True(result.Succeeded, result.Fault?.Message);
        Assert.True(result.Output.Primary[1200] > 5, $"spike scored {result.Output.Primary[1200]}");
        var spike = Assert.Single(events);
        Assert.Equal(channel.Series.TimeAt(1200), spike.Start);
    }
}
