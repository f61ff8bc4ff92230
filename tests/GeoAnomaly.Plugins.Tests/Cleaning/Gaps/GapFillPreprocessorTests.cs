using GeoAnomaly.Plugins.Cleaning.Gaps;
using GeoAnomaly.Plugins.Tests.Support.Cleaning;
using GeoAnomaly.Sdk;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.Cleaning.Gaps;

public sealed class GapFillPreprocessorTests
{
    [Theory]
    [InlineData(GapFillMethod.Linear)]
    [InlineData(GapFillMethod.Spline)]
    [InlineData(GapFillMethod.Cubic)]
    public void Passes_the_SDK_conformance_suite(GapFillMethod method)
    {
        // Given
        var settings = new ConformanceSettings
        {
            Options = new GapFillOptions { Method = method },
            InvalidOptions =
            [
                (new GapFillOptions { MaxGap = 0 }, "maxGap"),
                (new GapFillOptions { MaxGap = GapFillOptions.MaxMaxGap + 1 }, "maxGap"),
                (new GapFillOptions { Method = (GapFillMethod)9 }, "method"),
                (new GapFillOptions { Neighbours = 1 }, "neighbours"),
                (new GapFillOptions { Neighbours = GapFillOptions.MaxNeighbours + 1 }, "neighbours"),
            ],
        };

        // When
        var error = Record.Exception(() => PreprocessorConformance.RunAll(() => new GapFillPreprocessor(), settings));

        // Then
        Assert.Null(error);
    }

    [Fact]
    public void Linear_fill_puts_a_short_gap_on_the_chord_and_leaves_valid_samples_alone()
    {
        // Given: a noisy ramp with a 4-sample gap after sample 9 (value 9 + noise) and before sample 14
        double[] x = CleaningSignals.White(30, seed: 1, sigma: 0.1).Select((v, i) => i + v).ToArray();
        double[] raw = (double[])x.Clone();
        CleaningSignals.Gap(x, 10, 4);

        // When
        double[] value = CleaningRuns.Column(new GapFillPreprocessor(), x, "value");

        // Then: x̂(j) = x(9) + (x(14) - x(9)) (j - 9) / 5; every other sample as it was
        for (int j = 10; j < 14; j++)
        {
            Assert.Equal(raw[9] + ((raw[14] - raw[9]) * (j - 9) / 5.0), value[j], 12);
        }

        for (int j = 0; j < 30; j++)
        {
            if (j < 10 || j >= 14)
            {
                Assert.Equal(raw[j], value[j]);
            }
        }
    }

    [Theory]
    [InlineData(GapFillMethod.Linear)]
    [InlineData(GapFillMethod.Spline)]
    [InlineData(GapFillMethod.Cubic)]
    public void Gaps_longer_than_maxGap_and_gaps_at_the_ends_stay_missing(GapFillMethod method)
    {
        // Given: gaps of exactly maxGap (10) and maxGap + 1 in the middle, and gaps touching both ends
        double[] x = CleaningSignals.White(200, seed: 2);
        CleaningSignals.Gap(x, 0, 3);
        CleaningSignals.Gap(x, 50, 10);
        CleaningSignals.Gap(x, 100, 11);
        CleaningSignals.Gap(x, 197, 3);

        // When
        double[] value = CleaningRuns.Column(new GapFillPreprocessor(), x, "value", new GapFillOptions { Method = method });

        // Then
        Assert.All(Enumerable.Range(50, 10), j => Assert.True(double.IsFinite(value[j]), $"sample {j} of a 10-sample gap not filled"));
        Assert.All(Enumerable.Range(100, 11), j => Assert.True(double.IsNaN(value[j]), $"sample {j} of an 11-sample gap filled"));
        int[] edges = [0, 1, 2, 197, 198, 199];
        Assert.All(edges, j => Assert.True(double.IsNaN(value[j]), $"edge sample {j} filled"));
    }

    [Fact]
    public void Spline_follows_tidal_curvature_that_the_chord_cuts()
    {
        // Given: a noise-free M2-like sinusoid (period 745 samples, amplitude 40) with 30-sample gaps at 40 places,
        // spline through 3 neighbours each side
        double[] truth = Enumerable.Range(0, 40_000).Select(i => 40 * Math.Cos((2 * Math.PI * i / 745.2) + 0.3)).ToArray();
        double[] x = (double[])truth.Clone();
        var starts = Enumerable.Range(0, 40).Select(k => 500 + (k * 977)).ToList();
        starts.ForEach(s => CleaningSignals.Gap(x, s, 30));
        var options = new GapFillOptions { MaxGap = 30, Neighbours = 3 };

        // When
        double[] linear = CleaningRuns.Column(new GapFillPreprocessor(), x, "value", options);
        double[] spline = CleaningRuns.Column(new GapFillPreprocessor(), x, "value", options with { Method = GapFillMethod.Spline });

        // Then: the chord sags by up to A (1 - cos(π·31/745)) ≈ 0.34; the spline stays within a hundredth of it
        double linearError = starts.SelectMany(s => Enumerable.Range(s, 30)).Max(j => Math.Abs(linear[j] - truth[j]));
        double splineError = starts.SelectMany(s => Enumerable.Range(s, 30)).Max(j => Math.Abs(spline[j] - truth[j]));
        Assert.InRange(linearError, 0.2, 0.4);
        Assert.True(splineError < linearError / 100, $"spline error {splineError}, linear {linearError}");
    }

    [Theory]
    [InlineData(GapFillMethod.Spline)]
    [InlineData(GapFillMethod.Cubic)]
    public void Spline_and_cubic_with_too_few_neighbours_fall_back_to_the_chord(GapFillMethod method)
    {
        // Given: a 3-sample gap with only one valid sample before it within reach (2 neighbours, searched 4 deep)
        double[] x = Enumerable.Range(0, 40).Select(i => (double)(i * i)).ToArray();
        CleaningSignals.Gap(x, 10, 5);
        CleaningSignals.Gap(x, 16, 3);

        // When
        double[] value = CleaningRuns.Column(new GapFillPreprocessor(), x, "value", new GapFillOptions { Method = method, Neighbours = 2 });

        // Then: the 16..18 gap lies on the chord from x(15) = 225 to x(19) = 361
        for (int j = 16; j < 19; j++)
        {
            Assert.Equal(225 + ((361 - 225) * (j - 15) / 4.0), value[j], 12);
        }
    }

    [Fact]
    public void Cubic_reproduces_a_cubic_exactly_and_beats_the_chord_on_a_noisy_tidal_record()
    {
        // Given: a noise-free cubic with a 50-sample gap; and a strain-like record (tides, red and white noise) with
        // 60-sample gaps, compared with the record before the gaps were cut
        double[] cubic = Enumerable.Range(0, 400).Select(i => 1 + (0.3 * i) - (2e-3 * i * i) + (4e-6 * i * i * i)).ToArray();
        double[] holed = CleaningSignals.Gap((double[])cubic.Clone(), 200, 50);
        double[] truth = CleaningSignals.Tidal(40_000, seed: 71);
        double[] record = (double[])truth.Clone();
        var starts = Enumerable.Range(0, 60).Select(k => 300 + (k * 650)).ToList();
        starts.ForEach(s => CleaningSignals.Gap(record, s, 60));
        var options = new GapFillOptions { MaxGap = 60, Method = GapFillMethod.Cubic };

        // When
        double[] refilled = CleaningRuns.Column(new GapFillPreprocessor(), holed, "value", options);
        double[] viaCubic = CleaningRuns.Column(new GapFillPreprocessor(), record, "value", options);
        double[] viaChord = CleaningRuns.Column(new GapFillPreprocessor(), record, "value", options with { Method = GapFillMethod.Linear });

        // Then: exact on the cubic; on the record, RMS error against the truth well under the chord's (README: 0.33 vs 0.84)
        Assert.All(Enumerable.Range(200, 50), j => Assert.Equal(cubic[j], refilled[j], 1e-9));
        double Rms(double[] filled) => Math.Sqrt(starts.SelectMany(s => Enumerable.Range(s, 60)).Average(j => Math.Pow(filled[j] - truth[j], 2)));
        Assert.True(Rms(viaCubic) < 0.6 * Rms(viaChord), $"cubic {Rms(viaCubic)}, chord {Rms(viaChord)}");
    }

    [Fact]
    public void Is_retrospective_and_named_gap_fill()
    {
        // Given
        var component = new GapFillPreprocessor();

        // When
        var info = ((IComponent)component).Info;

        // Then
        Assert.Equal(("gap-fill", ProcessingMode.Retrospective), (info.Name, info.Mode));
    }
}
