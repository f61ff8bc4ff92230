using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoAnomaly.Plugins.Cleaning.Spikes;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Benchmarks.Preprocessors;

/// <summary>
/// <c>despike</c> (centred) and <c>despike-causal</c> (trailing) with the defaults (k = 7, t = 4) on the cleaning month
/// (<see cref="CleaningSeries"/>, 43,200 samples), against the Hampel filter written from its definition (sort each
/// window for the median, sort the deviations for the MAD). Mean is per sample: samples/s = 1e9 / Mean in ns.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
[BenchmarkCategory("cleaning-despike")]
public class CleaningDespikeBenchmarks
{
    private Series _month = null!;

    [GlobalSetup]
    public void Setup() => _month = CleaningSeries.Create();

    [Benchmark(Baseline = true, OperationsPerInvoke = CleaningSeries.Month, Description = "naive Hampel: sort every window twice")]
    public double Naive_sorting_reference()
    {
        var x = _month.Values;
        int k = DespikeOptions.Defaults.HalfWidth;
        double threshold = DespikeOptions.Defaults.NSigma * 1.4826;
        var window = new List<double>(2 * k + 1);
        var deviations = new List<double>(2 * k + 1);
        double replaced = 0;
        for (int i = 0; i < x.Length; i++)
        {
            window.Clear();
            for (int j = Math.Max(0, i - k); j <= Math.Min(x.Length - 1, i + k); j++)
            {
                if (!double.IsNaN(x[j]))
                {
                    window.Add(x[j]);
                }
            }

            if (double.IsNaN(x[i]) || window.Count <= k)
            {
                continue;
            }

            window.Sort();
            double median = Median(window);
            deviations.Clear();
            deviations.AddRange(window.Select(v => Math.Abs(v - median)));
            deviations.Sort();
            if (Math.Abs(x[i] - median) > threshold * Median(deviations))
            {
                replaced += median;
            }
        }

        return replaced;
    }

    [Benchmark(OperationsPerInvoke = CleaningSeries.Month, Description = "despike (centred, retrospective), defaults")]
    public ComponentOutput Centred() => new DespikePreprocessor().Run(_month);

    [Benchmark(OperationsPerInvoke = CleaningSeries.Month, Description = "despike-causal (trailing, streaming), defaults")]
    public ComponentOutput Trailing() => new CausalDespikePreprocessor().Run(_month);

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
