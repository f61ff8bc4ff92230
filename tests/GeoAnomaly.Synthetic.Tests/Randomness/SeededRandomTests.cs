using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Tests.Randomness;

public sealed class SeededRandomTests
{
    [Fact]
    public void Same_seed_and_stream_give_the_same_numbers_and_other_streams_differ()
    {
        // Given
        var a = SeededRandom.For(42, RandomStream.Noise, 3, 1);
        var b = SeededRandom.For(42, RandomStream.Noise, 3, 1);
        var otherChannel = SeededRandom.For(42, RandomStream.Noise, 3, 2);
        var otherPurpose = SeededRandom.For(42, RandomStream.Gaps, 3, 1);

        // When
        ulong[] first = [.. Enumerable.Range(0, 100).Select(_ => a.NextUInt64())];
        ulong[] second = [.. Enumerable.Range(0, 100).Select(_ => b.NextUInt64())];
        ulong[] third = [.. Enumerable.Range(0, 100).Select(_ => otherChannel.NextUInt64())];
        ulong[] fourth = [.. Enumerable.Range(0, 100).Select(_ => otherPurpose.NextUInt64())];

        // Then
        Assert.Equal(first, second);
        Assert.Empty(first.Intersect(third));
        Assert.Empty(first.Intersect(fourth));
    }

    [Fact]
    public void Normal_deviates_have_zero_mean_unit_variance_and_gaussian_tails()
    {
        // Given
        var random = new SeededRandom(7);
        const int N = 200_000;

        // When
        double[] z = [.. Enumerable.Range(0, N).Select(_ => random.Normal())];

        // Then: mean within 5 standard errors, variance within 5 %, P(|z| > 2) near 4.55 %
        double mean = z.Average();
        double variance = z.Sum(v => (v - mean) * (v - mean)) / (N - 1);
        Assert.InRange(mean, -5 / Math.Sqrt(N), 5 / Math.Sqrt(N));
        Assert.InRange(variance, 0.95, 1.05);
        Assert.InRange(z.Count(v => Math.Abs(v) > 2) / (double)N, 0.040, 0.051);
        Assert.InRange(z.Count(v => Math.Abs(v) > 3.6), 40, 90); // beyond the ziggurat's base layer (R = 3.44): 2·Φ(−3.6)·N ≈ 64
        Assert.InRange(z.Count(v => v > 0) / (double)N, 0.495, 0.505);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(4.0)]
    [InlineData(80.0)]
    public void Poisson_counts_have_the_requested_mean_and_variance(double mean)
    {
        // Given
        var random = new SeededRandom(11);
        const int N = 50_000;

        // When
        int[] counts = [.. Enumerable.Range(0, N).Select(_ => random.Poisson(mean))];

        // Then
        double m = counts.Average();
        double v = counts.Sum(c => (c - m) * (c - m)) / (N - 1);
        Assert.InRange(m, mean - (5 * Math.Sqrt(mean / N)), mean + (5 * Math.Sqrt(mean / N)));
        Assert.InRange(v / mean, 0.9, 1.1);
    }

    [Fact]
    public void Uniform_and_integer_draws_stay_in_their_ranges()
    {
        // Given
        var random = new SeededRandom(3);

        // When
        double[] u = [.. Enumerable.Range(0, 10_000).Select(_ => random.Uniform(-2, 5))];
        int[] k = [.. Enumerable.Range(0, 10_000).Select(_ => random.Next(7))];
        double[] log = [.. Enumerable.Range(0, 10_000).Select(_ => random.LogUniform(40, 400))];

        // Then
        Assert.All(u, x => Assert.InRange(x, -2, 5));
        Assert.Equal(Enumerable.Range(0, 7), k.Distinct().Order());
        Assert.All(log, x => Assert.InRange(x, 40, 400));
        Assert.InRange(log.Count(x => x < Math.Sqrt(40 * 400)) / 10_000.0, 0.47, 0.53);
    }
}
