using GeoAnomaly.Plugins.Barometric;
using GeoAnomaly.Plugins.Tests.Support.Barometric;

namespace GeoAnomaly.Plugins.Tests.Barometric;

public sealed partial class BarometricCorrectionTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Barometer_noise_biases_the_lag_0_efficiency_unless_pressure_noise_is_given(bool vented)
    {
        // Given: BE 0.5 with no lag, a barometer with 0.03 hPa of white noise on minute changes of about 0.05 hPa
        const double Noise = 0.03;
        var well = LaggedWell.Build(days: 30, seed: 12, efficiency: 0.5, longEfficiency: 0.5, lagTime: 1, lags: 0, vented: vented, barometerNoise: Noise);
        var options = new BarometricOptions { Vented = vented, Span = 40_320 };
        double changes = ChangeVariance(well.Pressure.Values);
        double dilution = 1 - (2 * Noise * Noise / changes);

        // Vented, the noise is in the regressor only and shrinks BE by the dilution d; non-vented, the level carries
        // minus the same noise (pressure was subtracted), which pulls BE towards 1: BE·d + (1 - d).
        double expected = vented ? 0.5 * dilution : (0.5 * dilution) + (1 - dilution);

        // When
        double plain = BarometricRun.Of(well.Level, well.Pressure, options).Last("be_lag0");
        double corrected = BarometricRun.Of(well.Level, well.Pressure, options with { PressureNoise = Noise }).Last("be_lag0");

        // Then: without the correction lag 0 is off as regression dilution predicts; with it, it is right
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"vented {vented}: dilution {dilution:F3}, be_lag0 {plain:F4} uncorrected ({expected:F4} expected), {corrected:F4} corrected");
        Assert.Equal(expected, plain, 0.02);
        Assert.Equal(0.5, corrected, 0.02);
    }

    private static double ChangeVariance(ReadOnlySpan<double> pressure)
    {
        var changes = new List<double>();
        for (int i = 1; i < pressure.Length; i++)
        {
            double change = pressure[i] - pressure[i - 1];
            if (double.IsFinite(change))
            {
                changes.Add(change);
            }
        }

        double mean = changes.Average();
        return changes.Sum(c => (c - mean) * (c - mean)) / changes.Count;
    }
}
