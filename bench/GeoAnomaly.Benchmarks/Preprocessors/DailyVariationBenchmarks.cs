using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoAnomaly.Plugins.DailyVariation;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Benchmarks.Preprocessors;

/// <summary>
/// The <c>daily-variation</c> preprocessor on 30 days of minute data (43,200 samples: a 24 h + 12 h cycle of 30 nT on a
/// 21,000 nT baseline, AR(1) and white noise, 1 % of samples missing), with a reference channel for the reference
/// method. Each invocation runs the month <see cref="Repeats"/> times with a fresh state (so an iteration lasts
/// about 100 ms and the code is fully JIT-optimised after the warm-up iteration), and <c>OperationsPerInvoke</c> is the
/// number of samples processed, so Mean is the time per sample (samples/s = 1e9 / Mean in ns); the baseline is a plain
/// copy of the samples into an output column, the least any preprocessor must do.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
[BenchmarkCategory("daily-variation")]
public class DailyVariationBenchmarks
{
    private const int Month = 30 * 1440;
    private const int Repeats = 8;
    private const int Samples = Repeats * Month;

    private static readonly DailyVariationOptions s_lean = new() { HarmonicOutputs = false };
    private static readonly DailyVariationOptions s_quietDay = new() { Method = DailyVariationMethod.QuietDay };
    private static readonly DailyVariationOptions s_reference = new() { Method = DailyVariationMethod.Reference };
    private static readonly DailyVariationOptions s_regression = new() { Method = DailyVariationMethod.Reference, Scaling = ReferenceScaling.Regression };

    private readonly DailyVariationRemover _component = new();
    private Series _month = null!;
    private Series[] _reference = [];
    private ComponentStart _withReference = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        double[] values = new double[Month];
        double[] reference = new double[Month];
        double red = 0;
        for (int i = 0; i < values.Length; i++)
        {
            double hours = i / 60.0;
            double sq = (20 * Math.Cos(2 * Math.PI * (hours - 19) / 24)) + (10 * Math.Cos(4 * Math.PI * (hours - 19) / 24));
            red = (0.95 * red) + (0.3 * (random.NextDouble() - 0.5));
            values[i] = random.NextDouble() < 0.01 ? double.NaN : 21000 + sq + red + (0.2 * (random.NextDouble() - 0.5));
            reference[i] = 20500 + (0.9 * sq) + (0.2 * (random.NextDouble() - 0.5));
        }

        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        _month = new Series(start, TimeSpan.FromMinutes(1), values);
        _reference = [new Series(start, TimeSpan.FromMinutes(1), reference)];
        _withReference = ComponentStart.ForTesting() with { Companions = [ComponentStart.ForTesting().Channel] };
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Samples, Description = "plain copy into an output column")]
    public double Plain_copy()
    {
        double sum = 0;
        for (int r = 0; r < Repeats; r++)
        {
            double[] output = new double[Month];
            _month.Values.CopyTo(output);
            sum += output[r];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Samples, Description = "daily-variation, harmonics (defaults: 4 harmonics, span 7, daily levels)")]
    public double Harmonics() => Repeat(() => _component.Run(_month));

    [Benchmark(OperationsPerInvoke = Samples, Description = "daily-variation, harmonics without amplitude/phase columns")]
    public double Harmonics_lean() => Repeat(() => _component.Run(_month, s_lean));

    [Benchmark(OperationsPerInvoke = Samples, Description = "daily-variation, quietDay (span 7, 3 quiet days)")]
    public double Quiet_day() => Repeat(() => _component.Run(_month, s_quietDay));

    [Benchmark(OperationsPerInvoke = Samples, Description = "daily-variation, reference difference")]
    public double Reference() => Repeat(() => _component.Run(_month, s_reference, _withReference, _reference));

    [Benchmark(OperationsPerInvoke = Samples, Description = "daily-variation, reference with regression")]
    public double Reference_regression() => Repeat(() => _component.Run(_month, s_regression, _withReference, _reference));

    private static double Repeat(Func<ComponentOutput> run)
    {
        double last = 0;
        for (int r = 0; r < Repeats; r++)
        {
            last += run().Primary[^1];
        }

        return last;
    }
}
