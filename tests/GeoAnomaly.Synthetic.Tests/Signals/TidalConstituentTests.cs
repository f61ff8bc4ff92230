using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Tests.Signals;

public sealed class TidalConstituentTests
{
    [Theory]
    [InlineData("M2", 12.4206012)]
    [InlineData("S2", 12.0)]
    [InlineData("N2", 12.6583482)]
    [InlineData("O1", 25.8193417)]
    [InlineData("P1", 24.0658902)]
    [InlineData("K1", 23.9344697)]
    public void Periods_follow_from_the_Doodson_speeds(string name, double hours)
    {
        // When
        var constituent = TidalConstituent.Named(name);

        // Then
        Assert.Equal(hours, constituent.PeriodHours, 1e-6);
    }

    [Fact]
    public void Speeds_are_sums_of_the_fundamental_astronomical_rates()
    {
        // Given: mean rates in degrees per mean solar hour (Schureman 1958): Sun h, Moon s, lunar perigee p
        const double H = 0.0410686;
        const double S = 0.5490165;
        const double P = 0.0046418;
        double tau = 15 + H - S;

        // When / Then: M2 = 2τ, S2 = 30, N2 = 2τ − s + p, K1 = τ + s (the sidereal rate), O1 = τ − s, P1 = τ + s − 2h
        Assert.Equal(2 * tau, TidalConstituent.Named("M2").SpeedDegreesPerHour, 1e-6);
        Assert.Equal(30.0, TidalConstituent.Named("S2").SpeedDegreesPerHour, 1e-9);
        Assert.Equal((2 * tau) - S + P, TidalConstituent.Named("N2").SpeedDegreesPerHour, 1e-6);
        Assert.Equal(tau + S, TidalConstituent.Named("K1").SpeedDegreesPerHour, 1e-6);
        Assert.Equal(tau - S, TidalConstituent.Named("O1").SpeedDegreesPerHour, 1e-6);
        Assert.Equal(tau + S - (2 * H), TidalConstituent.Named("P1").SpeedDegreesPerHour, 1e-6);
    }

    [Fact]
    public void M2_is_the_largest_and_ratios_are_the_equilibrium_ones()
    {
        // When
        var all = TidalConstituent.Principal;

        // Then
        Assert.Equal("M2", all[0].Name);
        Assert.All(all.Skip(1), c => Assert.True(c.RelativeAmplitude < 0.6, c.Name));
        Assert.Equal(0.466, TidalConstituent.Named("S2").RelativeAmplitude, 0.001);
        Assert.Equal(0.584, TidalConstituent.Named("K1").RelativeAmplitude, 0.001);
        Assert.Equal(0.415, TidalConstituent.Named("O1").RelativeAmplitude, 0.001);
        Assert.All(all, c => Assert.Equal(c.SpeedDegreesPerHour < 20 ? 1 : 2, c.Species));
    }
}
