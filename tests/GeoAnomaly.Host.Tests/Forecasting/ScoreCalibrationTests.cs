using GeoAnomaly.Host.Forecasting;

namespace GeoAnomaly.Host.Tests.Forecasting;

public sealed class ScoreCalibrationTests
{
    [Fact]
    public void Platt_scaling_recovers_a_known_logistic_link()
    {
        // Given: labels drawn with P(y | s) = 1 / (1 + exp(-(2 s - 1)))
        var random = new Random(7);
        double[] scores = [.. Enumerable.Range(0, 20_000).Select(_ => (random.NextDouble() * 6) - 3)];
        bool[] labels = [.. scores.Select(s => random.NextDouble() < 1 / (1 + Math.Exp(-((2 * s) - 1))))];

        // When
        var platt = ScoreCalibration.Fit(CalibrationMethod.Platt, scores, labels);

        // Then
        Assert.Equal(CalibrationMethod.Platt, platt.Method);
        Assert.InRange(platt.A, 1.85, 2.15);
        Assert.InRange(platt.B, -1.12, -0.88);
        Assert.InRange(platt.Apply(0.5), 0.47, 0.53);
    }

    [Fact]
    public void Isotonic_calibration_pools_adjacent_violators_into_a_non_decreasing_step()
    {
        // Given: scores 1..6 with labels 0 1 0 1 1 0 -> PAV blocks {1}=0, {2,3}=0.5, {4,5,6}=2/3
        double[] scores = [1, 2, 3, 4, 5, 6];
        bool[] labels = [false, true, false, true, true, false];

        // When
        var isotonic = ScoreCalibration.Fit(CalibrationMethod.Isotonic, scores, labels);

        // Then
        Assert.Equal([1.0, 2.0, 4.0], isotonic.Thresholds);
        Assert.Equal(0, isotonic.Values[0], 12);
        Assert.Equal(0.5, isotonic.Values[1], 12);
        Assert.Equal(2.0 / 3, isotonic.Values[2], 12);
        Assert.Equal(0, isotonic.Apply(0.2), 12);
        Assert.Equal(0.5, isotonic.Apply(3.5), 12);
        Assert.Equal(2.0 / 3, isotonic.Apply(100), 12);
    }

    [Fact]
    public void A_held_out_slice_without_targets_leaves_the_scores_uncalibrated_and_says_why()
    {
        // Given / When
        var calibration = ScoreCalibration.Fit(CalibrationMethod.Platt, [0.1, 0.9, 1.4], [false, false, false]);

        // Then
        Assert.Equal(CalibrationMethod.None, calibration.Method);
        Assert.Contains("0 target rows", calibration.Note, StringComparison.Ordinal);
        Assert.Equal(1, calibration.Apply(1.4));
    }

    [Fact]
    public void Platt_scaling_never_reverses_the_models_ranking_when_the_held_out_slice_disagrees_with_it()
    {
        // Given: on the held-out slice, higher scores go with fewer targets
        var random = new Random(3);
        double[] scores = [.. Enumerable.Range(0, 2_000).Select(_ => random.NextDouble())];
        bool[] labels = [.. scores.Select(s => random.NextDouble() < 0.2 * (1 - s))];

        // When
        var platt = ScoreCalibration.Fit(CalibrationMethod.Platt, scores, labels);

        // Then: probabilities still rise with the score, at about the slice's base rate, and the note says why
        double rate = labels.Count(l => l) / (double)labels.Length;
        Assert.True(platt.A > 0);
        Assert.True(platt.Apply(0.9) > platt.Apply(0.1));
        Assert.InRange(platt.Apply(0.5), rate - 0.01, rate + 0.01);
        Assert.Contains("ranking kept", platt.Note, StringComparison.Ordinal);
    }
}
