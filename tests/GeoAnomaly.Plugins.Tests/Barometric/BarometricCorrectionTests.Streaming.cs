using GeoAnomaly.Plugins.Barometric;
using GeoAnomaly.Plugins.Tests.Support.Barometric;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Barometric;

public sealed partial class BarometricCorrectionTests
{
    [Fact]
    public void Outputs_before_a_sample_do_not_depend_on_anything_after_it()
    {
        // Given: the same well, and a copy whose last 5 days (both channels) are scrambled
        var well = LaggedWell.Build(days: 25, seed: 13, efficiency: 0.6, longEfficiency: 0.3, lagTime: 120, lags: 720);
        int cut = 20 * 1440;
        double[] level = well.Level.Values.ToArray();
        double[] pressure = well.Pressure.Values.ToArray();
        var random = new Random(1);
        for (int i = cut; i < level.Length; i++)
        {
            level[i] += random.NextDouble();
            pressure[i] += 10 * random.NextDouble();
        }

        // When
        var original = BarometricRun.Of(well.Level, well.Pressure).Output;
        var scrambled = BarometricRun.Of(new Series(well.Level.Start, well.Level.Step, level), new Series(well.Pressure.Start, well.Pressure.Step, pressure)).Output;

        // Then: every output up to the cut is bitwise the same
        for (int k = 0; k < original.Names.Count; k++)
        {
            Assert.True(original.Column(k)[..cut].SequenceEqual(scrambled.Column(k)[..cut]), $"{original.Names[k]} changed before the cut");
        }
    }

    [Fact]
    public void The_correction_has_no_steps_at_refit_boundaries()
    {
        // Given: a lagged well whose fits differ from day to day (default reference: each window's mean pressure)
        var well = LaggedWell.Build(days: 30, seed: 14, efficiency: 0.6, longEfficiency: 0.25, lagTime: 120, lags: 720, gaps: false);

        // When
        var run = BarometricRun.Of(well.Level, well.Pressure);
        var effect = run.Output.Column("baro_effect");

        // Then: the removed response changes across midnight (a refit) no more than between any two minutes
        var across = new List<double>();
        var within = new List<double>();
        for (int i = run.State.WarmUp; i < effect.Length; i++)
        {
            double change = Math.Abs(effect[i] - effect[i - 1] - ((well.Pressure[i] - well.Pressure[i - 1]) * LaggedWell.MetresPerHectopascal * -run.Last("be_lag0")));
            (i % 1440 == 0 ? across : within).Add(change);
        }

        double largestWithin = within.Max();
        TestContext.Current.TestOutputHelper?.WriteLine($"largest change beside the lag-0 response: {across.Max() * 1e3:F4} mm across refits, {largestWithin * 1e3:F4} mm elsewhere");
        Assert.True(across.Max() <= largestWithin, $"a refit steps the correction by {across.Max() * 1e3:F4} mm, more than the largest {largestWithin * 1e3:F4} mm elsewhere");
    }

    [Fact]
    public void A_pressure_gap_blanks_the_corrected_level_only_while_it_lasts()
    {
        // Given: pressure missing for 5 samples and for 2,000 samples (longer than the 720 lags) after the warm-up
        var well = LaggedWell.Build(days: 30, seed: 15, efficiency: 0.5, longEfficiency: 0.3, lagTime: 60, lags: 720, gaps: false);
        double[] pressure = well.Pressure.Values.ToArray();
        int shortGap = 25_000;
        int longGap = 30_000;
        pressure.AsSpan(shortGap, 5).Fill(double.NaN);
        pressure.AsSpan(longGap, 2000).Fill(double.NaN);

        // When
        var run = BarometricRun.Of(well.Level, new Series(well.Pressure.Start, well.Pressure.Step, pressure));
        var value = run.Output.Column("value");
        var efficiency = run.Output.Column("be_lag0");

        // Then: NaN exactly in the gaps; efficiencies (the fit in force) stay defined through them
        Assert.True(double.IsFinite(value[shortGap - 1]));
        Assert.All(value.Slice(shortGap, 5).ToArray(), v => Assert.True(double.IsNaN(v)));
        Assert.True(double.IsFinite(value[shortGap + 5]));
        Assert.All(value.Slice(longGap, 2000).ToArray(), v => Assert.True(double.IsNaN(v)));
        Assert.True(double.IsFinite(value[longGap + 2000]));
        Assert.True(double.IsFinite(efficiency[longGap + 1000]));
    }

    [Fact]
    public void Samples_that_do_not_follow_on_are_rejected_with_both_times()
    {
        // Given: a state that processed one hour
        var well = LaggedWell.Build(days: 1, seed: 16, efficiency: 0.5, longEfficiency: 0.5, lagTime: 1, lags: 0, gaps: false);
        var state = new BarometricCorrection().StartChecked(null, BarometricRun.StartFor(well.Level.Step));
        double[] output = new double[4 * 60];
        state.Process(new SampleBlock(well.Level.Values[..60], well.Level.Start, well.Level.Step, well.Pressure.Values[..60], 1), output, TestContext.Current.CancellationToken);

        // When: the next block starts an hour later than it should
        var error = Record.Exception(() => state.Process(
            new SampleBlock(well.Level.Values[120..180], well.Level.TimeAt(120), well.Level.Step, well.Pressure.Values[120..180], 1), output, TestContext.Current.CancellationToken));

        // Then
        var argument = Assert.IsType<ArgumentException>(error);
        Assert.Contains("01:00:00", argument.Message, StringComparison.Ordinal);
        Assert.Contains("02:00:00", argument.Message, StringComparison.Ordinal);
    }
}
