using GeoAnomaly.Host.Forecasting.Metrics;
using GeoAnomaly.Host.Tests.Forecasting.Metrics.Support;

namespace GeoAnomaly.Host.Tests.Forecasting.Metrics;

public sealed class MolchanTests
{
    [Fact]
    public void The_trajectory_and_ASS_match_the_hand_computation()
    {
        // Given 6 rows, N = 3 events; τ = rows alarmed/6, ν = events missed/3, the tied 0.8s alarmed together:
        //   start (0, 1); 0.9 T → (1/6, 2/3); 0.8 F+T → (3/6, 1/3); 0.5 F → (4/6, 1/3); 0.3 T → (5/6, 0); 0.1 F → (1, 0)
        // Area by trapezoids: 1/6·(1 + 2/3)/2 = 5/36; 2/6·(2/3 + 1/3)/2 = 6/36; 1/6·(1/3 + 1/3)/2 = 2/36;
        //   1/6·(1/3 + 0)/2 = 1/36; 1/6·0 = 0 → 14/36 = 7/18, so ASS = 1 − 7/18 = 11/18
        double[] scores = [0.9, 0.8, 0.8, 0.5, 0.3, 0.1];
        bool[] labels = [true, false, true, false, true, false];

        // When
        var trajectory = Molchan.Trajectory(scores, labels);

        // Then
        AssertNear([0, 1.0 / 6, 3.0 / 6, 4.0 / 6, 5.0 / 6, 1], trajectory.Select(p => p.Tau));
        AssertNear([1, 2.0 / 3, 1.0 / 3, 1.0 / 3, 0, 0], trajectory.Select(p => p.Nu));
        Assert.Equal(11.0 / 18, Molchan.AreaSkillScore(trajectory), 1e-12);
    }

    [Fact]
    public void A_reference_weights_the_alarm_fraction()
    {
        // Given 3 rows, the event in the top-scored row, whose reference rate is 1 of a total 1 + 2 + 1 = 4:
        //   weighted:   (0, 1) → (1/4, 0) → (3/4, 0) → (1, 0): area = 1/4·1/2 = 1/8, ASS = 7/8
        //   unweighted: (0, 1) → (1/3, 0) → …:                 area = 1/3·1/2 = 1/6, ASS = 5/6
        double[] scores = [0.9, 0.5, 0.1];
        bool[] labels = [true, false, false];
        double[] reference = [1, 2, 1];

        // When
        double weighted = Molchan.AreaSkillScore(scores, labels, reference);
        double unweighted = Molchan.AreaSkillScore(scores, labels);

        // Then
        Assert.Equal(7.0 / 8, weighted, 1e-12);
        Assert.Equal(5.0 / 6, unweighted, 1e-12);
        Assert.Equal(unweighted, Molchan.AreaSkillScore(scores, labels, [3, 3, 3]), 1e-12);
    }

    [Fact]
    public void A_forecast_with_one_value_everywhere_is_the_diagonal()
    {
        // Given a constant forecast: one tie group, one straight segment from (0, 1) to (1, 0)
        // When
        double ass = Molchan.AreaSkillScore([0.2, 0.2, 0.2, 0.2], [true, false, false, true]);

        // Then
        Assert.Equal(0.5, ass, 1e-12);
    }

    [Fact]
    public void The_reference_scored_against_itself_lies_in_the_random_ASS_band()
    {
        // Given 100 seeded trials: per-row reference probabilities in [0.01, 0.3), events drawn from them,
        // and the forecast equal to the reference, on the reference-weighted diagram
        int inside = 0;
        double sum = 0;
        const int Trials = 100;
        for (ulong seed = 1; seed <= Trials; seed++)
        {
            var (reference, labels) = RandomForecasts.Calibrated(400, 0.01, 0.3, seed);

            // When
            double ass = Molchan.AreaSkillScore(reference, labels, reference);

            // Then (tallied)
            int events = labels.Count(l => l);
            inside += MolchanRandom.AreaSkillInterval(events, 0.05).Contains(ass) ? 1 : 0;
            sum += ass;
        }

        Assert.InRange(inside, 88, 100);
        Assert.InRange(sum / Trials, 0.49, 0.51);
    }

    [Fact]
    public void Random_scores_fall_in_the_95_percent_ASS_band_about_95_percent_of_the_time()
    {
        // Given 200 seeded trials of 600 rows with scores unrelated to events (about 30 events each)
        int inside = 0;
        const int Trials = 200;
        for (ulong seed = 1; seed <= Trials; seed++)
        {
            var (scores, labels) = RandomForecasts.Unskilled(600, 0.05, seed);

            // When
            double ass = Molchan.AreaSkillScore(scores, labels);

            // Then (tallied)
            inside += MolchanRandom.AreaSkillInterval(labels.Count(l => l), 0.05).Contains(ass) ? 1 : 0;
        }

        Assert.InRange(inside / (double)Trials, 0.90, 0.99);
    }

    [Fact]
    public void Without_events_the_miss_rate_and_ASS_are_NaN()
    {
        // Given
        // When
        var trajectory = Molchan.Trajectory([0.3, 0.1], [false, false]);

        // Then
        Assert.All(trajectory, p => Assert.True(double.IsNaN(p.Nu)));
        Assert.True(double.IsNaN(Molchan.AreaSkillScore(trajectory)));
    }

    [Fact]
    public void A_negative_reference_rate_is_rejected_with_its_row()
    {
        // Given
        // When
        var error = Assert.Throws<ArgumentException>(() => Molchan.Trajectory([0.3, 0.1], [true, false], [1, -1]));

        // Then
        Assert.Contains("row 1", error.Message, StringComparison.Ordinal);
    }

    private static void AssertNear(double[] expected, IEnumerable<double> actual)
    {
        double[] values = [.. actual];
        Assert.Equal(expected.Length, values.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], values[i], 1e-12);
        }
    }
}
