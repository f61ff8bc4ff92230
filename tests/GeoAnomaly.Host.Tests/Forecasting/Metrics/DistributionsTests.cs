using GeoAnomaly.Host.Forecasting.Metrics;

namespace GeoAnomaly.Host.Tests.Forecasting.Metrics;

public sealed class DistributionsTests
{
    [Theory]
    [InlineData(-3.0)]
    [InlineData(-0.4)]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(12.7)]
    public void Student_t_matches_its_closed_forms_for_one_and_two_degrees_of_freedom(double t)
    {
        // Given ν = 1 (Cauchy): F(t) = ½ + atan(t)/π;  ν = 2: F(t) = ½ + t/(2√(2 + t²))
        // When
        double one = Distributions.StudentTCdf(t, 1);
        double two = Distributions.StudentTCdf(t, 2);

        // Then
        Assert.Equal(0.5 + (Math.Atan(t) / Math.PI), one, 1e-12);
        Assert.Equal(0.5 + (t / (2 * Math.Sqrt(2 + (t * t)))), two, 1e-12);
    }

    [Fact]
    public void The_t_quantile_inverts_the_CDF_and_the_two_sided_p_value_is_twice_the_tail()
    {
        // Given ν = 10, p = 0.975 (the table value is 2.228139)
        // When
        double q = Distributions.StudentTQuantile(0.975, 10);

        // Then
        Assert.Equal(2.228139, q, 1e-6);
        Assert.Equal(0.975, Distributions.StudentTCdf(q, 10), 1e-10);
        Assert.Equal(0.05, Distributions.StudentTTwoSided(q, 10), 1e-10);
    }

    [Fact]
    public void Normal_CDF_and_quantile_match_known_values()
    {
        // Given Φ(0) = ½, Φ(1.959963985) = 0.975, Φ(−1) = 0.158655254
        // When / Then
        Assert.Equal(0.5, Distributions.NormalCdf(0), 1e-7);
        Assert.Equal(0.975, Distributions.NormalCdf(1.959963985), 1e-7);
        Assert.Equal(0.158655254, Distributions.NormalCdf(-1), 1e-7);
        Assert.Equal(1.959963985, Distributions.NormalQuantile(0.975), 1e-5);
    }

    [Fact]
    public void Log_gamma_matches_factorials_and_the_square_root_of_pi()
    {
        // Given Γ(5) = 4! = 24, Γ(½) = √π, Γ(0.1) = 9.513507699
        // When / Then
        Assert.Equal(Math.Log(24), Distributions.LogGamma(5), 1e-12);
        Assert.Equal(Math.Log(Math.Sqrt(Math.PI)), Distributions.LogGamma(0.5), 1e-12);
        Assert.Equal(Math.Log(9.513507699), Distributions.LogGamma(0.1), 1e-9);
    }
}
