using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoAnomaly.Plugins.Tides;
using GeoAnomaly.Sdk;
using MathNet.Numerics.LinearAlgebra;

namespace GeoAnomaly.Benchmarks.Preprocessors;

/// <summary>
/// Earth-tide removal over a 30-day minute series (43,200 samples: M2, S2, K1, O1 and noise, 1 % of samples missing).
/// <c>earth-tides</c> with its defaults (30-day span, daily refit, minCoverage 0.5: a fit at each midnight from day 15,
/// residual and constants on every sample); <c>earth-tides-entire</c> (one fit of the whole month). Time is per sample
/// (OperationsPerInvoke), so samples/s = 1e9 / mean(ns). The baseline does the sliding job the obvious way: at each
/// midnight it builds the whole trailing design matrix (every valid sample of the span × 18 columns) and solves it with
/// MathNet's QR, then evaluates the tide sample by sample.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class TidesBenchmarks
{
    private const int Day = 1440;
    private const int Samples = 30 * Day;
    private static readonly DateTimeOffset s_start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly double[] s_speeds = [28.9841042, 30.0, 28.4397295, 30.0821373, 15.0410686, 13.9430356, 14.9589314, 13.3986609];
    private double[] _values = [];
    private Series _series = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240301);
        _values = new double[Samples];
        for (int i = 0; i < Samples; i++)
        {
            double hours = i / 60.0;
            _values[i] = (20 * Math.Cos(2 * Math.PI * 28.9841042 * hours / 360)) + (9 * Math.Cos(2 * Math.PI * hours / 12))
                + (11 * Math.Cos(2 * Math.PI * 15.0410686 * hours / 360)) + (8 * Math.Cos(2 * Math.PI * 13.9430356 * hours / 360))
                + random.NextDouble() - 0.5;
            if (random.NextDouble() < 0.01)
            {
                _values[i] = double.NaN;
            }
        }

        _series = new Series(s_start, TimeSpan.FromMinutes(1), _values);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Samples, Description = "naive sliding fit: full design + MathNet QR at each midnight")]
    public double Naive_sliding_fit()
    {
        double last = 0;
        double[] coefficients = [];
        for (int i = 0; i < Samples; i++)
        {
            if (i % Day == 0)
            {
                coefficients = NaiveFit(i);
            }

            if (coefficients.Length > 0)
            {
                last = _values[i] - Tide(coefficients, i);
            }
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Samples, Description = "earth-tides (30-day span, daily refit)")]
    public double Earth_tides()
    {
        var state = new EarthTidesPreprocessor().StartChecked(new EarthTidesOptions(), ComponentStart.ForTesting());
        return state.RunBatch(_series).Primary[^1];
    }

    [Benchmark(OperationsPerInvoke = Samples, Description = "earth-tides-entire (one fit of the month)")]
    public double Earth_tides_entire()
    {
        var state = new EarthTidesEntirePreprocessor().StartChecked(new EarthTidesEntireOptions(), ComponentStart.ForTesting());
        return state.RunBatch(_series, mode: ProcessingMode.Retrospective).Primary[^1];
    }

    [Benchmark(OperationsPerInvoke = Samples, Description = "plain copy of the series (memory floor)")]
    public double Copy() => _series.Values.ToArray()[^1];

    private double[] NaiveFit(int at)
    {
        int from = Math.Max(0, at - Samples);
        var rows = new List<int>();
        for (int i = from; i < at; i++)
        {
            if (!double.IsNaN(_values[i]))
            {
                rows.Add(i);
            }
        }

        if (rows.Count < Samples / 2)
        {
            return [];
        }

        int p = 2 + (2 * s_speeds.Length);
        var x = Matrix<double>.Build.Dense(rows.Count, p);
        var y = Vector<double>.Build.Dense(rows.Count);
        for (int r = 0; r < rows.Count; r++)
        {
            int i = rows[r];
            x[r, 0] = 1;
            x[r, 1] = (i - at + (Samples / 2.0)) / Samples;
            for (int c = 0; c < s_speeds.Length; c++)
            {
                double angle = 2 * Math.PI * s_speeds[c] * (i / 60.0) / 360;
                x[r, 2 + (2 * c)] = Math.Cos(angle);
                x[r, 3 + (2 * c)] = Math.Sin(angle);
            }

            y[r] = _values[i];
        }

        return x.QR().Solve(y).ToArray();
    }

    private static double Tide(double[] coefficients, int i)
    {
        double sum = 0;
        for (int c = 0; c < s_speeds.Length; c++)
        {
            double angle = 2 * Math.PI * s_speeds[c] * (i / 60.0) / 360;
            sum += (coefficients[2 + (2 * c)] * Math.Cos(angle)) + (coefficients[3 + (2 * c)] * Math.Sin(angle));
        }

        return sum;
    }
}
