using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;
using Serilog;

namespace GeoAnomaly.Host.Tests.Jobs.Detect;

public sealed class DetectJobTests
{
    private static readonly EventFormerOptions s_events = new() { Threshold = 0.99999 };

    [Fact]
    public async Task A_spike_becomes_one_calibrated_event_of_kind_spike_with_its_raw_score()
    {
        // Given: 3,000 minutes of unit noise with a 12-sigma spike at sample 2,000
        var channel = Channel("STA1", seed: 1);

        // When
        var result = await RunAsync(Plan(Scale()), channel);

        // Then
        var e = Assert.Single(result.Events);
        Assert.Equal(("scale", channel.Series.TimeAt(2000), channel.Series.TimeAt(2001)), (e.Detector, e.Start, e.End));
        Assert.Equal(AnomalyKind.Spike, e.Kind);
        Assert.Equal(Math.Abs(channel.Series[2000]), e.RawScore);
        Assert.InRange(e.Score, 0.99999, 1);
        var scores = Assert.Single(result.Scores);
        Assert.Equal(CalibrationMethod.Empirical, scores.Calibration!.Method);
        Assert.Equal(e.Score, scores.Calibrated[2000]);
        Assert.Empty(result.Faults);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task A_plugin_fault_on_one_channel_is_reported_and_the_other_channels_still_get_their_events()
    {
        // Given
        var plan = Plan(new ConfiguredComponent(Some.Loaded(new ThrowingDetector())), Scale());

        // When
        var result = await RunAsync(plan, Channel("STA1", 2), Channel("BAD", 3), Channel("STA2", 4));

        // Then
        var fault = Assert.Single(result.Faults);
        Assert.Equal(Some.Channel("BAD"), fault.Channel);
        Assert.Equal(["BAD", "STA1", "STA2"], result.Events.Where(e => e.Detector == "scale").Select(e => e.Channel.Station));
    }

    [Fact]
    public async Task An_ensemble_forms_its_own_events_from_the_calibrated_scores_of_its_members()
    {
        // Given: both detectors flag the spike, and a vote of two combines them
        var ensemble = new PlannedEnsemble(new EnsembleOptions { Method = EnsembleMethod.Vote, Votes = 2, OutputName = "both" }, ["scale", "difference"]);
        var plan = Plan([Scale(), new ConfiguredComponent(Some.Loaded(new DifferenceDetector()))], [ensemble]);

        // When
        var result = await RunAsync(plan, Channel("STA1", 5));

        // Then
        var e = Assert.Single(result.Events, e => e.Detector == "both");
        Assert.Equal(Channel("STA1", 5).Series.TimeAt(2000), e.Start);
        Assert.Equal("vote 2 of 2", e.Details["ensemble"]);
        Assert.Equal("scale,difference", e.Details["members"]);
        Assert.Contains(result.Scores, s => s.Detector == "both" && s.Output is null);
    }

    [Fact]
    public async Task A_channel_too_short_to_calibrate_gets_a_warning_and_no_events_but_no_fault()
    {
        // Given
        var shortChannel = new ChannelSeries(Info("SHORT"), Shapes.Spike(100, 80, height: 12, seed: 6));

        // When
        var result = await RunAsync(Plan(Scale()), shortChannel);

        // Then
        Assert.Empty(result.Events);
        Assert.Empty(result.Faults);
        Assert.Contains("channel XX.SHORT.CH, detector scale: cannot calibrate", Assert.Single(result.Warnings), StringComparison.Ordinal);
        Assert.Null(Assert.Single(result.Scores).Calibration);
    }

    [Fact]
    public async Task Channels_of_a_kind_without_detectors_are_skipped_and_listed()
    {
        // Given: detectors for fluid channels only
        var plan = new DetectPlan(new Dictionary<ChannelKind, KindPlan> { [ChannelKind.Fluid] = Plan(Scale()).For(ChannelKind.Other)! });

        // When
        var result = await RunAsync(plan, Channel("STA1", 7));

        // Then
        Assert.Equal("STA1", Assert.Single(result.Skipped).Id.Station);
        Assert.Empty(result.Scores);
    }

    [Fact]
    public async Task The_same_run_twice_gives_the_same_events_and_scores_whatever_the_scheduling()
    {
        // Given
        var channels = Enumerable.Range(1, 6).Select(i => Channel($"STA{i}", seed: 10 + i)).ToArray();
        var plan = Plan(Scale(), new ConfiguredComponent(Some.Loaded(new DifferenceDetector())));

        // When
        var first = await RunAsync(plan, channels);
        var second = await RunAsync(plan, channels);

        // Then
        Assert.NotEmpty(first.Events);
        Assert.Equal(first.Events.Select(Key), second.Events.Select(Key));
        Assert.Equal(first.Scores.Select(s => (s.Channel.Id, s.Detector)), second.Scores.Select(s => (s.Channel.Id, s.Detector)));
        Assert.All(first.Scores.Zip(second.Scores), p => Assert.Equal(p.First.Calibrated.Values.ToArray(), p.Second.Calibrated.Values.ToArray()));
    }

    [Fact]
    public async Task With_a_sink_scores_go_to_it_chunk_by_chunk_in_input_order_and_equal_the_kept_ones()
    {
        // Given: 11 channels, chunks of 4, two detectors; a sink that records what it gets
        var channels = Enumerable.Range(1, 11).Select(i => Channel($"STA{i:00}", seed: 30 + i)).ToArray();
        var plan = Plan(Scale(), new ConfiguredComponent(Some.Loaded(new DifferenceDetector())));
        var sink = new RecordingSink();
        var logger = new LoggerConfiguration().CreateLogger();
        var job = new DetectJob(new PluginGuard(new PluginGuardOptions(), logger), new ChannelRunnerOptions { MaxDegreeOfParallelism = 2 }, logger) { ChunkSize = 4 };

        // When
        var streamed = await job.RunAsync(plan, channels, TestContext.Current.CancellationToken, sink: sink);
        var kept = await RunAsync(plan, channels);

        // Then: one call per channel, in input order, nothing kept in the result, the same scores and events as a kept run
        Assert.Equal(channels.Select(c => c.Channel.Id.Station), sink.Calls.Select(call => Assert.Single(call.Select(s => s.Channel.Id.Station).Distinct())));
        Assert.Empty(streamed.Scores);
        Assert.Equal(kept.Scores.Select(s => (s.Channel.Id, s.Detector)), sink.Calls.SelectMany(c => c).Select(s => (s.Channel.Id, s.Detector)));
        Assert.All(kept.Scores.Zip(sink.Calls.SelectMany(c => c)), p => Assert.Equal(p.First.Calibrated.Values.ToArray(), p.Second.Calibrated.Values.ToArray()));
        Assert.Equal(kept.Events.Select(Key), streamed.Events.Select(Key));
        Assert.Equal(22, streamed.Calibrations.Count);
        Assert.All(streamed.Calibrations, c => Assert.NotNull(c.Calibration));
    }

    private sealed class RecordingSink : IDetectSink
    {
        public List<IReadOnlyList<DetectorScores>> Calls { get; } = [];

        public Task WriteAsync(ChannelOutcome outcome, CancellationToken cancellationToken)
        {
            Calls.Add(outcome.Scores);
            return Task.CompletedTask;
        }
    }

    private static string Key(AnomalyEvent e) =>
        $"{e.Channel} {e.Detector} {e.Start:O} {e.End:O} {e.Score:R} {e.RawScore:R} {e.Kind} {string.Join(';', e.Details.Select(d => $"{d.Key}={d.Value}"))}";

    private static ConfiguredComponent Scale() => new(Some.Loaded(new ScaleDetector()));

    private static DetectPlan Plan(params ConfiguredComponent[] detectors) => Plan(detectors, []);

    private static DetectPlan Plan(ConfiguredComponent[] detectors, PlannedEnsemble[] ensembles)
    {
        var kind = new KindPlan("*", detectors, ensembles, s_events, new ScoreCalibrationOptions());
        return new DetectPlan(Enum.GetValues<ChannelKind>().ToDictionary(k => k, _ => kind));
    }

    private static ChannelInfo Info(string station) => new(Some.Channel(station), ChannelKind.Deformation);

    private static ChannelSeries Channel(string station, int seed) => new(Info(station), Shapes.Spike(3000, 2000, height: 12, seed));

    private static Task<DetectResult> RunAsync(DetectPlan plan, params ChannelSeries[] channels)
    {
        var logger = new LoggerConfiguration().CreateLogger();
        var job = new DetectJob(new PluginGuard(new PluginGuardOptions(), logger), new ChannelRunnerOptions { MaxDegreeOfParallelism = 3 }, logger);
        return job.RunAsync(plan, channels, TestContext.Current.CancellationToken);
    }
}
