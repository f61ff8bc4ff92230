using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Tests.Signals;

public sealed class SinusoidTests
{
    [Theory]
    [InlineData(0.0085, 1.3)]
    [InlineData(2.9, -400.0)]
    [InlineData(1e-5, 123456.789)]
    public void Rotating_phasor_matches_direct_cosines_to_1e_12_of_the_amplitude(double omega, double phase0)
    {
        // Given
        double[] fast = new double[100_000];

        // When
        Sinusoid.AddCosine(fast, 3.5, omega, phase0);

        // Then: the naive reference, one cosine per sample; its own argument carries a rounding error of about
        // 2.2e-16 × |argument| radians, which is allowed for on top of 1e-12
        double worst = 0;
        double largest = 0;
        for (int i = 0; i < fast.Length; i++)
        {
            double argument = phase0 + (omega * i);
            largest = Math.Max(largest, Math.Abs(argument));
            worst = Math.Max(worst, Math.Abs(fast[i] - (3.5 * Math.Cos(argument))));
        }

        Assert.True(worst < 3.5 * (1e-12 + (4.4e-16 * largest)), $"worst error {worst}");
    }

    [Fact]
    public void Degrees_reduce_to_radians_in_one_turn()
    {
        // When
        double a = Sinusoid.Radians(3_600_090.0);

        // Then
        Assert.Equal(Math.PI / 2, a, 1e-9);
    }
}
