using GeoAnomaly.Host.Forecasting.Metrics;

namespace GeoAnomaly.Host.Tests.Forecasting.Metrics;

public sealed class ThresholdSearchTests
{
    [Fact]
    public void The_threshold_with_the_highest_R_score_is_found()
    {
        // Given 3 event and 3 quiet rows; R = a/3 − b/3 at each distinct score:
        //   0.9 T: a1 b0 → 1/3;  0.8 F: a1 b1 → 0;  0.7 T: a2 b1 → 1/3;
        //   0.6 T: a3 b1 → 2/3;  0.5 F: a3 b2 → 1/3; 0.4 F: a3 b3 → 0
        double[] scores = [0.5, 0.9, 0.4, 0.7, 0.8, 0.6];
        bool[] labels = [false, true, false, true, false, true];

        // When
        var best = ThresholdSearch.MaximiseRScore(scores, labels);

        // Then
        Assert.Equal(0.6, best.Threshold);
        Assert.Equal(2.0 / 3, best.RScore, 1e-12);
        Assert.Equal(best.RScore, Contingency.At(scores, labels, best.Threshold).RScore, 1e-12);
    }

    [Fact]
    public void Of_equal_R_scores_the_higher_threshold_wins()
    {
        // Given R at 0.9: 1/2 − 0 = 1/2; at 0.8: 1/2 − 1/2 = 0; at 0.7: 1 − 1/2 = 1/2; at 0.6: 0
        double[] scores = [0.9, 0.8, 0.7, 0.6];
        bool[] labels = [true, false, true, false];

        // When
        var best = ThresholdSearch.MaximiseRScore(scores, labels);

        // Then
        Assert.Equal(new ThresholdChoice(0.9, 0.5), best);
    }

    [Fact]
    public void Rows_of_one_class_have_no_best_threshold()
    {
        // Given only quiet rows
        // When
        var best = ThresholdSearch.MaximiseRScore([0.3, 0.2], [false, false]);

        // Then
        Assert.True(double.IsNaN(best.Threshold));
        Assert.True(double.IsNaN(best.RScore));
    }
}
