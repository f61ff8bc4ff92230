using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using GeoAnomaly.Host.Jobs.Detect;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic;
using Serilog;

namespace GeoAnomaly.Benchmarks;

/// <summary>
/// The <c>--pipeline</c> mode of <see cref="NetworkScale"/>: the whole network in memory, screened by the host's
/// <see cref="DetectJob"/> with SR, SSA, isolation forest and a 2-of-3 vote, calibrated, with events and kinds.
/// </summary>
internal static class NetworkScalePipeline
{
    private static readonly string[] s_assemblies = ["GeoAnomaly.Plugins.SpectralResidual", "GeoAnomaly.Plugins.Ssa", "GeoAnomaly.Plugins.IsolationForest"];
    private static readonly string[] s_detectors = ["spectral-residual", "ssa-changepoint", "isolation-forest"];

    public static int Run(SyntheticNetworkGenerator generator, int channelCount, int days)
    {
        var logger = new LoggerConfiguration().CreateLogger();
        var detectors = s_assemblies
            .SelectMany(name => ComponentDiscovery.Candidates(Assembly.Load(name).GetTypes()))
            .Select(type => (IComponent)Activator.CreateInstance(type, nonPublic: true)!)
            .Where(c => s_detectors.Contains(c.Info.Name))
            .Select(c => new ConfiguredComponent(new LoadedComponent(c.GetType().Assembly.GetName().Name!, new Version(1, 0), "(in process)", c, ComponentKind.Detector, c.Info)))
            .ToList();
        var vote = new PlannedEnsemble(new EnsembleOptions { Method = EnsembleMethod.Vote, Votes = 2, OutputName = "vote" }, [.. detectors.Select(d => d.Component.Name)]);
        var kindPlan = new KindPlan("*", detectors, [vote], new EventFormerOptions { Threshold = 0.9998 }, new ScoreCalibrationOptions());
        var plan = new DetectPlan(Enum.GetValues<ChannelKind>().ToDictionary(k => k, _ => kindPlan));

        var clock = Stopwatch.StartNew();
        var channels = generator.EnumerateChannels().Take(channelCount).Select(c => new ChannelSeries(c.Info, c.Series)).ToList();
        var generate = clock.Elapsed;
        long samples = channels.Sum(c => (long)c.Series.Count);
        double inputGb = samples * 8 / 1e9;

        clock.Restart();
        var sink = new CountingSink();
        var guard = new PluginGuard(new PluginGuardOptions { CallTimeout = TimeSpan.FromMinutes(10) }, logger);
        var result = new DetectJob(guard, new ChannelRunnerOptions(), logger).RunAsync(plan, channels, CancellationToken.None, sink: sink).GetAwaiter().GetResult();
        var screen = clock.Elapsed;
        double peakGb = Process.GetCurrentProcess().PeakWorkingSet64 / 1e9;

        var inv = CultureInfo.InvariantCulture;
        string report = string.Join('\n',
            "# Network scale through the detect job",
            "",
            string.Create(inv, $"{channels.Count:N0} channels x {days} days of minute data ({samples:N0} samples, {inputGb:0.00} GB of values) held in memory, screened by DetectJob with {string.Join(" + ", detectors.Select(d => d.Component.Name))} and a 2-of-3 vote: calibration, events (threshold 0.9998), kinds; scores handed to a counting sink chunk by chunk. {Environment.ProcessorCount} cores."),
            "",
            "| measure | value |",
            "| --- | --- |",
            string.Create(inv, $"| wall time, screen | {screen.TotalSeconds:0.0} s |"),
            string.Create(inv, $"| wall time, generate into memory (reference) | {generate.TotalSeconds:0.0} s |"),
            string.Create(inv, $"| ratio screen / reference | {screen / generate:0.0} |"),
            string.Create(inv, $"| samples per second (all detectors) | {samples / screen.TotalSeconds:N0} |"),
            string.Create(inv, $"| peak working set (input included) | {peakGb:0.00} GB |"),
            string.Create(inv, $"| events | {result.Events.Count:N0} |"),
            string.Create(inv, $"| score series handed to the sink | {sink.Series:N0} |"),
            string.Create(inv, $"| plugin faults, warnings | {result.Faults.Count}, {result.Warnings.Count} |"),
            "");
        NetworkScale.Save(report, "network-scale-pipeline.md");
        return result.Faults.Count == 0 ? 0 : 1;
    }

    private sealed class CountingSink : IDetectSink
    {
        public long Series { get; private set; }

        public Task WriteAsync(ChannelOutcome outcome, CancellationToken cancellationToken)
        {
            Series += outcome.Scores.Count;
            return Task.CompletedTask;
        }
    }
}
