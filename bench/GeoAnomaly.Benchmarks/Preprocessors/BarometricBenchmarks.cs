using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoAnomaly.Plugins.Barometric;
using GeoAnomaly.Sdk;
using MathNet.Numerics.LinearAlgebra;

namespace GeoAnomaly.Benchmarks.Preprocessors;

/// <summary>
/// Barometric correction over a 30-day minute series (43,200 samples): a well (m) answering a barometer (hPa) with
/// BE 0.6 relaxing to 0.3 over two hours, plus noise. The component's default job: 720 lags in 24 bins, daily refits on
/// the trailing 14 days (first fit at the start of day 5), blended. Time is per sample (OperationsPerInvoke), so samples/s =
/// 1e9 / mean(ns). The baseline does the same job the obvious way: at each midnight the design matrix of the window
/// written out and solved by QR, and the response applied by convolving the 721-lag impulse response with pressure.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class BarometricBenchmarks
{
    private const int Day = 1440;
    private const int Samples = 30 * Day;
    private const double Scale = 100 / 9806.65;
    private static readonly DateTimeOffset s_start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private Series _level = null!;
    private Series _pressure = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240301);
        double[] pressure = new double[Samples];
        double[] level = new double[Samples];
        double fast = 0;
        double lagged = 1013;
        for (int i = 0; i < Samples; i++)
        {
            fast = (0.95 * fast) + (0.05 * Normal(random));
            pressure[i] = 1013 + (5 * Math.Sin(2 * Math.PI * i / (4.3 * Day))) + Math.Cos(4 * Math.PI * i / Day) + fast;
            lagged += (pressure[i] - lagged) / 120;
            level[i] = 20 - (Scale * ((0.6 * (pressure[i] - 1013)) - (0.3 * (lagged - 1013)))) + (0.0003 * Normal(random));
        }

        _level = new Series(s_start, TimeSpan.FromMinutes(1), level);
        _pressure = new Series(s_start, TimeSpan.FromMinutes(1), pressure);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Samples, Description = "naive: dense QR refits, convolution")]
    public double Naive_dense_refits() => NaiveJob(new BarometricOptions());

    [Benchmark(OperationsPerInvoke = Samples, Description = "barometric, defaults (720 lags, 24 bins)")]
    public double Barometric_defaults() => Run(new BarometricOptions());

    [Benchmark(OperationsPerInvoke = Samples, Description = "barometric, lag-0 mode")]
    public double Barometric_lag_0() => Run(new BarometricOptions { Lags = 0 });

    [Benchmark(OperationsPerInvoke = Samples, Description = "plain copy: level - scale x pressure")]
    public double Plain_copy()
    {
        double[] output = new double[Samples];
        for (int i = 0; i < Samples; i++)
        {
            output[i] = _level[i] - (Scale * _pressure[i]);
        }

        return output[^1];
    }

    private double Run(BarometricOptions options)
    {
        var start = new ComponentStart(new ChannelInfo(new ChannelId("XX", "WELL", "wl"), ChannelKind.Fluid, "m"), TimeSpan.FromMinutes(1), new SilentContext())
        {
            Companions = [new ChannelInfo(new ChannelId("XX", "WELL", "baro"), ChannelKind.Other, "hPa")],
        };
        var state = new BarometricCorrection().StartChecked(options, start);
        return state.RunBatch(_level, [_pressure]).Primary[^1];
    }

    /// <summary>The same fits (rows, bins, intercept, window mean as reference) without accumulated equations, then the
    /// newest fit applied by direct convolution (no blending): the straightforward implementation.</summary>
    private double NaiveJob(BarometricOptions options)
    {
        var bins = new LagBins(options.Lags, options.LagTerms);
        int m = bins.Count;
        double[] output = new double[Samples];
        double[]? impulse = null;
        double reference = 0;
        for (int t = 0; t < Samples; t++)
        {
            // Blocks count from the first midnight after lags + 1 samples; a fit needs 4 (lags + 1) rows.
            if (t % options.RefitInterval == 0 && t - Day >= 4 * (options.Lags + 1))
            {
                int from = Math.Max(Day, t - options.Span);
                var x = Matrix<double>.Build.Dense(t - from, m + 1);
                var y = Vector<double>.Build.Dense(t - from);
                for (int r = from; r < t; r++)
                {
                    for (int j = 0; j < m; j++)
                    {
                        x[r - from, j] = Scale * (_pressure[r - bins.Edges[j]] - _pressure[r - bins.Edges[j + 1]]);
                    }

                    x[r - from, m] = 1;
                    y[r - from] = _level[r] - _level[r - 1];
                }

                impulse = bins.Impulse([.. x.QR().Solve(y).Take(m)]);
                reference = 0;
                for (int r = from; r < t; r++)
                {
                    reference += Scale * _pressure[r];
                }

                reference /= t - from;
            }

            if (impulse is null)
            {
                output[t] = double.NaN;
                continue;
            }

            double effect = 0;
            for (int k = 0; k < impulse.Length; k++)
            {
                effect += impulse[k] * ((Scale * _pressure[t - k]) - reference);
            }

            output[t] = _level[t] - effect;
        }

        return output[^1];
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
