using GeoAnomaly.Plugins.Tests.Support.Tides;
using GeoAnomaly.Plugins.Tides;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Tides;

public sealed partial class EarthTidesPreprocessorTests
{
    /// <summary>
    /// Real fluid data: the 51-day well record of jkennel/waterlevel (2-minute samples). The transducer is not vented, so
    /// the water column is wl − baro (both dbar; 1 dbar = 1.0197 m of fresh water). Fits: the whole record
    /// (<c>earth-tides-entire</c>) and the causal sliding fit with a 30-day span (21,600 two-minute samples, refitted daily:
    /// 720 samples); the noise level of each amplitude is the RMS amplitude fitted to the residual at nearby frequencies.
    /// Prints the constants the README quotes. Measured: M2 0.451 ± 0.122 mdbar, O1 0.361 ± 0.411, K1 3.713 ± 0.370 (K1
    /// is mostly the S1 air tide through the barometric response: 51 days cannot separate S1 from K1, and baro's own
    /// K1-band amplitude is 7.9 mdbar); the package's synthetic gravity tide <c>et</c> is fitted to 99.6 % of its variance.
    /// </summary>
    [Fact]
    public void Well_record_tides_are_stated_M2_is_above_the_noise_and_the_gravity_tide_is_fitted()
    {
        // Given
        string? path = WellTransducer.FindFile();
        if (path is null)
        {
            Assert.Skip($"{WellTransducer.RelativePath} not found above {AppContext.BaseDirectory}");
        }

        var (level, baro, earthTide) = WellTransducer.Load(path);
        double[] column = new double[level.Count];
        for (int i = 0; i < column.Length; i++)
        {
            column[i] = level[i] - baro[i];
        }

        var water = new Series(level.Start, level.Step, column);
        var start = ComponentStart.ForTesting(level.Step);
        var ct = TestContext.Current.CancellationToken;
        var sliding = new EarthTidesOptions { Span = 21_600, RefitInterval = 720 };

        // When
        var whole = new EarthTidesEntirePreprocessor().Run(water, new EarthTidesEntireOptions(), start, cancellationToken: ct);
        var causal = new EarthTidesPreprocessor().Run(water, sliding, start, cancellationToken: ct);
        var pressure = new EarthTidesEntirePreprocessor().Run(baro, new EarthTidesEntireOptions(), start, cancellationToken: ct);
        var gravity = new EarthTidesEntirePreprocessor().Run(earthTide, new EarthTidesEntireOptions(), start, cancellationToken: ct);

        // Then
        var log = TestContext.Current.TestOutputHelper;
        int last = water.Count - 1;
        var noise = new Dictionary<string, double>();
        foreach (string name in s_checked)
        {
            double h = whole.Column(name + "_amplitude")[0];
            double g = whole.Column(name + "_phase")[0];
            noise[name] = NaiveHarmonicFit.NoiseAmplitude(whole.ToSeries(0), NaiveHarmonicFit.NoaaSpeeds[name]);
            double gGravity = gravity.Column(name + "_phase")[0];
            log?.WriteLine(
                $"{name}: whole record H = {h * 1000:F3} ± {noise[name] * 1000:F3} mdbar ({h * WellTransducer.MetresPerDbar * 1000:F2} mm of water), g = {g:F1}°; " +
                $"last 30-day fit H = {causal.Column(name + "_amplitude")[last] * 1000:F3} mdbar, g = {causal.Column(name + "_phase")[last]:F1}°; " +
                $"baro H = {pressure.Column(name + "_amplitude")[0] * 1000:F3} mdbar; et H = {gravity.Column(name + "_amplitude")[0]:F1}, g = {gGravity:F1}°");
        }

        double explained = 1 - (Variance(gravity.Primary) / Variance(earthTide.Values));
        log?.WriteLine($"wl − baro variance {Variance(water.Values):E3} dbar², after tide removal {Variance(whole.Primary):E3}; et variance explained {explained:P2}");
        Assert.True(explained > 0.99, $"the gravity tide et is only {explained:P2} explained");
        double m2 = whole.Column("M2_amplitude")[0];
        Assert.True(m2 > 2 * noise["M2"], $"M2 {m2} is not above twice its noise {noise["M2"]}");
        double m2Sliding = causal.Column("M2_amplitude")[last];
        Assert.True(Math.Abs(m2Sliding - m2) < 3 * noise["M2"] * Math.Sqrt(51.0 / 30.0), $"sliding M2 {m2Sliding} far from the whole-record {m2}");
    }

    private static double Variance(ReadOnlySpan<double> values)
    {
        double sum = 0;
        double squares = 0;
        int n = 0;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                sum += v;
                squares += v * v;
                n++;
            }
        }

        double mean = sum / n;
        return (squares / n) - (mean * mean);
    }
}
