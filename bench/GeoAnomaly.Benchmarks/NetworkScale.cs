using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic;

namespace GeoAnomaly.Benchmarks;

/// <summary>
/// Network scale: thousands of synthetic minute channels through SR, SSA and isolation forest from memory on this
/// machine, channel by channel in parallel. Reports wall time, samples per second and peak memory, and as the
/// reference measured in the same run the time to only generate the same channels.
/// Two modes: <c>detectors</c> (default) runs the three detectors' batch entry point on each channel as it is
/// generated; <c>--pipeline</c> generates the whole network into memory first and screens it with the host's
/// <c>DetectJob</c> as <c>geoanomaly detect</c> does (plugins loaded from <c>artifacts/plugins</c> through the guard,
/// calibration, events with kinds, a 2-of-3 vote), its scores handed chunk by chunk to a sink that counts and drops them.
/// Run: <c>dotnet GeoAnomaly.Benchmarks.dll network-scale [--channels 5000] [--days 30] [--pipeline]</c>.
/// </summary>
internal static class NetworkScale
{
    private static readonly string[] s_detectors = ["spectral-residual", "ssa-changepoint", "isolation-forest"];
    private static readonly string[] s_pluginAssemblies = ["GeoAnomaly.Plugins.SpectralResidual", "GeoAnomaly.Plugins.Ssa", "GeoAnomaly.Plugins.IsolationForest"];

    public static int Run(string[] args)
    {
        int channels = Option(args, "--channels", 5000);
        int days = Option(args, "--days", 30);
        var detectors = Detectors();
        if (detectors.Count == 0)
        {
            Console.Error.WriteLine($"none of {string.Join(", ", s_detectors)} is built yet");
            return 1;
        }

        var spec = new NetworkSpec { StationCount = Math.Min(NetworkSpec.Defaults.MaxStations, (channels / 6) + 1), Duration = TimeSpan.FromDays(days) };
        var generator = new SyntheticNetworkGenerator(spec);
        if (args.Contains("--pipeline"))
        {
            return NetworkScalePipeline.Run(generator, channels, days);
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

        var clock = Stopwatch.StartNew();
        long generated = 0;
        Parallel.ForEach(generator.EnumerateChannels().Take(channels), options, c => Interlocked.Add(ref generated, c.Series.Count));
        var generateOnly = clock.Elapsed;

        clock.Restart();
        long screened = 0;
        long faults = 0;
        Parallel.ForEach(generator.EnumerateChannels().Take(channels), options, c =>
        {
            foreach (var detector in detectors)
            {
                try
                {
                    detector.Run(c.Series);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Interlocked.Increment(ref faults);
                    Console.Error.WriteLine($"{detector.Info.Name} on {c.Info.Id}: {e.Message}");
                }
            }

            Interlocked.Add(ref screened, c.Series.Count);
        });
        var total = clock.Elapsed;
        double peakGb = Process.GetCurrentProcess().PeakWorkingSet64 / 1e9;

        var inv = CultureInfo.InvariantCulture;
        string report = string.Join('\n',
            "# Network scale",
            "",
            string.Create(inv, $"{channels:N0} channels x {days} days of minute data ({screened:N0} samples) through {string.Join(" + ", detectors.Select(d => d.Info.Name))}, {Environment.ProcessorCount} cores, from memory."),
            "",
            "| measure | value |",
            "| --- | --- |",
            string.Create(inv, $"| wall time, generate + screen | {total.TotalSeconds:0.0} s |"),
            string.Create(inv, $"| wall time, generate only (reference) | {generateOnly.TotalSeconds:0.0} s |"),
            string.Create(inv, $"| ratio screen / reference | {total / generateOnly:0.0} |"),
            string.Create(inv, $"| samples per second (all detectors) | {screened / total.TotalSeconds:N0} |"),
            string.Create(inv, $"| peak working set | {peakGb:0.00} GB |"),
            string.Create(inv, $"| detector faults | {faults} |"),
            "");
        Save(report, "network-scale.md");
        return faults == 0 ? 0 : 1;
    }

    /// <summary>Prints <paramref name="report"/> and keeps it in <c>bench/results/</c>.</summary>
    internal static void Save(string report, string file)
    {
        Console.WriteLine(report);
        string folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "results");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, file), report);
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static List<IComponent> Detectors()
    {
        var found = new List<IComponent>();
        foreach (string name in s_pluginAssemblies)
        {
            Assembly assembly;
            try
            {
                assembly = Assembly.Load(name);
            }
            catch (FileNotFoundException)
            {
                Console.Error.WriteLine($"{name} is not built; screening without it");
                continue;
            }

            foreach (var type in ComponentDiscovery.Candidates(assembly.GetTypes()))
            {
                var component = (IComponent)Activator.CreateInstance(type, nonPublic: true)!;
                if (s_detectors.Contains(component.Info.Name))
                {
                    found.Add(component);
                }
            }
        }

        return found;
    }
}
