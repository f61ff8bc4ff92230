using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;
using Serilog;

namespace GeoAnomaly.Host.Tests.Jobs.Detect;

public sealed class DetectJobChainTests
{
    [Fact]
    public async Task The_chain_runs_in_order_and_the_detectors_see_the_cleaned_values()
    {
        // Given: a channel with a 12-sigma spike at 2,000 and a common signal that its companion 'ref' carries too;
        // the chain subtracts the companion, then clips above 8
        var (channel, reference) = WithCompanion("STA1", seed: 1);
        var plan = Plan([Stage(new SubtractCompanionPreprocessor(), "ref"), Stage(new ClipPreprocessor(), options: new ScaleOptions { Scale = 8 })], [new(Some.Loaded(new ScaleDetector()))]);

        // When
        var result = await RunAsync(plan, channel, reference);

        // Then: the spike was clipped (reported in adjustments) so the scale detector sees only noise, and the
        // cleaned series is exactly the channel minus its companion with the spike at 0
        var cleaned = Assert.Single(result.Cleaned, c => c.Cleaned.Channel.Id.Channel == "CH");
        Assert.Equal(["subtract-companion", "clip"], cleaned.Stages.Select(s => s.Stage));
        Assert.Equal(0, cleaned.Cleaned.Series[2000]);
        Assert.Equal(channel.Series[1999] - reference.Series[1999], cleaned.Cleaned.Series[1999], 12);
        var adjustment = Assert.Single(result.Adjustments);
        Assert.Equal(("clip", "removed", channel.Series.TimeAt(2000)), (adjustment.Stage, adjustment.Kind, adjustment.Time));
        Assert.Equal(channel.Series[2000] - reference.Series[2000], adjustment.Value, 12);
        Assert.DoesNotContain(result.Events, e => e.Channel.Station == "STA1" && e.Start == channel.Series.TimeAt(2000));
        Assert.Empty(result.Faults);
    }

    [Fact]
    public async Task A_missing_companion_is_reported_and_that_channel_is_not_screened_but_others_are()
    {
        // Given: STA2 has no 'ref' channel
        var (channel, reference) = WithCompanion("STA1", seed: 2);
        var lonely = new ChannelSeries(Info("STA2", "CH"), Shapes.Spike(3000, 2000, height: 12, seed: 3));
        var plan = Plan([Stage(new SubtractCompanionPreprocessor(), "ref")], [new(Some.Loaded(new ScaleDetector()))]);

        // When
        var result = await RunAsync(plan, channel, reference, lonely);

        // Then
        var fault = Assert.Single(result.Faults);
        Assert.Equal(PluginFaultKind.MissingCompanion, fault.FaultKind);
        Assert.Contains("XX.STA2.ref", fault.Message, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("XX.STA2.CH", StringComparison.Ordinal) && w.Contains("not screened", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Scores, s => s.Channel.Id.Station == "STA2");
        Assert.Contains(result.Scores, s => s.Channel.Id.Station == "STA1" && s.Channel.Id.Channel == "CH");
    }

    [Fact]
    public async Task A_chain_without_detectors_still_cleans_and_a_sink_gets_the_cleaned_series()
    {
        // Given
        var channel = new ChannelSeries(Info("STA1", "CH"), Shapes.Spike(3000, 2000, height: 12, seed: 4));
        var plan = Plan([Stage(new ClipPreprocessor(), options: new ScaleOptions { Scale = 8 })], []);
        var sink = new CleanSink();

        // When
        var result = await RunAsync(plan, sink, channel);

        // Then
        var clean = Assert.Single(sink.Cleaned);
        Assert.Equal(0, clean.Cleaned.Series[2000]);
        Assert.Empty(result.Cleaned);
        Assert.Single(result.Adjustments);
        Assert.Empty(result.Skipped);
    }

    private static (ChannelSeries Channel, ChannelSeries Reference) WithCompanion(string station, int seed)
    {
        var common = Shapes.Spike(3000, 10, height: 0, seed: seed + 100).Values.ToArray();
        var own = Shapes.Spike(3000, 2000, height: 12, seed: seed).Values.ToArray();
        double[] values = [.. own.Zip(common, (a, b) => a + (5 * b))];
        double[] reference = [.. common.Select(b => 5 * b)];
        return (new ChannelSeries(Info(station, "CH"), Shapes.Of(values)), new ChannelSeries(Info(station, "ref"), Shapes.Of(reference)));
    }

    private static ChannelInfo Info(string station, string channel) => new(new ChannelId("XX", station, channel), ChannelKind.Deformation);

    private static ConfiguredComponent Stage(IComponent component, string? companion = null, ScaleOptions? options = null) =>
        new(Some.Loaded(component), options) { Companions = companion is null ? [] : [companion] };

    private static DetectPlan Plan(ConfiguredComponent[] stages, ConfiguredComponent[] detectors)
    {
        var kind = new KindPlan("*", detectors, [], new EventFormerOptions { Threshold = 0.99999 }, new ScoreCalibrationOptions()) { Preprocessors = stages };
        return new DetectPlan(new Dictionary<ChannelKind, KindPlan> { [ChannelKind.Deformation] = kind });
    }

    private static Task<DetectResult> RunAsync(DetectPlan plan, params ChannelSeries[] channels) => RunAsync(plan, null, channels);

    private static Task<DetectResult> RunAsync(DetectPlan plan, IDetectSink? sink, params ChannelSeries[] channels)
    {
        var logger = new LoggerConfiguration().CreateLogger();
        var job = new DetectJob(new PluginGuard(new PluginGuardOptions(), logger), new ChannelRunnerOptions { MaxDegreeOfParallelism = 2 }, logger);
        return job.RunAsync(plan, channels, TestContext.Current.CancellationToken, sink: sink);
    }

    private sealed class CleanSink : IDetectSink
    {
        public List<CleanedChannel> Cleaned { get; } = [];

        public Task WriteAsync(ChannelOutcome outcome, CancellationToken cancellationToken)
        {
            if (outcome.Clean is not null)
            {
                Cleaned.Add(outcome.Clean);
            }

            return Task.CompletedTask;
        }
    }
}
