using GeoAnomaly.Synthetic.Randomness;
using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Tests.Signals;

public sealed class NoiseTests
{
    [Fact]
    public void Red_noise_has_the_stationary_deviation_and_lag_one_correlation_of_its_AR1_model()
    {
        // Given: correlation time 10 steps, so φ = exp(−0.1)
        double[] x = new double[400_000];

        // When
        Noise.AddRed(x, 2.0, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1), new SeededRandom(5));

        // Then
        double mean = x.Average();
        double variance = x.Sum(v => (v - mean) * (v - mean)) / x.Length;
        double lag1 = Enumerable.Range(1, x.Length - 1).Sum(i => (x[i] - mean) * (x[i - 1] - mean)) / x.Length / variance;
        Assert.Equal(2.0, Math.Sqrt(variance), 0.05);
        Assert.Equal(Math.Exp(-0.1), lag1, 0.01);
    }

    [Fact]
    public void Zero_sigma_draws_nothing_and_leaves_the_buffer_alone()
    {
        // Given
        double[] x = [1, 2, 3];
        var random = new SeededRandom(1);
        var reference = new SeededRandom(1);

        // When
        Noise.AddWhite(x, 0, random);
        Noise.AddRed(x, 0, TimeSpan.FromHours(1), TimeSpan.FromMinutes(1), random);

        // Then
        Assert.Equal([1.0, 2, 3], x);
        Assert.Equal(reference.NextUInt64(), random.NextUInt64());
    }
}
