using GeoAnomaly.Host.Evaluation;

namespace GeoAnomaly.Host.Tests.Evaluation;

public sealed class TrailingRankTests
{
    [Fact]
    public void Each_score_is_ranked_among_the_scores_of_its_trailing_window_once_the_history_is_long_enough()
    {
        // Given
        double[] raw = [1, 2, 3, 2, 10, 0];

        // When: window 3, at least 2 trailing scores
        double[] ranks = TrailingRank.Apply(raw, window: 3, minHistory: 2);

        // Then: 3 above {1, 2}: 2.5/3; 2 among {1, 2, 3}: (1 + 0.5 + 0.5)/4; 10 above {2, 3, 2}: 3.5/4; 0 below {3, 2, 10}: 0.5/4
        Assert.True(double.IsNaN(ranks[0]) && double.IsNaN(ranks[1]));
        Assert.Equal([2.5 / 3, 2.0 / 4, 3.5 / 4, 0.5 / 4], ranks[2..]);
    }

    [Fact]
    public void Old_scores_leave_the_window_and_missing_ones_are_skipped()
    {
        // Given: a high score that leaves the window of 2, then a middling one; NaN in between
        double[] raw = [5, 1, double.NaN, 1, 2];

        // When
        double[] ranks = TrailingRank.Apply(raw, window: 2, minHistory: 1);

        // Then: at index 4 the window holds {NaN, 1}: one valid score, below 2
        Assert.True(double.IsNaN(ranks[2]));
        Assert.Equal(1.5 / 2, ranks[4]);
        Assert.Equal(0.5 / 2, ranks[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => TrailingRank.Apply(raw, window: 2, minHistory: 3));
    }
}
