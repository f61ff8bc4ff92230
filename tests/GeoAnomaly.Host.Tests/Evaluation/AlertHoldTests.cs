using GeoAnomaly.Host.Evaluation;

namespace GeoAnomaly.Host.Tests.Evaluation;

public sealed class AlertHoldTests
{
    [Fact]
    public void A_run_of_high_scores_alerts_once_and_again_only_when_it_climbs_higher()
    {
        // Given: a run 0.9 0.95 0.95 0.92, then quiet, then 0.8 more than `rows` samples after the run's peak
        double[] scores = [0.1, 0.9, 0.95, 0.95, 0.92, 0.1, 0.1, 0.1, 0.1, 0.8];

        // When
        double[] alerts = AlertHold.Apply(scores, rows: 3);

        // Then: 0.1 at the start beats an empty history; 0.9 and 0.95 are new highs; the repeat of 0.95 and 0.92 are not;
        // 0.8 at index 9 has only 0.1s in its last 3 samples
        Assert.Equal([0.1, 0.9, 0.95, 0, 0, 0, 0, 0, 0, 0.8], alerts);
    }

    [Fact]
    public void Missing_scores_never_alert_nor_hold_others_back_and_zero_rows_copies()
    {
        // Given
        double[] scores = [0.5, double.NaN, 0.4, 0.6];

        // When
        double[] held = AlertHold.Apply(scores, rows: 2);
        double[] copied = AlertHold.Apply(scores, rows: 0);

        // Then
        Assert.Equal([0.5, 0, 0, 0.6], held);
        Assert.Equal([0.5, 0, 0.4, 0.6], copied);
        Assert.Throws<ArgumentOutOfRangeException>(() => AlertHold.Apply(scores, -1));
    }

    [Fact]
    public void The_alerts_equal_a_direct_check_against_the_trailing_maximum()
    {
        // Given
        var random = new Random(5);
        double[] scores = [.. Enumerable.Range(0, 2000).Select(_ => random.NextDouble() < 0.05 ? double.NaN : Math.Round(random.NextDouble(), 2))];

        // When
        double[] alerts = AlertHold.Apply(scores, rows: 17);

        // Then
        for (int t = 0; t < scores.Length; t++)
        {
            double before = Enumerable.Range(Math.Max(0, t - 17), t - Math.Max(0, t - 17)).Select(i => scores[i]).Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NegativeInfinity).Max();
            double expected = double.IsNaN(scores[t]) || scores[t] <= before ? 0 : scores[t];
            Assert.Equal(expected, alerts[t]);
        }
    }
}
