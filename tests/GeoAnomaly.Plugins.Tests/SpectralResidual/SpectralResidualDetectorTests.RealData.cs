using GeoAnomaly.Plugins.SpectralResidual;
using GeoAnomaly.Plugins.Tests.Support.SpectralResidual;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.SpectralResidual;

public sealed partial class SpectralResidualDetectorTests
{
    /// <summary>Seconds after the predicted P arrival searched for the arrival's score.</summary>
    private const int ArrivalSpan = 120;

    [Fact]
    public void Tohoku_strain_scores_higher_at_the_seismic_arrival_than_anywhere_before_it()
    {
        // Given: B084 areal strain at 1 Hz, quiet before the predicted P arrival of the 2011 Mw 9 Tohoku earthquake.
        // The wave train has periods of 10-20 s, so ML.NET's default 24-sample window sees barely two cycles of it;
        // a two-minute window and judgement window (120 samples at 1 Hz) hold enough quiet background to judge it by.
        var strain = TohokuStrain.Load();
        var series = new Series(new DateTimeOffset(2011, 3, 11, 3, 53, 20, TimeSpan.Zero), TimeSpan.FromSeconds(1), strain.Areal);
        var twoMinutes = new SpectralResidualOptions { WindowSize = 120, JudgementWindowSize = 120 };
        var detector = new SpectralResidualDetector();

        // When
        var defaults = Maxima(detector.Run(series, cancellationToken: TestContext.Current.CancellationToken), strain, SpectralResidualOptions.Defaults.WindowSize);
        var tuned = Maxima(detector.Run(series, twoMinutes, cancellationToken: TestContext.Current.CancellationToken), strain, twoMinutes.WindowSize);

        // Then: with the two-minute window the arrival tops every preseismic score after the warm-up (the defaults are
        // printed for comparison only)
        var log = TestContext.Current.TestOutputHelper;
        log?.WriteLine($"B084 areal, raw score maxima; preseismic after warm-up vs first {ArrivalSpan} s from the P arrival (sample {strain.FirstSeismic}):");
        log?.WriteLine($"  defaults (window 24, judgement 21): preseismic {defaults.Preseismic:F4}, arrival {defaults.Arrival:F4}");
        log?.WriteLine($"  window 120, judgement 120:          preseismic {tuned.Preseismic:F4}, arrival {tuned.Arrival:F4}");
        Assert.True(tuned.Arrival > tuned.Preseismic, $"arrival max {tuned.Arrival} does not exceed preseismic max {tuned.Preseismic}");
    }

    private static (double Preseismic, double Arrival) Maxima(ComponentOutput output, TohokuStrain strain, int warmUp)
    {
        var score = output.Column("score");
        return (Max(score[warmUp..strain.FirstSeismic]), Max(score[strain.FirstSeismic..(strain.FirstSeismic + ArrivalSpan + 1)]));
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        double max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (v > max)
            {
                max = v;
            }
        }

        return max;
    }
}
