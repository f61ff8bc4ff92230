using GeoAnomaly.Host.Forecasting;

namespace GeoAnomaly.Host.Tests.Forecasting;

public sealed class NullTestTests
{
    [Fact]
    public void P_counts_the_nulls_at_or_above_the_real_statistic_plus_one_over_K_plus_one()
    {
        // Given: 2 of 5 nulls at or above 0.3 (one tie)
        double[] nulls = [0.1, 0.3, 0.5, -0.2, 0.0];

        // When
        double p = NullTest.PValue(0.3, nulls);

        // Then: (1 + 2) / (1 + 5)
        Assert.Equal(0.5, p, 12);
    }

    [Fact]
    public void A_real_statistic_above_every_null_gets_the_smallest_p_one_over_K_plus_one()
    {
        // Given
        double[] nulls = [.. Enumerable.Range(0, 20).Select(i => i / 100.0)];

        // When
        double p = NullTest.PValue(1, nulls);

        // Then
        Assert.Equal(1.0 / 21, p, 12);
    }

    [Fact]
    public void NaN_nulls_count_against_the_real_statistic_and_a_NaN_real_gives_one()
    {
        // Given
        double[] nulls = [double.NaN, 0.1, 0.2];

        // When
        double p = NullTest.PValue(0.5, nulls);
        double pNaN = NullTest.PValue(double.NaN, nulls);

        // Then
        Assert.Equal(0.5, p, 12); // (1 + 1) / (1 + 3)
        Assert.Equal(1, pNaN);
    }

    [Fact]
    public void The_statistic_is_the_difference_of_the_two_AUCs_and_the_lines_carry_p_and_the_real_value()
    {
        // Given: 'both' ranks the two events first (AUC 1), 'seismicity' ranks them last (AUC 0)
        bool[] labels = [true, true, false, false];
        double[] both = [0.9, 0.8, 0.2, 0.1];
        double[] seismicity = [0.1, 0.2, 0.8, 0.9];

        // When
        double statistic = NullTest.Statistic(both, seismicity, labels);
        var lines = NullTest.Lines([new NullTestResult("m", statistic, [0.0, 2.0])]).ToList();

        // Then
        Assert.Equal(1, statistic, 12);
        Assert.Equal(["null_test_p", "null_statistic_real"], lines.Select(l => l.Metric));
        Assert.Equal(2.0 / 3, lines[0].Value, 12);
        Assert.Equal(1, lines[1].Value, 12);
        Assert.All(lines, l => Assert.Equal("m", l.Forecast));
    }
}
