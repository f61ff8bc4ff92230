using GeoAnomaly.Plugins.Barometric;
using GeoAnomaly.Plugins.Tests.Support.Barometric;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.Barometric;

public sealed partial class BarometricCorrectionTests
{
    private static readonly int[] s_shapeLags = [1, 5, 30, 120, 360, 720];

    [Fact]
    public void Passes_the_SDK_conformance_suite_with_one_companion()
    {
        // Given: the defaults, one companion (the suite's pressure stand-in), and option sets that must be rejected by name
        var settings = new ConformanceSettings
        {
            CompanionCount = 1,
            InvalidOptions =
            [
                (new BarometricOptions { Lags = -1 }, "lags"),
                (new BarometricOptions { Lags = BarometricOptions.MaxLags + 1 }, "lags"),
                (new BarometricOptions { LagTerms = 0 }, "lagTerms"),
                (new BarometricOptions { RefitInterval = 0 }, "refitInterval"),
                (new BarometricOptions { Span = 1000, Lags = 720 }, "span"),
                (new BarometricOptions { Span = 20_000 }, "span"),
                (new BarometricOptions { Span = 2000, RefitInterval = 1 }, "span"),
                (new BarometricOptions { PressureScale = -0.01 }, "pressureScale"),
                (new BarometricOptions { PressureScale = double.NaN }, "pressureScale"),
                (new BarometricOptions { LevelSense = (LevelSense)5 }, "levelSense"),
                (new BarometricOptions { Vented = false, LevelSense = LevelSense.Depth }, "levelSense"),
            ],
        };

        // When
        var error = Record.Exception(() => PreprocessorConformance.RunAll(() => new BarometricCorrection(), settings));

        // Then
        Assert.Null(error);
    }

    [Fact]
    public void Passes_the_SDK_conformance_suite_in_lag_0_mode_without_tides()
    {
        // Given
        var settings = new ConformanceSettings
        {
            CompanionCount = 1,
            Options = new BarometricOptions { Lags = 0, EarthTides = false, Span = 2880, RefitInterval = 360 },
        };

        // When
        var error = Record.Exception(() => PreprocessorConformance.RunAll(() => new BarometricCorrection(), settings));

        // Then
        Assert.Null(error);
    }

    [Fact]
    public void Starting_without_a_companion_names_the_missing_pressure_channel()
    {
        // Given
        var start = ComponentStart.ForTesting();

        // When
        var error = Assert.Throws<OptionsException>(() => new BarometricCorrection().StartChecked(null, start));

        // Then
        var problem = Assert.Single(error.Errors);
        Assert.Equal("companions", problem.Option);
        Assert.Contains("air-pressure", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lagged_response_is_recovered_with_its_efficiencies_and_shape()
    {
        // Given: BE 0.6 at lag 0 relaxing to 0.25 with a 2-hour time constant, 0.3 mm noise, gaps in both channels
        var well = LaggedWell.Build(days: 30, seed: 7, efficiency: 0.6, longEfficiency: 0.25, lagTime: 120, lags: 720);

        // When
        var run = BarometricRun.Of(well.Level, well.Pressure);
        var fit = run.State.Fit;

        // Then
        Assert.NotNull(fit);
        double[] response = fit.Efficiencies();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"be_lag0 {fit.EfficiencyLag0:F4} (true {well.Efficiencies[0]:F4}), be_long {fit.EfficiencyLong:F4} (true {well.Efficiencies[^1]:F4}); " +
            string.Join(", ", s_shapeLags.Select(k => $"BE({k}) {response[k]:F3}/{well.Efficiencies[k]:F3}")));
        Assert.Equal(well.Efficiencies[0], fit.EfficiencyLag0, 0.02);
        Assert.Equal(well.Efficiencies[^1], fit.EfficiencyLong, 0.02);
        foreach (int k in s_shapeLags)
        {
            Assert.True(Math.Abs(response[k] - well.Efficiencies[k]) < 0.03, $"BE({k}) = {response[k]:F4}, true {well.Efficiencies[k]:F4}");
        }
    }
}
