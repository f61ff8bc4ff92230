using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Pipeline;

public sealed class ScoreCalibratorTests
{
    private static readonly ScoreCalibrationOptions s_wholeSeries = new() { ReferenceFraction = 1 };

    [Fact]
    public void Calibrated_scores_never_decrease_with_the_raw_score_and_stay_within_0_and_1()
    {
        // Given
        var calibration = Fit(Exponential(5000, seed: 1), s_wholeSeries);
        double[] raw = [-5, -1e-9, 0, .. Enumerable.Range(0, 4000).Select(i => i * 0.005), 25, 40, 1e3, 1e6];

        // When
        double[] calibrated = [.. raw.Select(calibration.Apply)];

        // Then
        Assert.All(calibrated, p => Assert.InRange(p, 0, 1));
        for (int i = 1; i < calibrated.Length; i++)
        {
            Assert.True(calibrated[i] >= calibrated[i - 1], $"p({raw[i]}) = {calibrated[i]} < p({raw[i - 1]}) = {calibrated[i - 1]}");
        }
    }

    [Theory]
    [InlineData(0.10)]
    [InlineData(0.50)]
    [InlineData(0.90)]
    [InlineData(0.99)]
    [InlineData(0.999)]
    public void A_quantile_of_the_quiet_distribution_calibrates_to_its_probability(double q)
    {
        // Given: exponential scores, whose exact q-quantile is -ln(1 - q); the tail model is exact for them
        var calibration = Fit(Exponential(40_000, seed: 2), s_wholeSeries);

        // When
        double p = calibration.Apply(-Math.Log(1 - q));

        // Then: within sampling error of the reference (a few times sqrt(q(1-q)/n))
        Assert.InRange(p, q - 0.004, q + 0.004);
    }

    [Fact]
    public void A_calibrated_threshold_of_0_99_is_passed_by_about_one_in_a_hundred_fresh_quiet_samples()
    {
        // Given: half-normal scores (like |z|), fitted on 20,000 and judged on 200,000 fresh ones
        var calibration = Fit(HalfNormal(20_000, seed: 3), s_wholeSeries);
        double[] fresh = HalfNormal(200_000, seed: 4);

        // When
        double share99 = fresh.Count(s => calibration.Apply(s) >= 0.99) / (double)fresh.Length;
        double share999 = fresh.Count(s => calibration.Apply(s) >= 0.999) / (double)fresh.Length;

        // Then: the Gaussian tail is lighter than the exponential the fit falls back to, so far quantiles err on the side of fewer alarms
        Assert.InRange(share99, 0.008, 0.012);
        Assert.InRange(share999, 0.0004, 0.0013);
    }

    [Fact]
    public void The_largest_reference_score_maps_below_1_and_larger_scores_keep_rising()
    {
        // Given
        double[] reference = HalfNormal(5000, seed: 5);
        double max = reference.Max();
        var calibration = Fit(reference, s_wholeSeries);

        // When
        double atMax = calibration.Apply(max);
        double above = calibration.Apply(max + 0.5);
        double further = calibration.Apply(max + 1);

        // Then
        Assert.True(atMax < 1, $"p(max) = {atMax}");
        Assert.True(atMax > 0.999, $"p(max) = {atMax}");
        Assert.True(above > atMax && further > above && further < 1, $"{atMax} < {above} < {further} < 1");
    }

    [Fact]
    public void Missing_scores_stay_missing_and_are_left_out_of_the_fit()
    {
        // Given: every third score missing
        double[] values = Exponential(3000, seed: 6);
        for (int i = 0; i < values.Length; i += 3)
        {
            values[i] = double.NaN;
        }

        // When
        var fit = ScoreCalibrator.Fit(Shapes.Of(values), 0, s_wholeSeries);

        // Then
        Assert.Null(fit.Warning);
        Assert.Equal(2000, fit.Calibration!.ReferenceCount);
        Assert.True(double.IsNaN(fit.Calibration.Apply(double.NaN)));
        Assert.True(double.IsNaN(fit.Calibration.Apply(Shapes.Of(values))[0]));
    }

    [Fact]
    public void A_constant_reference_maps_the_constant_to_its_mid_rank_and_anything_above_it_close_to_1()
    {
        // Given: a detector that scores 0 on all quiet samples
        var calibration = Fit(new double[500], s_wholeSeries);

        // When
        double same = calibration.Apply(0);
        double above = calibration.Apply(1e-6);
        double below = calibration.Apply(-1);

        // Then
        Assert.Equal(0.5, same, 0.01);
        Assert.True(above > 0.99, $"p(1e-6) = {above}");
        Assert.True(above <= 1);
        Assert.Equal(0, below);
    }

    [Fact]
    public void Too_few_valid_reference_scores_leave_no_calibration_and_say_how_many()
    {
        // Given: 200 samples, 150 of them warm-up, fraction 0.25 of the rest = 13 samples
        var raw = Shapes.Of(Exponential(200, seed: 7));

        // When
        var fit = ScoreCalibrator.Fit(raw, 150, new ScoreCalibrationOptions());

        // Then
        Assert.Null(fit.Calibration);
        Assert.Contains("13 valid reference score(s)", fit.Warning, StringComparison.Ordinal);
        Assert.Contains("need 100", fit.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Probability_scores_are_kept_as_they_are_and_those_outside_0_to_1_are_clipped_and_counted()
    {
        // Given
        var raw = Shapes.Of([0.2, 0.97, 1.5, -0.1, double.NaN]);

        // When
        var fit = ScoreCalibrator.Fit(raw, 0, new ScoreCalibrationOptions { Method = CalibrationMethod.Probability });
        double[] calibrated = fit.Calibration!.Apply(raw).Values.ToArray();

        // Then
        Assert.Equal([0.2, 0.97, 1, 0, double.NaN], calibrated);
        Assert.Contains("2 raw score(s) outside 0..1", fit.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Method_none_passes_raw_scores_through()
    {
        // When
        var fit = ScoreCalibrator.Fit(Shapes.Of([3, 12.5]), 0, new ScoreCalibrationOptions { Method = CalibrationMethod.None });

        // Then
        Assert.Equal([3, 12.5], fit.Calibration!.Apply(Shapes.Of([3, 12.5])).Values.ToArray());
    }

    [Theory]
    [InlineData(null, null, null, 60, 60 + 235)] // default: a quarter of the 940 samples after the warm-up (ceil)
    [InlineData(0.5, null, null, 60, 60 + 470)]
    [InlineData(null, 0.25, null, 60, 60 + 360)] // a quarter day of minute samples
    [InlineData(null, null, 100, 100, 300)] // explicit range 100..300 after the warm-up
    [InlineData(null, null, 10, 60, 300)] // an explicit range that starts in the warm-up is cut to it
    public void The_reference_starts_after_the_warm_up_and_covers_the_chosen_stretch(double? fraction, double? days, int? explicitFrom, int from, int to)
    {
        // Given
        var raw = Shapes.Of(Exponential(1000, seed: 8));
        var options = new ScoreCalibrationOptions
        {
            ReferenceFraction = fraction ?? ScoreCalibrationOptions.Defaults.ReferenceFraction,
            ReferenceDays = days,
            ReferenceFrom = explicitFrom is { } a ? raw.TimeAt(a) : null,
            ReferenceTo = explicitFrom is not null ? raw.TimeAt(300) : null,
        };

        // When
        var range = ScoreCalibrator.ReferenceRange(raw, 60, options);

        // Then
        Assert.Equal((from, to), range);
    }

    [Fact]
    public void Missing_scores_at_the_end_do_not_move_a_fractional_reference()
    {
        // Given: the same 1,000 scores, then 1,000 missing ones (a range reaching past the data)
        double[] scores = Exponential(1000, seed: 9);
        var padded = Shapes.Of([.. scores, .. Enumerable.Repeat(double.NaN, 1000)]);

        // When
        var alone = ScoreCalibrator.ReferenceRange(Shapes.Of(scores), 0, new ScoreCalibrationOptions());
        var withPadding = ScoreCalibrator.ReferenceRange(padded, 0, new ScoreCalibrationOptions());

        // Then
        Assert.Equal(alone, withPadding);
    }

    [Fact]
    public void Missing_scores_at_the_start_move_the_reference_to_the_first_valid_score()
    {
        // Given: 1,000 missing scores (a preprocessing chain still filling its fit span), then 1,000 scores
        double[] scores = Exponential(1000, seed: 11);
        var padded = Shapes.Of([.. Enumerable.Repeat(double.NaN, 1000), .. scores]);

        // When
        var fraction = ScoreCalibrator.ReferenceRange(padded, 60, new ScoreCalibrationOptions());
        var fit = ScoreCalibrator.Fit(padded, 60, new ScoreCalibrationOptions());

        // Then: the first quarter of the valid scores, as without the missing start
        Assert.Equal((1000, 1250), fraction);
        Assert.NotNull(fit.Calibration);
        Assert.Null(fit.Warning);
    }

    [Fact]
    public void A_heavy_tail_gets_a_positive_shape_from_the_Pareto_model_and_none_from_the_exponential_model()
    {
        // Given: generalized Pareto scores with shape 0.3 (excesses over any threshold keep that shape)
        var random = new Random(10);
        double[] reference = [.. Enumerable.Range(0, 20_000).Select(_ => (Math.Pow(1 - random.NextDouble(), -0.3) - 1) / 0.3)];

        // When
        var pareto = Fit([.. reference], s_wholeSeries);
        var exponential = Fit([.. reference], s_wholeSeries with { Tail = TailModel.Exponential });

        // Then
        Assert.InRange(pareto.TailShape, 0.2, 0.4);
        Assert.Equal(0, exponential.TailShape);
    }

    [Fact]
    public void Invalid_options_are_rejected_naming_each_option()
    {
        // Given
        var options = new ScoreCalibrationOptions { ReferenceFraction = 0, TailFraction = 0.7, MinReferenceScores = 2, ReferenceFrom = Some.Start };

        // When
        var errors = options.Validate().Select(e => e.Option).ToList();

        // Then
        Assert.Equal(["referenceFraction", "referenceTo", "tailFraction", "minReferenceScores"], errors);
    }

    private static ScoreCalibration Fit(double[] reference, ScoreCalibrationOptions options) =>
        ScoreCalibrator.Fit(Shapes.Of(reference), 0, options).Calibration!;

    private static double[] Exponential(int n, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => -Math.Log(1 - random.NextDouble()))];
    }

    private static double[] HalfNormal(int n, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => Math.Abs(Shapes.Gaussian(random)))];
    }
}
