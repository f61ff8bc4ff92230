using GeoAnomaly.Plugins.Barometric;
using GeoAnomaly.Plugins.Tests.Support.Barometric;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.Barometric;

public sealed partial class BarometricCorrectionTests
{
    private static readonly int[] s_shapeLags = [1, 5, 30, 120, 360, 720];

    /// <summary>Share of the true pressure response (rms, 13 mm here) the removed one may miss: measured 8.3 % (vented) and
    /// 8.8 % (non-vented) with the defaults, from BRF errors of about 0.015 at lags of hours over 14-day windows.</summary>
    private const double ResponseMisfitBar = 0.12;

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
                (new BarometricOptions { Lags = 0, Span = 4, RefitInterval = 1 }, "span"),
                (new BarometricOptions { PressureScale = -0.01 }, "pressureScale"),
                (new BarometricOptions { PressureScale = double.NaN }, "pressureScale"),
                (new BarometricOptions { PressureNoise = -1 }, "pressureNoise"),
                (new BarometricOptions { PressureNoise = double.PositiveInfinity }, "pressureNoise"),
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
    public void Unknown_units_take_pressure_in_level_units_and_say_so()
    {
        // Given: channels without units, and a context that keeps what is logged
        var well = LaggedWell.Build(days: 10, seed: 17, efficiency: 0.5, longEfficiency: 0.5, lagTime: 1, lags: 0);
        var context = new CollectingContext();
        var start = BarometricRun.StartFor(well.Level.Step, levelUnits: "", pressureUnits: "", context: context);
        var options = new BarometricOptions { Lags = 0 };

        // When
        var state = new BarometricCorrection().StartChecked(options, start);
        var output = state.RunBatch(well.Level, [well.Pressure], cancellationToken: TestContext.Current.CancellationToken);
        var withScale = BarometricRun.Of(well.Level, well.Pressure, options with { PressureScale = 1 }, "", "");

        // Then: one warning naming pressureScale; the efficiency is in m per hPa, as with pressureScale 1
        var warning = Assert.Single(context.Messages);
        Assert.Equal(PluginLogLevel.Warning, warning.Level);
        Assert.Contains("pressureScale", warning.Template, StringComparison.Ordinal);
        Assert.Equal(0.5 * LaggedWell.MetresPerHectopascal, output.Column("be_lag0")[^1], 0.001);
        Assert.Equal(withScale.Last("be_lag0"), output.Column("be_lag0")[^1]);
    }

    [Fact]
    public void Lagged_response_is_recovered_with_its_efficiencies_and_shape()
    {
        // Given: BE 0.6 at lag 0 relaxing to 0.25 with a 2-hour time constant, 0.3 mm noise, gaps in both channels
        var well = LaggedWell.Build(days: 30, seed: 7, efficiency: 0.6, longEfficiency: 0.25, lagTime: 120, lags: 720);

        // When: corrected to the reference pressure the response was generated about
        var run = BarometricRun.Of(well.Level, well.Pressure, new BarometricOptions { ReferencePressure = LaggedWell.ReferencePressure });
        var fit = run.State.Fit;

        // Then: efficiencies, the response function's shape, and the corrected level is the level without the response
        Assert.NotNull(fit);
        double[] response = fit.Efficiencies();
        double misfit = ResponseMisfit(run.Output.Column("value"), well.Level.Values, well.Removed, from: run.State.WarmUp);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"be_lag0 {fit.EfficiencyLag0:F4} (true {well.Efficiencies[0]:F4}), be_long {fit.EfficiencyLong:F4} (true {well.Efficiencies[^1]:F4}); " +
            string.Join(", ", s_shapeLags.Select(k => $"BE({k}) {response[k]:F3}/{well.Efficiencies[k]:F3}")) +
            $"; removed response misfit {misfit:P2} of the true response (rms)");
        Assert.Equal(well.Efficiencies[0], fit.EfficiencyLag0, 0.02);
        Assert.Equal(well.Efficiencies[^1], fit.EfficiencyLong, 0.02);
        foreach (int k in s_shapeLags)
        {
            Assert.True(Math.Abs(response[k] - well.Efficiencies[k]) < 0.03, $"BE({k}) = {response[k]:F4}, true {well.Efficiencies[k]:F4}");
        }

        Assert.True(misfit < ResponseMisfitBar, $"removed response misses the true one by {misfit:P2} (rms)");
    }

    [Fact]
    public void Lag_0_mode_recovers_an_instantaneous_efficiency()
    {
        // Given: a confined well with no lag, BE 0.45
        var well = LaggedWell.Build(days: 20, seed: 8, efficiency: 0.45, longEfficiency: 0.45, lagTime: 1, lags: 0);
        var options = new BarometricOptions { Lags = 0 };

        // When
        var run = BarometricRun.Of(well.Level, well.Pressure, options);

        // Then: one coefficient; lag-0 and long-lag efficiency are the same number
        Assert.Equal(1, run.State.Bins.Count);
        Assert.Equal(0.45, run.Last("be_lag0"), 0.02);
        Assert.Equal(run.Last("be_lag0"), run.Last("be_long"));
    }

    [Fact]
    public void A_non_vented_transducer_gives_the_same_efficiency_and_the_water_column()
    {
        // Given: the transducer reads water column plus air pressure (m of water)
        var well = LaggedWell.Build(days: 30, seed: 9, efficiency: 0.6, longEfficiency: 0.25, lagTime: 120, lags: 720, vented: false);
        var options = new BarometricOptions { Vented = false, ReferencePressure = LaggedWell.ReferencePressure };

        // When
        var run = BarometricRun.Of(well.Level, well.Pressure, options);

        // Then: the water column (reading minus pressure) has the response removed
        double[] column = new double[well.Level.Count];
        for (int i = 0; i < column.Length; i++)
        {
            column[i] = well.Level[i] - (well.Pressure[i] * LaggedWell.MetresPerHectopascal);
        }

        double misfit = ResponseMisfit(run.Output.Column("value"), column, well.Removed, from: run.State.WarmUp);
        TestContext.Current.TestOutputHelper?.WriteLine($"be_lag0 {run.Last("be_lag0"):F4}, be_long {run.Last("be_long"):F4}; removed response misfit {misfit:P2}");
        Assert.Equal(0.6, run.Last("be_lag0"), 0.02);
        Assert.Equal(well.Efficiencies[^1], run.Last("be_long"), 0.02);
        Assert.True(misfit < ResponseMisfitBar, $"removed response misses the true one by {misfit:P2} (rms)");
    }

    [Fact]
    public void A_depth_to_water_channel_reports_the_same_positive_efficiency()
    {
        // Given: the same well as a depth below the casing top (rises when the water falls)
        var well = LaggedWell.Build(days: 20, seed: 10, efficiency: 0.5, longEfficiency: 0.5, lagTime: 1, lags: 0);
        var depth = new Series(well.Level.Start, well.Level.Step, [.. well.Level.Values.ToArray().Select(v => 30 - v)]);
        var options = new BarometricOptions { Lags = 0 };

        // When
        var height = BarometricRun.Of(well.Level, well.Pressure, options);
        var fromDepth = BarometricRun.Of(depth, well.Pressure, options with { LevelSense = LevelSense.Depth });

        // Then: same efficiency; the removed response has the depth's sign, so value + baro_effect is the depth
        Assert.Equal(height.Last("be_lag0"), fromDepth.Last("be_lag0"), 1e-9);
        Assert.Equal(0.5, fromDepth.Last("be_lag0"), 0.02);
        Assert.Equal(-height.Last("baro_effect"), fromDepth.Last("baro_effect"), 1e-9);
    }

    /// <summary>RMS of (corrected - (level - true response)) about its mean, over the RMS of the true response about its
    /// mean: the share of the pressure response the correction got wrong.</summary>
    private static double ResponseMisfit(ReadOnlySpan<double> corrected, ReadOnlySpan<double> level, double[] removed, int from)
    {
        var misses = new List<double>();
        var truths = new List<double>();
        for (int i = from; i < corrected.Length; i++)
        {
            double miss = corrected[i] - (level[i] - removed[i]);
            if (double.IsFinite(miss))
            {
                misses.Add(miss);
                truths.Add(removed[i]);
            }
        }

        return Spread(misses) / Spread(truths);
    }

    private static double Spread(List<double> values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(d => (d - mean) * (d - mean)) / values.Count);
    }
}
