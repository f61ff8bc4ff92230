using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoAnomaly.Plugins.Cleaning.Steps;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Benchmarks.Preprocessors;

/// <summary>
/// <c>step-removal</c> with the defaults (window 120, cubic) on the cleaning month (<see cref="CleaningSeries"/>,
/// 43,200 samples, two steps, 20 gaps), against its statistic computed the obvious way: a direct least-squares fit of
/// the polynomial-plus-step model at every boundary (O(window × degree²) per sample, the detection scan alone). Mean is
/// per sample: samples/s = 1e9 / Mean in ns.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
[BenchmarkCategory("cleaning-step-removal")]
public class CleaningStepRemovalBenchmarks
{
    private Series _month = null!;

    [GlobalSetup]
    public void Setup() => _month = CleaningSeries.Create();

    [Benchmark(Baseline = true, OperationsPerInvoke = CleaningSeries.Month, Description = "direct fit at every boundary (scan only)")]
    public double Direct_fit_per_boundary()
    {
        var statistic = new StepStatistic(new StepRemovalOptions(), robust: false);
        var x = _month.Values;
        double sum = 0;
        int before = -1;
        for (int j = 0; j < x.Length; j++)
        {
            if (double.IsNaN(x[j]))
            {
                continue;
            }

            if (before >= 0 && statistic.TryFit(x, before, j, out double size))
            {
                sum += size;
            }

            before = j;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CleaningSeries.Month, Description = "step-removal, defaults (scan, noise, location, refit)")]
    public ComponentOutput Component() => new StepRemovalPreprocessor().Run(_month);
}
