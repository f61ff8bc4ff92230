using GeoAnomaly.Host.Forecasting.Metrics;

namespace GeoAnomaly.Host.Tests.Forecasting.Metrics;

public sealed class MolchanRandomTests
{
    [Fact]
    public void The_miss_rate_band_is_the_binomial_quantiles_over_N()
    {
        // Given N = 10, τ = ½: misses ~ Binomial(10, ½), CDF F(1) = 11/1024 = 0.011, F(2) = 56/1024 = 0.055,
        // F(7) = 968/1024 = 0.945, F(8) = 1013/1024 = 0.989; so the 2.5% quantile is 2 and the 97.5% is 8
        // When
        var band = MolchanRandom.MissRateBand(10, 0.5, 0.05);

        // Then
        Assert.Equal(new Interval(0.2, 0.8), band);
        Assert.Equal(new Interval(1, 1), MolchanRandom.MissRateBand(10, 0, 0.05));
        Assert.Equal(new Interval(0, 0), MolchanRandom.MissRateBand(10, 1, 0.05));
    }

    [Fact]
    public void The_ASS_interval_is_one_half_plus_or_minus_z_times_the_square_root_of_one_over_12N()
    {
        // Given N = 12: sd = √(1/144) = 1/12; z(0.975) = 1.959964
        // When
        var interval = MolchanRandom.AreaSkillInterval(12, 0.05);

        // Then
        Assert.Equal(0.5 - (1.959964 / 12), interval.Lower, 1e-6);
        Assert.Equal(0.5 + (1.959964 / 12), interval.Upper, 1e-6);
    }

    [Fact]
    public void The_ASS_p_value_is_one_half_at_one_half_and_small_far_above()
    {
        // Given N = 12, sd = 1/12; ASS = 0.5 + 1.959964/12 sits at z = 1.96, one-sided p = 0.025
        // When
        double atHalf = MolchanRandom.AreaSkillPValue(0.5, 12);
        double atEdge = MolchanRandom.AreaSkillPValue(0.5 + (1.959964 / 12), 12);

        // Then
        Assert.Equal(0.5, atHalf, 1e-7);
        Assert.Equal(0.025, atEdge, 1e-6);
    }
}
