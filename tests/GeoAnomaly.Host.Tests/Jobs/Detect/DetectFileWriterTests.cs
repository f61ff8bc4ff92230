using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;
using Serilog;

namespace GeoAnomaly.Host.Tests.Jobs.Detect;

public sealed class DetectFileWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Cleaned_series_with_every_stage_output_and_the_adjustments_are_written_beside_the_events()
    {
        // Given: a run whose chain clips a spike, written through the writer as its sink
        var channel = new ChannelSeries(new ChannelInfo(new ChannelId("XX", "STA1", "CH"), ChannelKind.Fluid), Shapes.Spike(3000, 2000, height: 12, seed: 5));
        var kind = new KindPlan("*", [new(Some.Loaded(new ScaleDetector()))], [], new EventFormerOptions(), new ScoreCalibrationOptions())
        {
            Preprocessors = [new(Some.Loaded(new ClipPreprocessor()), new ScaleOptions { Scale = 8 })],
        };
        var plan = new DetectPlan(new Dictionary<ChannelKind, KindPlan> { [ChannelKind.Fluid] = kind });
        var logger = new LoggerConfiguration().CreateLogger();
        var writer = new DetectFileWriter(_folder.Path, writeScores: true);

        // When
        var result = await new DetectJob(new PluginGuard(new PluginGuardOptions(), logger), new ChannelRunnerOptions(), logger)
            .RunAsync(plan, [channel], TestContext.Current.CancellationToken, sink: writer);
        var report = writer.Finish(result);

        // Then
        Assert.Equal((1, 1, 1), (report.CleanFiles, report.ScoreFiles, report.Adjustments));
        string[] clean = File.ReadAllLines(Path.Combine(_folder.Path, "clean", "XX.STA1.CH.csv"));
        Assert.Equal("time,value,clip.removed", clean[0]);
        Assert.Equal(3001, clean.Length);
        Assert.StartsWith("2024-03-02T09:20:00Z,0,", clean[2001], StringComparison.Ordinal);
        string[] adjustments = File.ReadAllLines(Path.Combine(_folder.Path, "adjustments.csv"));
        Assert.Equal("network,station,channel,preprocessor,time,kind,value", adjustments[0]);
        Assert.StartsWith("XX,STA1,CH,clip,2024-03-02T09:20:00Z,removed,", Assert.Single(adjustments.Skip(1)), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "scores", "XX.STA1.CH.scale.csv")));
    }
}
