using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Tests.Signals;

public sealed class WellResponseTests
{
    [Fact]
    public void A_pressure_step_lowers_the_level_by_BE_at_once_then_relaxes_to_the_long_term_efficiency()
    {
        // Given: 1000 hPa (the reference), then +10 hPa from sample 100; BE 0.6 relaxing to 0.15 with τ = 60 steps
        var response = new BarometricResponse(0.6, 0.15, TimeSpan.FromHours(1));
        double[] pressure = [.. Enumerable.Range(0, 2000).Select(i => i < 100 ? 1000.0 : 1010.0)];
        double[] level = new double[pressure.Length];

        // When
        WellResponse.AddTo(level, pressure, 1000, response, TimeSpan.FromMinutes(1));

        // Then: the lag filter after the step is L = Δp·(1 − (1 − α)^(i − 99)), α = 1 − exp(−1/60), in closed form
        const double K = BarometricResponse.MetresPerHectopascal;
        double alpha = 1 - Math.Exp(-1.0 / 60);
        Assert.Equal(0, level[99]);
        foreach (int i in new[] { 100, 101, 159, 700, 1999 })
        {
            double lag = 10 * (1 - Math.Pow(1 - alpha, i - 99));
            Assert.Equal(-K * ((0.6 * 10) + ((0.15 - 0.6) * lag)), level[i], 1e-12);
        }

        Assert.Equal(-K * 0.15 * 10, level[^1], 1e-9);
        Assert.Equal(0.0101972, K, 1e-7);
    }
}
