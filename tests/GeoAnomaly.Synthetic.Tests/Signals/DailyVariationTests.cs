using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Tests.Signals;

public sealed class DailyVariationTests
{
    [Fact]
    public void Harmonic_coefficients_equal_a_numerical_integral_of_the_daytime_pulse()
    {
        // Given: p(x) = cos(πx/10) for |x| ≤ 5 h, else 0; c_n = (1/12)∫ p(x) cos(nπx/12) dx by the midpoint rule
        const int Steps = 200_000;
        double[] reference = new double[4];
        for (int n = 1; n <= 4; n++)
        {
            double sum = 0;
            for (int k = 0; k < Steps; k++)
            {
                double x = -5 + ((k + 0.5) * 10.0 / Steps);
                sum += Math.Cos(Math.PI * x / 10) * Math.Cos(n * Math.PI * x / 12) * (10.0 / Steps);
            }

            reference[n - 1] = sum / 12;
        }

        // When
        var closedForm = DailyVariation.HarmonicCoefficients;

        // Then
        for (int n = 0; n < 4; n++)
        {
            Assert.Equal(reference[n], closedForm[n], 1e-8);
        }

        Assert.All(closedForm, c => Assert.NotEqual(0, c, 1e-3));
    }

    [Fact]
    public void Pulse_has_unit_range_and_peaks_at_noon_and_swing_is_antisymmetric_about_noon()
    {
        // When
        double[] pulse = [.. Enumerable.Range(0, 1440).Select(m => DailyVariation.Shape(m / 60.0, swing: false))];
        double[] swing = [.. Enumerable.Range(0, 1440).Select(m => DailyVariation.Shape(m / 60.0, swing: true))];

        // Then
        Assert.Equal(1, pulse.Max() - pulse.Min(), 1e-9);
        Assert.Equal(1, swing.Max() - swing.Min(), 1e-9);
        Assert.Equal(720, Array.IndexOf(pulse, pulse.Max()));
        Assert.All(Enumerable.Range(1, 600), m => Assert.Equal(-swing[720 + m], swing[720 - m], 1e-12));
    }

    [Fact]
    public void Added_variation_follows_local_time_and_the_day_factors()
    {
        // Given: a station at 90° E (local = UT + 6 h), factor 1 then 2
        var axis = new TimeAxis(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(1), 3 * 1440);
        double[] buffer = new double[axis.Count];
        double[] factors = [1, 1, 2, 2, 2, 2, 2];

        // When
        DailyVariation.AddTo(buffer, axis, 90, 30, swing: false, factors, 0);

        // Then: local noon of day 0 is 06:00 UT, where factor 1 applies; local noon of day 1 is 30:00 UT, factor 2
        Assert.Equal(30 * DailyVariation.Shape(12, false), buffer[6 * 60], 1e-9);
        Assert.Equal(60 * DailyVariation.Shape(12, false), buffer[30 * 60], 1e-9);
    }
}
