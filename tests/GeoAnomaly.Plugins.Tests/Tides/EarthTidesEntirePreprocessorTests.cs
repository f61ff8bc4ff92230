using GeoAnomaly.Plugins.Tests.Support.Tides;
using GeoAnomaly.Plugins.Tides;
using GeoAnomaly.Plugins.Tides.Fitting;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.Tides;

public sealed partial class EarthTidesEntirePreprocessorTests
{
    [Fact]
    public void Passes_the_preprocessor_conformance_suite()
    {
        // Given
        var settings = new ConformanceSettings
        {
            InvalidOptions =
            [
                (new EarthTidesEntireOptions { Constituents = "M2,S3" }, "constituents"),
                (new EarthTidesEntireOptions { TrendDegree = -1 }, "trendDegree"),
                (new EarthTidesEntireOptions { Rayleigh = 11 }, "rayleigh"),
                (new EarthTidesEntireOptions { Unresolved = (UnresolvedConstituents)2 }, "unresolved"),
                (new EarthTidesEntireOptions { Phases = (TidePhaseConvention)2 }, "phases"),
            ],
        };

        // When
        var error = Record.Exception(() => PreprocessorConformance.RunAll(() => new EarthTidesEntirePreprocessor(), settings));

        // Then
        Assert.Null(error);
    }

    [Fact]
    public void Resolves_all_eight_constituents_over_half_a_year_and_recovers_them()
    {
        // Given: 200 days of 10-minute samples with P1 and K2 independent of K1 and S2 (not as equilibrium theory ties them)
        var truth = TideCases.Independent;
        var series = TideCases.Noisy(200, truth, seed: 8, step: TimeSpan.FromMinutes(10));
        var state = new EarthTidesEntirePreprocessor().StartChecked(new EarthTidesEntireOptions(), ComponentStart.ForTesting(series.Step));

        // When
        var output = state.RunBatch(series, mode: ProcessingMode.Retrospective, cancellationToken: TestContext.Current.CancellationToken);

        // Then: every constituent fitted freely; M2, O1, K1 within 1 % and 1°, the small ones within 3 % and 3°
        var fit = ((EarthTidesEntireState)state).LastFit!;
        TestContext.Current.TestOutputHelper?.WriteLine($"condition number {fit.ConditionNumber:F1}");
        Assert.All(fit.Roles, role => Assert.Equal("Fitted", role.ToString()));
        foreach (var wave in truth)
        {
            double amplitude = output.Column(wave.Name + "_amplitude")[0];
            double lag = output.Column(wave.Name + "_phase")[0];
            TestContext.Current.TestOutputHelper?.WriteLine($"{wave.Name}: H {amplitude:F4} (true {wave.Amplitude:F4}), g {lag:F3}° (true {wave.Lag}°)");
            bool principal = wave.Name is "M2" or "O1" or "K1";
            Assert.InRange(Math.Abs((amplitude / wave.Amplitude) - 1), 0, principal ? 0.01 : 0.03);
            Assert.InRange(Math.Abs(TideSignals.AngleDifference(lag, wave.Lag)), 0, principal ? 1.0 : 3.0);
        }
    }

    [Fact]
    public void The_equilibrium_tide_from_an_ephemeris_has_zero_Greenwich_lags_and_the_equilibrium_amplitudes()
    {
        // Given: a year of hourly equilibrium tide at 45°N on the Greenwich meridian, computed from Moon and Sun positions
        var series = EquilibriumTide.Make(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1), 366 * 24, 45.0, 0.0);
        var options = new EarthTidesEntireOptions { Constituents = "M2,S2,N2,K2,K1,O1,P1,Q1,Mf,Mm" };

        // When
        var output = new EarthTidesEntirePreprocessor().Run(series, options, cancellationToken: TestContext.Current.CancellationToken);

        // Then: lags near 0 and amplitudes near H⁰·cos²φ (semidiurnal) or H⁰·sin 2φ (diurnal): the arguments' conventions
        // (Doodson numbers, ±90° offsets, epoch values) and the nodal factors are right
        var expected = new Dictionary<string, double>
        {
            ["M2"] = 0.242334 * 0.5, ["S2"] = 0.112841 * 0.5, ["N2"] = 0.046398 * 0.5, ["K2"] = 0.030704 * 0.5,
            ["K1"] = 0.141565, ["O1"] = 0.100514, ["P1"] = 0.046843, ["Q1"] = 0.019256,
        };
        foreach (var (name, amplitude) in expected)
        {
            double fitted = output.Column(name + "_amplitude")[0];
            double lag = output.Column(name + "_phase")[0];
            TestContext.Current.TestOutputHelper?.WriteLine($"{name}: H {fitted:F5} m (equilibrium {amplitude:F5}), g {lag:F2}°");
            Assert.InRange(Math.Abs(TideSignals.AngleDifference(lag, 0)), 0, 2.0);
            Assert.InRange(Math.Abs((fitted / amplitude) - 1), 0, 0.03);
        }
    }

    [Fact]
    public void Equals_the_naive_normal_equations_fit_of_the_same_constituents()
    {
        // Given: 40 days, only constituents 40 days resolve, so the textbook fit is well posed too
        var series = TideCases.Noisy(40, TideCases.Equilibrium, seed: 9);
        string[] names = ["M2", "S2", "N2", "K1", "O1", "Q1"];
        var options = new EarthTidesEntireOptions { Constituents = string.Join(",", names), Phases = TidePhaseConvention.Epoch };

        // When
        var output = new EarthTidesEntirePreprocessor().Run(series, options, cancellationToken: TestContext.Current.CancellationToken);
        var naive = NaiveHarmonicFit.Fit(series, names);

        // Then
        foreach (string name in names)
        {
            Assert.Equal(naive[name].Amplitude, output.Column(name + "_amplitude")[0], 1e-6 * naive[name].Amplitude);
            Assert.InRange(Math.Abs(TideSignals.AngleDifference(output.Column(name + "_phase")[0], naive[name].Phase)), 0, 0.02);
        }
    }

    [Fact]
    public void Data_in_two_short_clusters_far_apart_give_a_well_conditioned_fit_with_fewer_constituents()
    {
        // Given: 200 days whose only valid data are the first and the last day: the extent "resolves" everything, but
        // two days of data cannot carry 8 constituents and a cubic
        var series = TideSignals.Make(TideCases.Start, TimeSpan.FromMinutes(10), 200 * 144, TideCases.Independent, 1.0, 0.2, seed: 13, gaps: 0);
        double[] values = series.Values.ToArray();
        for (int i = 144; i < values.Length - 144; i++)
        {
            values[i] = double.NaN;
        }

        var clustered = new Series(series.Start, series.Step, values);
        var state = new EarthTidesEntirePreprocessor().StartChecked(new EarthTidesEntireOptions { TrendDegree = 3 }, ComponentStart.ForTesting(series.Step));

        // When
        var output = state.RunBatch(clustered, mode: ProcessingMode.Retrospective, cancellationToken: TestContext.Current.CancellationToken);
        var fit = ((EarthTidesEntireState)state).LastFit;

        // Then: constituents and polynomial degrees were given up until the design was well conditioned, and the tide
        // stays of the data's size (measured: S2, P1, Q1 inferred, degree 1, condition 66)
        Assert.NotNull(fit);
        TestContext.Current.TestOutputHelper?.WriteLine($"roles {string.Join(", ", fit.Roles)}; trend degree {fit.TrendDegree}; condition {fit.ConditionNumber:E2}");
        Assert.InRange(fit.ConditionNumber, 1, TideSolver.MaxCondition);
        Assert.Contains(fit.Roles, role => role.ToString() != "Fitted");
        Assert.True(fit.TrendDegree < 3, "the cubic cannot be determined from two clusters");
        double largest = output.Column("tide").ToArray().Max(Math.Abs);
        Assert.InRange(largest, 10, 100);
    }
}
