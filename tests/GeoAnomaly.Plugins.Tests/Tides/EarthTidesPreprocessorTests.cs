using GeoAnomaly.Plugins.Tests.Support.Tides;
using GeoAnomaly.Plugins.Tides;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.Tides;

public sealed partial class EarthTidesPreprocessorTests
{
    private static readonly string[] s_checked = ["M2", "O1", "K1"];

    [Fact]
    public void Passes_the_preprocessor_conformance_suite()
    {
        // Given: the defaults (30-day span, daily refit), plus option sets that must be rejected by name
        var settings = new ConformanceSettings
        {
            InvalidOptions =
            [
                (new EarthTidesOptions { Span = 1 }, "span"),
                (new EarthTidesOptions { Span = 43_201 }, "span"),
                (new EarthTidesOptions { Span = 2_000_000, RefitInterval = 1000 }, "span"),
                (new EarthTidesOptions { RefitInterval = 0 }, "refitInterval"),
                (new EarthTidesOptions { MinCoverage = 0 }, "minCoverage"),
                (new EarthTidesOptions { MinCoverage = double.NaN }, "minCoverage"),
                (new EarthTidesOptions { Constituents = "M2,X9" }, "constituents"),
                (new EarthTidesOptions { Constituents = "M2,m2" }, "constituents"),
                (new EarthTidesOptions { Constituents = " , " }, "constituents"),
                (new EarthTidesOptions { TrendDegree = 4 }, "trendDegree"),
                (new EarthTidesOptions { Rayleigh = 0 }, "rayleigh"),
                (new EarthTidesOptions { Unresolved = (UnresolvedConstituents)5 }, "unresolved"),
                (new EarthTidesOptions { Phases = (TidePhaseConvention)5 }, "phases"),
            ],
        };

        // When
        var error = Record.Exception(() => PreprocessorConformance.RunAll(() => new EarthTidesPreprocessor(), settings));

        // Then
        Assert.Null(error);
    }

    [Fact]
    public void Recovers_M2_O1_K1_within_one_percent_and_one_degree_from_noisy_gappy_minute_data()
    {
        // Given: 40 days of an equilibrium-like tide (P1 and K2 tied to K1 and S2 as equilibrium theory ties them),
        // white and red noise, 40 gaps; the default 30-day span, refitted daily
        var truth = TideCases.Equilibrium;
        var series = TideCases.Noisy(40, truth, seed: 4);

        // When
        var output = new EarthTidesPreprocessor().Run(series, new EarthTidesOptions(), cancellationToken: TestContext.Current.CancellationToken);

        // Then: every fit on a full span (days 31..40) has M2, O1, K1 within 1 % and 1°
        int fits = 0;
        for (int day = 31; day < 40; day++)
        {
            int at = (day * 1440) + 720;
            foreach (string name in s_checked)
            {
                var wave = truth.Single(w => w.Name == name);
                double amplitude = output.Column(name + "_amplitude")[at];
                double phase = output.Column(name + "_phase")[at];
                TestContext.Current.TestOutputHelper?.WriteLine(
                    $"day {day} {name}: H {amplitude:F4} (true {wave.Amplitude}), g {phase:F3}° (true {wave.Lag}°)");
                Assert.InRange(Math.Abs((amplitude / wave.Amplitude) - 1), 0, 0.01);
                Assert.InRange(Math.Abs(TideSignals.AngleDifference(phase, wave.Lag)), 0, 1.0);
            }

            fits++;
        }

        Assert.Equal(9, fits);
    }

    [Fact]
    public void Infers_P1_and_K2_from_K1_and_S2_when_a_month_cannot_resolve_them()
    {
        // Given
        var series = TideCases.Noisy(40, TideCases.Equilibrium, seed: 5);
        var state = new EarthTidesPreprocessor().StartChecked(new EarthTidesOptions(), ComponentStart.ForTesting());

        // When
        var output = state.RunBatch(series, cancellationToken: TestContext.Current.CancellationToken);
        var fit = ((EarthTidesState)state).CurrentFit!;
        TestContext.Current.TestOutputHelper?.WriteLine($"condition number of the last fit {fit.ConditionNumber:F1}");

        // Then: P1/K1 and K2/S2 follow the equilibrium ratios and share the Greenwich lag
        int last = series.Count - 1;
        double k1 = output.Column("K1_amplitude")[last];
        double s2 = output.Column("S2_amplitude")[last];
        Assert.Equal(0.046843 / 0.141565, output.Column("P1_amplitude")[last] / k1, 6);
        Assert.Equal(0.030704 / 0.112841, output.Column("K2_amplitude")[last] / s2, 6);
        Assert.Equal(output.Column("K1_phase")[last], output.Column("P1_phase")[last], 6);
        Assert.Equal(output.Column("S2_phase")[last], output.Column("K2_phase")[last], 6);
        Assert.Equal(
            ["Fitted", "Fitted", "Fitted", "Inferred", "Fitted", "Fitted", "Inferred", "Fitted"],
            fit.Roles.Select(r => r.ToString()));
    }

    [Fact]
    public void Drop_mode_leaves_P1_and_K2_out_and_reports_them_as_NaN()
    {
        // Given
        var series = TideCases.Noisy(35, TideCases.Equilibrium, seed: 6);
        var options = new EarthTidesOptions { Unresolved = UnresolvedConstituents.Drop };

        // When
        var output = new EarthTidesPreprocessor().Run(series, options, cancellationToken: TestContext.Current.CancellationToken);

        // Then: no numbers for the unresolved pair, numbers for the rest, and K1 has absorbed part of P1
        int last = series.Count - 1;
        Assert.True(double.IsNaN(output.Column("P1_amplitude")[last]));
        Assert.True(double.IsNaN(output.Column("K2_phase")[last]));
        Assert.True(double.IsFinite(output.Column("Q1_amplitude")[last]));
        double k1 = output.Column("K1_amplitude")[last];
        Assert.True(Math.Abs((k1 / 11.5) - 1) > 0.02, $"K1 {k1} should differ from 11.5 once P1 is folded into it");
    }

    [Fact]
    public void Value_is_the_observation_minus_the_tide_and_the_tide_continues_through_gaps()
    {
        // Given
        var series = TideCases.Noisy(32, TideCases.Equilibrium, seed: 7);

        // When
        var output = new EarthTidesPreprocessor().Run(series, new EarthTidesOptions(), cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(
            ["value", "tide", "M2_amplitude", "M2_phase", "S2_amplitude", "S2_phase", "N2_amplitude", "N2_phase", "K2_amplitude", "K2_phase",
             "K1_amplitude", "K1_phase", "O1_amplitude", "O1_phase", "P1_amplitude", "P1_phase", "Q1_amplitude", "Q1_phase"],
            output.Names);
        var value = output.Column("value");
        var tide = output.Column("tide");
        int gaps = 0;
        for (int i = 31 * 1440; i < series.Count; i++)
        {
            Assert.True(double.IsFinite(tide[i]), $"tide at {i}");
            if (double.IsNaN(series[i]))
            {
                gaps++;
                Assert.True(double.IsNaN(value[i]));
            }
            else
            {
                Assert.Equal(series[i] - tide[i], value[i], 12);
            }
        }

        Assert.True(gaps > 0, "the test series should have gaps in the checked day");
    }
}
