using GeoAnomaly.Plugins.Barometric;
using GeoAnomaly.Plugins.Tests.Support.Barometric;

namespace GeoAnomaly.Plugins.Tests.Barometric;

public sealed partial class BarometricCorrectionTests
{
    public static TheoryData<string> ReferenceCases => ["defaults", "tides, noise, non-vented, 10 terms", "every lag its own term"];

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void The_streaming_fit_equals_a_plain_regression_on_its_window(string name)
    {
        // Given: a well with gaps in both channels, and the options of the case
        var options = name switch
        {
            "defaults" => new BarometricOptions(),
            "every lag its own term" => new BarometricOptions { Lags = 60, LagTerms = 61, Span = 10_080 },
            _ => new BarometricOptions { EarthTides = true, PressureNoise = 0.02, Vented = false, LagTerms = 10 },
        };
        var well = LaggedWell.Build(days: 21, seed: 18, efficiency: 0.55, longEfficiency: 0.3, lagTime: 90, lags: 720, vented: options.Vented, barometerNoise: 0.02);

        // When: the streaming run's last fit, made at the last midnight from the span before it
        var run = BarometricRun.Of(well.Level, well.Pressure, options);
        int boundary = (well.Level.Count - 1) / options.RefitInterval * options.RefitInterval;
        var (expected, meanPressure) = NaiveDistributedLag.Fit(
            well.Level, well.Pressure, options, LaggedWell.MetresPerHectopascal, boundary - options.Span, boundary);

        // Then: the same coefficients (to rounding) and the same reference pressure
        var fit = run.State.Fit;
        Assert.NotNull(fit);
        double largest = expected.Max(Math.Abs);
        for (int j = 0; j < expected.Length; j++)
        {
            Assert.True(Math.Abs(fit.Coefficients[j] - expected[j]) <= 1e-7 * largest, $"bin {j}: {fit.Coefficients[j]:R}, plain regression {expected[j]:R}");
        }

        Assert.Equal(meanPressure, fit.ReferencePressure, 1e-9);
    }
}
