using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoAnomaly.Plugins.Cleaning.Gaps;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Benchmarks.Preprocessors;

/// <summary>
/// <c>gap-fill</c> on the cleaning month (<see cref="CleaningSeries"/>, 43,200 samples, 20 gaps of 5-60 samples) with
/// maxGap 60, linear, spline and cubic (20 neighbours), against a plain copy of the series through the same batch plumbing (the floor any
/// preprocessor pays). Mean is per sample (OperationsPerInvoke): samples/s = 1e9 / Mean in ns.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
[BenchmarkCategory("cleaning-gap-fill")]
public class CleaningGapFillBenchmarks
{
    private readonly GapFillPreprocessor _component = new();
    private Series _month = null!;

    [GlobalSetup]
    public void Setup() => _month = CleaningSeries.Create();

    [Benchmark(Baseline = true, OperationsPerInvoke = CleaningSeries.Month, Description = "plain copy of the series")]
    public double[] Copy() => _month.Values.ToArray();

    [Benchmark(OperationsPerInvoke = CleaningSeries.Month, Description = "gap-fill linear, maxGap 60")]
    public ComponentOutput Linear() => _component.Run(_month, new GapFillOptions { MaxGap = 60 });

    [Benchmark(OperationsPerInvoke = CleaningSeries.Month, Description = "gap-fill spline, maxGap 60, 20 neighbours")]
    public ComponentOutput Spline() => _component.Run(_month, new GapFillOptions { MaxGap = 60, Method = GapFillMethod.Spline });

    [Benchmark(OperationsPerInvoke = CleaningSeries.Month, Description = "gap-fill cubic, maxGap 60, 20 neighbours")]
    public ComponentOutput Cubic() => _component.Run(_month, new GapFillOptions { MaxGap = 60, Method = GapFillMethod.Cubic });
}
