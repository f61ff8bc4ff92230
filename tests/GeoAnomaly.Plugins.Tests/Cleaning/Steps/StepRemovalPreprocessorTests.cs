using GeoAnomaly.Plugins.Cleaning.Steps;
using GeoAnomaly.Plugins.Tests.Support.Cleaning;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.Cleaning.Steps;

public sealed partial class StepRemovalPreprocessorTests
{
    [Fact]
    public void Passes_the_SDK_conformance_suite()
    {
        // Given
        var settings = new ConformanceSettings
        {
            InvalidOptions =
            [
                (new StepRemovalOptions { Window = 3 }, "window"),
                (new StepRemovalOptions { Window = StepRemovalOptions.MaxWindow + 1 }, "window"),
                (new StepRemovalOptions { Degree = 4 }, "degree"),
                (new StepRemovalOptions { Degree = 3, Window = 6 }, "degree"),
                (new StepRemovalOptions { Threshold = 0 }, "threshold"),
                (new StepRemovalOptions { Threshold = double.NaN }, "threshold"),
                (new StepRemovalOptions { MinStep = -1 }, "minStep"),
                (new StepRemovalOptions { MaxGap = -1 }, "maxGap"),
                (new StepRemovalOptions { ReturnSpan = -1 }, "returnSpan"),
            ],
        };

        // When
        var error = Record.Exception(() => PreprocessorConformance.RunAll(() => new StepRemovalPreprocessor(), settings));

        // Then
        Assert.Null(error);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Steps_in_a_tidal_noisy_gappy_record_are_found_at_their_sample_within_5_percent(int seed)
    {
        // Given: 20 days of strain-like data (tides with M2 40, red noise σ 2, white 0.3) with 30 gaps of 1 to 200
        // samples, and five steps of 20 to 45 units well clear of the gaps
        double[] x = CleaningSignals.Tidal(20 * 1440, seed);
        var random = new Random(seed);
        int[] at = [3000, 9000, 15000, 21000, 26000];
        double[] size = [20, -27, 33, -39, 45];
        for (int g = 0; g < 30; g++)
        {
            int start = 1000 + random.Next(x.Length - 2000);
            if (at.All(a => Math.Abs(a - start) > 600))
            {
                CleaningSignals.Gap(x, start, 1 + random.Next(200));
            }
        }

        for (int k = 0; k < at.Length; k++)
        {
            CleaningSignals.Step(x, at[k], size[k]);
        }

        // When
        var output = CleaningRuns.Run(new StepRemovalPreprocessor(), x);

        // Then: exactly those steps, each within 5 % of its size
        var step = output.Column("step");
        Assert.Equal(at, CleaningSignals.Marked(step));
        for (int k = 0; k < at.Length; k++)
        {
            Assert.True(Math.Abs(step[at[k]] - size[k]) <= 0.05 * Math.Abs(size[k]), $"step at {at[k]}: {step[at[k]]}, injected {size[k]}");
        }
    }

    [Fact]
    public void A_step_hidden_by_a_short_gap_is_placed_at_the_first_sample_after_it()
    {
        // Given: a 25-unit step at sample 5000, the first sample after a 9-sample gap (the gap hides where it happened)
        double[] x = CleaningSignals.Tidal(10_000, seed: 21);
        CleaningSignals.Step(x, 5000, 25);
        CleaningSignals.Gap(x, 4991, 9);

        // When
        var step = CleaningRuns.Column(new StepRemovalPreprocessor(), x, "step");

        // Then: not at 4990, the last sample before the gap, whose window also holds the step
        Assert.Equal([5000], CleaningSignals.Marked(step));
        Assert.Equal(25, step[5000], 25 * 0.05);
    }

    [Fact]
    public void The_value_is_the_record_minus_the_steps_so_far()
    {
        // Given
        double[] x = CleaningSignals.Tidal(8000, seed: 22);
        CleaningSignals.Step(x, 2000, 30);
        CleaningSignals.Step(x, 6000, -15);
        CleaningSignals.Gap(x, 4000, 50);

        // When
        var output = CleaningRuns.Run(new StepRemovalPreprocessor(), x);

        // Then: value + cumulative sum of step = x, sample by sample (NaN where x is NaN)
        double offset = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double s = output.Column("step")[i];
            offset += double.IsNaN(s) ? 0 : s;
            Assert.Equal(x[i], output.Column("value")[i] + offset, 9);
        }

        Assert.Equal(2, CleaningSignals.Marked(output.Column("step")).Count);
    }

    [Fact]
    public void On_an_otherwise_constant_record_the_step_is_exact()
    {
        // Given: 500 everywhere, 503 from sample 1000 on (the statistic's noise scale is 0)
        double[] x = Enumerable.Repeat(500.0, 3000).ToArray();
        CleaningSignals.Step(x, 1000, 3);

        // When
        var output = CleaningRuns.Run(new StepRemovalPreprocessor(), x);

        // Then
        Assert.Equal([1000], CleaningSignals.Marked(output.Column("step")));
        Assert.Equal(3, output.Column("step")[1000], 9);
        Assert.All(output.Column("value").ToArray(), v => Assert.Equal(500, v, 9));
    }

    [Fact]
    public void A_level_shift_that_comes_back_is_left_in_unless_returnSpan_is_0()
    {
        // Given: a box of +12 from sample 4000 to 7999 (a level-shift anomaly, not an instrument offset)
        double[] x = CleaningSignals.Tidal(12_000, seed: 23);
        CleaningSignals.Step(x, 4000, 12);
        CleaningSignals.Step(x, 8000, -12);

        // When
        var kept = CleaningRuns.Column(new StepRemovalPreprocessor(), x, "step");
        var removed = CleaningRuns.Column(new StepRemovalPreprocessor(), x, "step", new StepRemovalOptions { ReturnSpan = 0 });

        // Then
        Assert.Empty(CleaningSignals.Marked(kept));
        Assert.Equal([4000, 8000], CleaningSignals.Marked(removed));
    }

    [Fact]
    public void MinStep_keeps_smaller_steps_in_the_record()
    {
        // Given: steps of 10 and 30
        double[] x = CleaningSignals.Tidal(10_000, seed: 24);
        CleaningSignals.Step(x, 3000, 10);
        CleaningSignals.Step(x, 7000, 30);

        // When
        var step = CleaningRuns.Column(new StepRemovalPreprocessor(), x, "step", new StepRemovalOptions { MinStep = 20 });

        // Then
        Assert.Equal([7000], CleaningSignals.Marked(step));
    }

    [Fact]
    public void Is_retrospective_and_named_step_removal()
    {
        // Given
        var component = new StepRemovalPreprocessor();

        // When
        var info = ((IComponent)component).Info;

        // Then
        Assert.Equal(("step-removal", ProcessingMode.Retrospective), (info.Name, info.Mode));
    }
}
