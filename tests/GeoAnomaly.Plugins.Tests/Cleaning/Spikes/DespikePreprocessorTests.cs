using GeoAnomaly.Plugins.Cleaning.Spikes;
using GeoAnomaly.Plugins.Tests.Support.Cleaning;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.Cleaning.Spikes;

public sealed class DespikePreprocessorTests
{
    public static TheoryData<string> Components => ["despike", "despike-causal"];

    [Theory]
    [MemberData(nameof(Components))]
    public void Passes_the_SDK_conformance_suite(string name)
    {
        // Given
        var settings = new ConformanceSettings
        {
            InvalidOptions =
            [
                (new DespikeOptions { HalfWidth = 0 }, "halfWidth"),
                (new DespikeOptions { HalfWidth = DespikeOptions.MaxHalfWidth + 1 }, "halfWidth"),
                (new DespikeOptions { NSigma = 0 }, "nSigma"),
                (new DespikeOptions { NSigma = double.NaN }, "nSigma"),
                (new DespikeOptions { MinDeviation = -1 }, "minDeviation"),
                (new DespikeOptions { MinDeviation = double.PositiveInfinity }, "minDeviation"),
            ],
        };

        // When
        var error = Record.Exception(() => PreprocessorConformance.RunAll(() => Create(name), settings));

        // Then
        Assert.Null(error);
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void A_planted_outlier_is_replaced_by_its_window_median_and_nothing_else_is(string name)
    {
        // Given: a gently curved ramp whose slope (0.04 to 0.08 per sample) dwarfs its 0.001 noise, +5 planted at 500
        double[] x = CleaningSignals.White(2000, seed: 3, sigma: 0.001).Select((v, i) => (0.04 * i) + (1e-5 * i * i) + v).ToArray();
        double original = x[500] + 5;
        x[500] = original;
        var reference = NaiveHampel.Run(x, DespikeOptions.Defaults.HalfWidth, DespikeOptions.Defaults.NSigma, 0, centred: name == "despike");

        // When
        var output = CleaningRuns.Run(Create(name), x);

        // Then: only sample 500 is reported, with its original value, and its new value is the window median
        Assert.Equal([500], CleaningSignals.Marked(output.Column("removed")));
        Assert.Equal(original, output.Column("removed")[500]);
        Assert.Equal(reference.Value[500], output.Column("value")[500], 12);
        Assert.NotEqual(original, output.Column("value")[500]);
    }

    [Theory]
    [InlineData("despike", 3, 3.0)]
    [InlineData("despike", 7, 4.0)]
    [InlineData("despike-causal", 7, 4.0)]
    [InlineData("despike-causal", 12, 2.5)]
    public void Agrees_with_the_Hampel_filter_written_from_its_definition(string name, int halfWidth, double nSigma)
    {
        // Given: red-ish noise with spikes and gaps of 1, 3 and 20 samples
        double[] x = CleaningSignals.Tidal(5000, seed: 4, white: 0.5, red: 1, tideScale: 0.05);
        for (int i = 37; i < x.Length; i += 211)
        {
            x[i] += 8;
        }

        CleaningSignals.Gap(x, 1000, 1);
        CleaningSignals.Gap(x, 2000, 3);
        CleaningSignals.Gap(x, 3000, 20);
        var options = new DespikeOptions { HalfWidth = halfWidth, NSigma = nSigma };
        var reference = NaiveHampel.Run(x, halfWidth, nSigma, 0, centred: name == "despike");

        // When
        var output = CleaningRuns.Run(Create(name), x, options);

        // Then: the same samples replaced, with the same medians (to rounding), and NaN where the input is NaN
        Assert.Equal(CleaningSignals.Marked(reference.Removed), CleaningSignals.Marked(output.Column("removed")));
        for (int i = 0; i < x.Length; i++)
        {
            double expected = reference.Value[i];
            double actual = output.Column("value")[i];
            Assert.True(expected.Equals(actual) || Math.Abs(expected - actual) <= 1e-12 * Math.Abs(expected), $"value at {i}: {actual}, definition {expected}");
        }
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void Quantised_quiet_data_loses_nothing_without_a_floor_and_only_the_spike_with_one(string name)
    {
        // Given: a level quantised to 0.01 that mostly sits still (MAD 0 in most windows), with one 0.5 spike at 300
        var random = new Random(5);
        double[] x = Enumerable.Range(0, 600).Select(_ => random.NextDouble() < 0.2 ? 1000.01 : 1000.0).ToArray();
        x[300] = 1000.5;

        // When
        var plain = CleaningRuns.Column(Create(name), x, "removed");
        var floored = CleaningRuns.Column(Create(name), x, "removed", new DespikeOptions { MinDeviation = 0.05 });

        // Then: with MAD 0 the classic rule would flag every 0.01 change; here the spike alone needs the floor
        Assert.DoesNotContain(CleaningSignals.Marked(plain), i => i != 300);
        Assert.Equal([300], CleaningSignals.Marked(floored));
    }

    [Fact]
    public void The_causal_filter_reports_the_first_k_samples_after_a_step_and_the_centred_one_none()
    {
        // Given: a smooth level with a +10 step at sample 400
        double[] x = CleaningSignals.White(800, seed: 6, sigma: 0.1);
        CleaningSignals.Step(x, 400, 10);
        int k = DespikeOptions.Defaults.HalfWidth;

        // When
        var causal = CleaningSignals.Marked(CleaningRuns.Column(new CausalDespikePreprocessor(), x, "removed"));
        var centred = CleaningSignals.Marked(CleaningRuns.Column(new DespikePreprocessor(), x, "removed"));

        // Then: the trailing median stays at the old level for k samples (the documented delay), then follows
        Assert.Equal(Enumerable.Range(400, k), causal.Where(i => i >= 400 && i < 420));
        Assert.DoesNotContain(centred, i => i >= 398 && i < 420);
    }

    [Theory]
    [InlineData("despike", 0.0075, 0.85)]
    [InlineData("despike-causal", 0.0075, 0.80)]
    public void Defaults_replace_few_gaussian_samples_and_most_six_sigma_spikes(string name, double falseRate, double hitRate)
    {
        // Given: unit white noise, and the same with ±6 every 500 samples
        double[] noise = CleaningSignals.White(200_000, seed: 7);
        double[] spiked = (double[])noise.Clone();
        var spikes = Enumerable.Range(0, 400).Select(k => 250 + (k * 500)).ToList();
        spikes.ForEach(i => spiked[i] += i % 1000 == 250 ? 6 : -6);

        // When
        int falseCount = CleaningSignals.Marked(CleaningRuns.Column(Create(name), noise, "removed")).Count;
        var removed = CleaningRuns.Column(Create(name), spiked, "removed");

        // Then: bars from measurement (README: 0.58 % false, 88 % (centred) and 85 % (causal) of spikes)
        Assert.True(falseCount < falseRate * noise.Length, $"{falseCount} of {noise.Length} noise samples replaced");
        int hits = spikes.Count(i => !double.IsNaN(removed[i]));
        Assert.True(hits >= hitRate * spikes.Count, $"{hits} of {spikes.Count} spikes replaced");
    }

    private static IPreprocessor Create(string name) => name == "despike" ? new DespikePreprocessor() : new CausalDespikePreprocessor();
}
