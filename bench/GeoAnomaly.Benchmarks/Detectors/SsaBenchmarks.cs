using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoAnomaly.Plugins.Ssa;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Benchmarks.Detectors;

/// <summary>
/// SSA change-point over a 30-day minute series (43,200 samples; daily sine, AR(1) and white noise, a level shift on
/// day 20), ML.NET's defaults (training window 100, seasonal window 10, change history 20, power martingale). Time is
/// per sample (OperationsPerInvoke), so samples/s = 1e9 / mean(ns). The baseline re-fits the singular-spectrum model
/// at every sample, as ML.NET's adaptive SSA updates its model on every point; the detector's default re-fits every
/// 100 samples (one training window) and forecasts from the fitted recurrence in between.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class SsaBenchmarks
{
    private const int Day = 1440;
    private const int Samples = 30 * Day;
    private static readonly DateTimeOffset s_start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private Series _series = new(s_start, TimeSpan.FromMinutes(1), [0.0]);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240301);
        double[] values = new double[Samples];
        double red = 0;
        for (int i = 0; i < Samples; i++)
        {
            red = (0.98 * red) + (0.2 * Normal(random));
            values[i] = (10 * Math.Sin(2 * Math.PI * i / Day)) + red + (0.5 * Normal(random)) + (i >= 20 * Day ? 5 : 0);
        }

        _series = new Series(s_start, TimeSpan.FromMinutes(1), values);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Samples, Description = "ssa-changepoint, re-fit every sample (ML.NET-style adaptive model)")]
    public double Refit_every_sample() => Run(new SsaChangePointOptions { RefitInterval = 1 });

    [Benchmark(OperationsPerInvoke = Samples, Description = "ssa-changepoint, defaults (re-fit every 100 samples)")]
    public double Defaults() => Run(new SsaChangePointOptions());

    private double Run(SsaChangePointOptions options)
    {
        var state = new SsaChangePointDetector().StartChecked(options, ComponentStart.ForTesting());
        return state.RunBatch(_series).Primary[^1];
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
