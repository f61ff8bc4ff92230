namespace GeoAnomaly.Sdk.Tests;

public sealed class Xoshiro256StarStarTests
{
    [Fact]
    public void Transcription_reproduces_the_published_xoshiro256_starstar_and_SplitMix64_vectors()
    {
        // Given: the reference outputs from state (1, 2, 3, 4), as listed by rust-random/rngs rand_xoshiro (produced
        // with Blackman and Vigna's reference C code), and SplitMix64's first four outputs from state 0
        ulong[] expected = [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600,
            16172922978634559625, 8476171486693032832, 10595114339597558777, 2904607092377533576];
        var fromState = Xoshiro256StarStar.FromState(1, 2, 3, 4);
        ulong splitMixState = 0;

        // When
        ulong[] outputs = [.. expected.Select(_ => fromState.NextUInt64())];
        ulong[] splitMix = [.. Enumerable.Range(0, 4).Select(_ => Xoshiro256StarStar.SplitMix64(ref splitMixState))];

        // Then
        Assert.Equal(expected, outputs);
        Assert.Equal([0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F, 0xF88BB8A8724C81EC], splitMix);
    }

    [Fact]
    public void Bounded_draws_are_uniform_and_doubles_lie_in_the_unit_interval()
    {
        // Given
        var random = new Xoshiro256StarStar(42);
        int[] counts = new int[7];
        const int Draws = 70_000;

        // When
        double min = 1;
        double max = 0;
        for (int i = 0; i < Draws; i++)
        {
            counts[random.NextBelow(7)]++;
            double u = random.NextDouble();
            min = Math.Min(min, u);
            max = Math.Max(max, u);
        }

        // Then: each of 7 cells within 5 standard deviations of 10,000; doubles in [0, 1)
        double sd = Math.Sqrt(Draws * (1.0 / 7) * (6.0 / 7));
        Assert.All(counts, c => Assert.InRange(c, 10_000 - (5 * sd), 10_000 + (5 * sd)));
        Assert.InRange(min, 0, 0.001);
        Assert.InRange(max, 0.999, Math.BitDecrement(1.0));
    }

    [Fact]
    public void Fit_seeds_differ_by_time_index_and_by_seed()
    {
        // Given / When
        ulong a = Xoshiro256StarStar.Combine(0, 1440);
        ulong b = Xoshiro256StarStar.Combine(0, 2880);
        ulong c = Xoshiro256StarStar.Combine(1, 1440);

        // Then
        Assert.Equal(a, Xoshiro256StarStar.Combine(0, 1440));
        Assert.NotEqual(a, b);
        Assert.NotEqual(a, c);
    }
}
