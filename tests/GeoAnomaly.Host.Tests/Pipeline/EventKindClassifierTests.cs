using System.Globalization;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Pipeline;

public sealed class EventKindClassifierTests
{
    private static readonly KindClassifierOptions s_options = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_one_sample_excursion_that_returns_to_the_prior_level_is_a_spike(int seed)
    {
        // Given
        var series = Shapes.Spike(1000, 500, height: 8, seed);

        // When
        var verdict = EventKindClassifier.Classify(series.Values, 500, 501, s_options);

        // Then
        Assert.Equal(AnomalyKind.Spike, verdict.Kind);
        Assert.True(Number(verdict, "excursion_sigmas") > 4, verdict.Details["excursion_sigmas"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_lasting_change_of_level_is_a_level_shift_with_its_size_in_the_details(int seed)
    {
        // Given: a shift of 5 sigma, with the detector's event covering its first half hour
        var series = Shapes.LevelShift(1000, 500, shift: 5, seed);

        // When
        var verdict = EventKindClassifier.Classify(series.Values, 500, 530, s_options);

        // Then: both lines are taken at the event's start, so the estimate carries their extrapolation error (about 0.3 sigma)
        Assert.Equal(AnomalyKind.LevelShift, verdict.Kind);
        Assert.InRange(Number(verdict, "shift"), 3.9, 6.1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_new_slope_without_a_jump_is_a_trend_change(int seed)
    {
        // Given: from sample 500 the channel climbs 0.05 sigma per sample (6 sigma over the 120-sample context)
        var series = Shapes.TrendChange(1000, 500, slope: 0.05, seed);

        // When
        var verdict = EventKindClassifier.Classify(series.Values, 500, 520, s_options);

        // Then
        Assert.Equal(AnomalyKind.TrendChange, verdict.Kind);
        Assert.InRange(Number(verdict, "slope_after") - Number(verdict, "slope_before"), 0.04, 0.06);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Noise_that_grows_four_fold_is_a_variance_change(int seed)
    {
        // Given
        var series = Shapes.VarianceChange(1000, 500, factor: 4, seed);

        // When
        var verdict = EventKindClassifier.Classify(series.Values, 500, 530, s_options);

        // Then
        Assert.Equal(AnomalyKind.VarianceChange, verdict.Kind);
        Assert.InRange(Number(verdict, "spread_ratio"), 3, 5.5);
    }

    [Fact]
    public void Noise_with_no_change_is_other()
    {
        // Given: plain noise, the "event" three ordinary samples
        var series = Shapes.Of(Shapes.Noise(1000, seed: 4));

        // When
        var verdict = EventKindClassifier.Classify(series.Values, 500, 503, s_options);

        // Then
        Assert.Equal(AnomalyKind.Other, verdict.Kind);
    }

    [Fact]
    public void Too_little_valid_context_is_other_and_says_why()
    {
        // Given: an event five samples from the start of the series
        var series = Shapes.Spike(1000, 5, height: 8, seed: 5);

        // When
        var verdict = EventKindClassifier.Classify(series.Values, 5, 6, s_options);

        // Then
        Assert.Equal(AnomalyKind.Other, verdict.Kind);
        Assert.Contains("5 valid before", verdict.Details["context"], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_samples_in_the_context_are_skipped()
    {
        // Given: a level shift with every other context sample missing
        double[] values = Shapes.LevelShift(1000, 500, shift: 5, seed: 6).Values.ToArray();
        for (int i = 380; i < 650; i += 2)
        {
            values[i] = double.NaN;
        }

        // When
        var verdict = EventKindClassifier.Classify(values, 500, 530, s_options);

        // Then
        Assert.Equal(AnomalyKind.LevelShift, verdict.Kind);
    }

    [Fact]
    public void A_constant_channel_with_a_jump_is_a_level_shift_even_without_noise()
    {
        // Given
        double[] values = [.. Enumerable.Repeat(2.0, 300), .. Enumerable.Repeat(2.5, 300)];

        // When
        var verdict = EventKindClassifier.Classify(values, 300, 302, s_options);

        // Then
        Assert.Equal(AnomalyKind.LevelShift, verdict.Kind);
    }

    [Fact]
    public void Invalid_options_are_rejected_naming_each_option()
    {
        // Given
        var options = new KindClassifierOptions { ContextSamples = 2, MinContext = 1, Sigmas = 0, SpreadRatio = 1 };

        // When
        var errors = options.Validate().Select(e => e.Option).ToList();

        // Then
        Assert.Equal(["contextSamples", "minContext", "sigmas", "spreadRatio"], errors);
    }

    private static double Number(KindVerdict verdict, string key) =>
        double.Parse(verdict.Details[key], CultureInfo.InvariantCulture);
}
