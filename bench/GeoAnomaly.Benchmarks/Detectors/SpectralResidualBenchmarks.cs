using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoAnomaly.Plugins.SpectralResidual;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Benchmarks.Detectors;

/// <summary>
/// Spectral residual, streaming and retrospective, on 30 days of minute data (43,200 samples), against a naive
/// reference (a plain O(L^2) DFT per sample, written from the paper's formulas) on a shorter series in the same run.
/// Every benchmark sets <c>OperationsPerInvoke</c> to its sample count, so Mean is the time per sample
/// (samples/s = 1e9 / Mean in ns) and Ratio compares per-sample times with the naive reference.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
[BenchmarkCategory("spectral-residual")]
public class SpectralResidualBenchmarks
{
    private const int Month = 30 * 1440;
    private const int NaiveLength = 2000;
    private const int LongWindowLength = 3 * 1440;

    private static readonly SpectralResidualOptions s_longWindow = new() { WindowSize = 1440, JudgementWindowSize = 60 };

    private readonly SpectralResidualDetector _streaming = new();
    private readonly SpectralResidualEntireDetector _entire = new();
    private Series _month = null!;
    private Series _threeDays = null!;
    private double[] _naiveInput = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        double[] values = new double[Month];
        double red = 0;
        for (int i = 0; i < values.Length; i++)
        {
            red = (0.95 * red) + (0.1 * (random.NextDouble() - 0.5));
            values[i] = (20 * Math.Sin(2 * Math.PI * i / 1440.0)) + red + (0.2 * (random.NextDouble() - 0.5));
        }

        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        _month = new Series(start, TimeSpan.FromMinutes(1), values);
        _threeDays = new Series(start, TimeSpan.FromMinutes(1), values[..LongWindowLength]);
        _naiveInput = values[..NaiveLength];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = NaiveLength, Description = "naive reference, O(L^2) DFT per sample (2,000 samples)")]
    public double Naive_reference() => NaiveStream(_naiveInput);

    [Benchmark(OperationsPerInvoke = Month, Description = "spectral-residual, defaults (window 24)")]
    public ComponentOutput Streaming_defaults() => _streaming.Run(_month);

    [Benchmark(OperationsPerInvoke = LongWindowLength, Description = "spectral-residual, window 1440 (FFT path, 4,320 samples)")]
    public ComponentOutput Streaming_day_window() => _streaming.Run(_threeDays, s_longWindow);

    [Benchmark(OperationsPerInvoke = Month, Description = "spectral-residual-entire, defaults (batch 2000)")]
    public ComponentOutput Entire_defaults() => _entire.Run(_month);

    [Benchmark(OperationsPerInvoke = Month, Description = "spectral-residual-entire, anomalyAndMargin")]
    public ComponentOutput Entire_margins() =>
        _entire.Run(_month, new SpectralResidualEntireOptions { DetectMode = SpectralResidualDetectMode.AnomalyAndMargin });

    /// <summary>The streaming detector's score with default options, recomputing a full complex DFT, log spectrum,
    /// average filter, residual and inverse DFT for every sample (what the test suite's reference does).</summary>
    private static double NaiveStream(double[] values)
    {
        const int Window = 24;
        const int Extra = 5;
        const int Length = Window + Extra;
        double checksum = 0;
        double[] x = new double[Length];
        double[] re = new double[Length];
        double[] im = new double[Length];
        double[] log = new double[Length];
        double[] saliency = new double[Length];
        for (int i = Window - 1; i < values.Length; i++)
        {
            Array.Copy(values, i - Window + 1, x, 0, Window);
            double gradient = 0;
            for (int k = 1; k <= 5; k++)
            {
                gradient += (x[Window - 2] - x[Window - 2 - k]) / k;
            }

            Array.Fill(x, x[Window - 6] + gradient, Window, Extra);
            for (int k = 0; k < Length; k++)
            {
                re[k] = 0;
                im[k] = 0;
                for (int j = 0; j < Length; j++)
                {
                    re[k] += x[j] * Math.Cos(-2 * Math.PI * j * k / Length);
                    im[k] += x[j] * Math.Sin(-2 * Math.PI * j * k / Length);
                }

                log[k] = Math.Log(Math.Sqrt((re[k] * re[k]) + (im[k] * im[k])));
            }

            for (int t = 0; t < Length; t++)
            {
                double sr = 0;
                double si = 0;
                for (int k = 0; k < Length; k++)
                {
                    int from = Math.Max(0, k - 2);
                    double mean = log[from..(k + 1)].Average();
                    double magnitude = Math.Exp(log[k] - mean);
                    double angle = Math.Atan2(im[k], re[k]) + (2 * Math.PI * t * k / Length);
                    sr += magnitude * Math.Cos(angle);
                    si += magnitude * Math.Sin(angle);
                }

                saliency[t] = Math.Sqrt((sr * sr) + (si * si)) / Length;
            }

            double average = saliency[(Window - 21)..Window].Average();
            checksum += Math.Abs(saliency[Window - 1] - average) / Math.Max(average, 1e-8) / 10;
        }

        return checksum;
    }
}
