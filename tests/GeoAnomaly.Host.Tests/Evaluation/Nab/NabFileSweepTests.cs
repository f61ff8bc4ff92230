using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

/// <summary>
/// Hand-computed NAB scores. The scaled sigmoid is <c>S(x) = 2 / (1 + e^(5x)) - 1 = -tanh(2.5 x)</c>, so the expected
/// values below are written with tanh: a detection's reward in a window of width w at i rows before its end (counting
/// the end as 1) is <c>tanh(2.5 i / w) / tanh(2.5)</c>, and a false positive d rows after a window of width w costs
/// <c>A_FP tanh(2.5 d / (w - 1))</c> (the full A_FP beyond 3 (w - 1) rows).
/// </summary>
public sealed class NabFileSweepTests
{
    private const double Tolerance = 1e-12;

    // 100 rows, one window over rows 40..49 (width 10), no probation: the hand cases below.
    private static readonly NabFile s_file = NabFiles.Regular(100, (40, 49));

    [Fact]
    public void A_detection_at_the_window_start_earns_the_full_true_positive_weight()
    {
        // Given
        var scores = NabFiles.Detections(100, 40);

        // When
        var row = Score(s_file, scores, NabProfile.Standard);

        // Then: S(-1) / S(-1) * A_TP = 1; the other nine window rows are false negatives, the rest true negatives
        Assert.Equal(1.0, row.Score, Tolerance);
        Assert.Equal((1, 90, 0, 9), (row.TruePositives, row.TrueNegatives, row.FalsePositives, row.FalseNegatives));
    }

    [Fact]
    public void A_detection_at_the_window_end_earns_the_sigmoid_of_one_tenth_of_the_window()
    {
        // Given: the last row of a 10-row window, position -(49 - 49 + 1) / 10 = -0.1
        var scores = NabFiles.Detections(100, 49);

        // When
        var row = Score(s_file, scores, NabProfile.Standard);

        // Then: tanh(0.25) / tanh(2.5) = 0.244919 / 0.986614 = 0.248242
        Assert.Equal(Math.Tanh(0.25) / Math.Tanh(2.5), row.Score, Tolerance);
        Assert.Equal(0.248242, row.Score, 1e-6);
    }

    [Fact]
    public void Only_the_earliest_detection_in_a_window_counts()
    {
        // Given: detections at the start, the middle and the end of the window
        var scores = NabFiles.Detections(100, 40, 45, 49);

        // When
        var row = Score(s_file, scores, NabProfile.Standard);

        // Then: the start's reward alone, though all three rows are true positives
        Assert.Equal(1.0, row.Score, Tolerance);
        Assert.Equal((3, 7), (row.TruePositives, row.FalseNegatives));
    }

    [Fact]
    public void A_false_positive_after_a_window_costs_less_the_closer_it_is_to_the_window_end()
    {
        // Given: one detection 10 rows past the window's end (position 10 / (10 - 1)), another 28 rows past (beyond 3 widths)
        var near = NabFiles.Detections(100, 59);
        var far = NabFiles.Detections(100, 77);

        // When
        var nearRow = Score(s_file, near, NabProfile.Standard);
        var farRow = Score(s_file, far, NabProfile.Standard);

        // Then: the missed window costs A_FN = 1; the near detection 0.11 tanh(25 / 9) = 0.109153, the far one 0.11
        Assert.Equal(-1.0 - (0.11 * Math.Tanh(25.0 / 9)), nearRow.Score, Tolerance);
        Assert.Equal(-1.109153, nearRow.Score, 1e-6);
        Assert.Equal(-1.11, farRow.Score, Tolerance);
        Assert.Equal((0, 1, 10), (nearRow.TruePositives, nearRow.FalsePositives, nearRow.FalseNegatives));
    }

    [Fact]
    public void A_false_positive_just_after_a_window_costs_almost_nothing_and_one_before_any_window_costs_the_full_weight()
    {
        // Given: a detection on the row after the window (position 1 / 9) and one on row 10 (no window before it)
        var after = NabFiles.Detections(100, 50);
        var before = NabFiles.Detections(100, 10);

        // When
        var afterRow = Score(s_file, after, NabProfile.Standard);
        var beforeRow = Score(s_file, before, NabProfile.Standard);

        // Then
        Assert.Equal(-1.0 - (0.11 * Math.Tanh(2.5 / 9)), afterRow.Score, Tolerance);
        Assert.Equal(-1.11, beforeRow.Score, Tolerance);
    }

    [Fact]
    public void A_false_positive_is_measured_from_the_window_that_ended_last()
    {
        // Given: windows over rows 20..29 and 60..69; a detection 2 rows after the second
        var file = NabFiles.Regular(100, (20, 29), (60, 69));

        // When
        var row = Score(file, NabFiles.Detections(100, 71), NabProfile.Standard);

        // Then: both windows missed (-2), the detection at position 2 / 9 from the second window
        Assert.Equal(-2.0 - (0.11 * Math.Tanh(2.5 * 2 / 9)), row.Score, Tolerance);
    }

    [Fact]
    public void No_detections_cost_the_false_negative_weight_per_window()
    {
        // Given: two windows, nothing detected
        var file = NabFiles.Regular(100, (20, 29), (60, 69));
        double[] scores = new double[100];

        // When
        var standard = Score(file, scores, NabProfile.Standard);
        var lowFn = Score(file, scores, NabProfile.RewardLowFnRate);

        // Then: -A_FN per window: -2 under standard (A_FN 1), -4 under reward_low_FN_rate (A_FN 2)
        Assert.Equal(-2.0, standard.Score, Tolerance);
        Assert.Equal(-4.0, lowFn.Score, Tolerance);
        Assert.Equal((0, 80, 0, 20), (standard.TruePositives, standard.TrueNegatives, standard.FalsePositives, standard.FalseNegatives));
    }

    [Fact]
    public void Detecting_every_row_earns_the_window_and_pays_for_every_row_outside_it()
    {
        // Given
        double[] scores = Enumerable.Repeat(1.0, 100).ToArray();

        // When
        var row = Score(s_file, scores, NabProfile.Standard);

        // Then: +1 for the window; 40 rows before it at -0.11; rows 50..99 at d = 1..50 rows past its end,
        // -0.11 tanh(2.5 d / 9) while d / 9 <= 3 (d <= 27) and -0.11 beyond
        double after = 0;
        for (int d = 1; d <= 50; d++)
        {
            after -= 0.11 * (d <= 27 ? Math.Tanh(2.5 * d / 9) : 1.0);
        }

        Assert.Equal(1.0 - (40 * 0.11) + after, row.Score, Tolerance);
        Assert.Equal(-8.677961, row.Score, 1e-6);
        Assert.Equal((10, 0, 90, 0), (row.TruePositives, row.TrueNegatives, row.FalsePositives, row.FalseNegatives));
    }

    [Fact]
    public void Rows_in_the_probation_are_not_scored()
    {
        // Given: 100 rows, so the probation is floor(0.15 * 100) = 15 rows; a detection on row 10 (probation) and
        // a window over rows 5..9 wholly inside the probation beside one over 40..49
        var file = NabFiles.Regular(100, (5, 9), (40, 49));

        // When
        var sweep = NabFileSweep.Build(file, NabFiles.Detections(100, 10), NabProfile.Standard);
        var row = sweep.ScoreAt(0.5);

        // Then: no false positive, and only the second window scores (missed: -1)
        Assert.Equal(15, sweep.ProbationLength);
        Assert.Equal(1, sweep.ScoredWindows);
        Assert.Equal(-1.0, row.Score, Tolerance);
        Assert.Equal((0, 0, 85), (row.FalsePositives, row.TruePositives, row.ScoredRows));
        Assert.Equal(100, row.Rows);
    }

    [Fact]
    public void A_window_reaching_into_the_probation_still_scores_its_later_rows_with_its_full_width()
    {
        // Given: 100 rows (probation 15) and a window over rows 10..19; a detection on row 15, its first scored row
        var file = NabFiles.Regular(100, (10, 19));

        // When
        var row = Score(file, NabFiles.Detections(100, 15), NabProfile.Standard, NabRules.ProbationPercent);

        // Then: the position counts the whole window: -(19 - 15 + 1) / 10 = -0.5, reward tanh(1.25) / tanh(2.5)
        Assert.Equal(Math.Tanh(1.25) / Math.Tanh(2.5), row.Score, Tolerance);
        Assert.Equal((1, 4), (row.TruePositives, row.FalseNegatives));
    }

    [Fact]
    public void A_score_equal_to_the_threshold_is_a_detection()
    {
        // Given
        double[] scores = new double[100];
        scores[40] = 0.7;

        // When
        var sweep = NabFileSweep.Build(s_file, scores, NabProfile.Standard, probationPercent: 0);

        // Then
        Assert.Equal(1.0, sweep.ScoreAt(0.7).Score, Tolerance);
        Assert.Equal(-1.0, sweep.ScoreAt(Math.BitIncrement(0.7)).Score, Tolerance);
    }

    [Fact]
    public void After_a_one_row_window_every_false_positive_costs_the_full_weight()
    {
        // Given: NAB divides by (width - 1) = 0 here; the limit is an infinite distance
        var file = NabFiles.Regular(100, (40, 40));

        // When
        var row = Score(file, NabFiles.Detections(100, 41), NabProfile.Standard);

        // Then
        Assert.Equal(-1.11, row.Score, Tolerance);
    }

    [Fact]
    public void Scores_outside_zero_to_one_or_of_the_wrong_length_are_refused_naming_the_file()
    {
        // Given
        double[] nan = new double[100];
        nan[3] = double.NaN;

        // When
        var wrongLength = Assert.Throws<ArgumentException>(() => NabFileSweep.Build(s_file, new double[99], NabProfile.Standard));
        var notANumber = Assert.Throws<ArgumentException>(() => NabFileSweep.Build(s_file, nan, NabProfile.Standard));

        // Then
        Assert.Contains("test/file.csv: 99 anomaly scores for 100 rows", wrongLength.Message, StringComparison.Ordinal);
        Assert.Contains("row 3", notANumber.Message, StringComparison.Ordinal);
    }

    private static NabFileScore Score(NabFile file, double[] scores, NabProfile profile, double probationPercent = 0) =>
        NabFileSweep.Build(file, scores, profile, probationPercent).ScoreAt(0.5);
}
