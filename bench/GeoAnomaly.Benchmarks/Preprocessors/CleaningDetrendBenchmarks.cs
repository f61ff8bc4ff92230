using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoAnomaly.Plugins.Cleaning.Numerics;
using GeoAnomaly.Plugins.Cleaning.Trends;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Benchmarks.Preprocessors;

/// <summary>
/// <c>detrend</c> (trailing day, refit hourly) and <c>detrend-entire</c> on the cleaning month
/// (<see cref="CleaningSeries"/>, 43,200 samples), least squares and bisquare, against the obvious trailing fit: a
/// direct least-squares line through the last 1,440 samples at every refit. Mean is per sample: samples/s = 1e9 / Mean
/// in ns.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
[BenchmarkCategory("cleaning-detrend")]
public class CleaningDetrendBenchmarks
{
    private static readonly DetrendOptions s_bisquare = new() { Method = DetrendMethod.Bisquare };
    private static readonly DetrendEntireOptions s_entireBisquare = new() { Method = DetrendMethod.Bisquare };
    private Series _month = null!;

    [GlobalSetup]
    public void Setup() => _month = CleaningSeries.Create();

    [Benchmark(Baseline = true, OperationsPerInvoke = CleaningSeries.Month, Description = "direct line fit of the trailing day at every refit")]
    public double Direct_trailing_fit()
    {
        var fitter = new PolynomialFitter(1, robust: false);
        double[] coefficients = new double[2];
        var x = _month.Values;
        double sum = 0;
        for (int i = 1440; i < x.Length; i++)
        {
            if (i % 60 == 0 && fitter.Fit(x.Slice(i - 1439, 1440), 1439, 1440, coefficients))
            {
                sum += coefficients[1];
            }

            sum += x[i] - coefficients[0];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CleaningSeries.Month, Description = "detrend, defaults (line, span 1440, refit 60)")]
    public ComponentOutput Trailing_least_squares() => new DetrendPreprocessor().Run(_month);

    [Benchmark(OperationsPerInvoke = CleaningSeries.Month, Description = "detrend bisquare (line, span 1440, refit 60)")]
    public ComponentOutput Trailing_bisquare() => new DetrendPreprocessor().Run(_month, s_bisquare);

    [Benchmark(OperationsPerInvoke = CleaningSeries.Month, Description = "detrend-entire, defaults (line)")]
    public ComponentOutput Entire_least_squares() => new DetrendEntirePreprocessor().Run(_month);

    [Benchmark(OperationsPerInvoke = CleaningSeries.Month, Description = "detrend-entire bisquare (line)")]
    public ComponentOutput Entire_bisquare() => new DetrendEntirePreprocessor().Run(_month, s_entireBisquare);
}
