using System.Numerics;

namespace GeoAnomaly.Sdk;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna 2018, <c>https://prng.di.unimi.it/</c>), seeded through SplitMix64: a small,
/// fully specified generator for components that draw at random (and for the synthetic network), so a seed gives the
/// same numbers on every runtime and machine. <see cref="Random"/> does not promise its sequence across .NET versions,
/// and the conformance suite checks that a component is deterministic.
/// </summary>
/// <remarks>A mutable value type: pass it by <c>ref</c>, or keep it in a field, so draws advance one state. Not thread-safe.</remarks>
public struct Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the four words of state with four SplitMix64 outputs from <paramref name="seed"/>.</summary>
    /// <param name="seed">Any 64-bit seed.</param>
    public Xoshiro256StarStar(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>A generator in a given state (for checking the transcription against published vectors).</summary>
    /// <param name="s0">State word 0.</param>
    /// <param name="s1">State word 1.</param>
    /// <param name="s2">State word 2.</param>
    /// <param name="s3">State word 3.</param>
    public static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3) =>
        new() { _s0 = s0, _s1 = s1, _s2 = s2, _s3 = s3 };

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="bound"/>) without modulo bias (Lemire's multiply-and-reject).</summary>
    /// <param name="bound">Exclusive upper bound, positive.</param>
    public int NextBelow(int bound)
    {
        ulong range = (ulong)bound;
        ulong high = Math.BigMul(NextUInt64(), range, out ulong low);
        if (low < range)
        {
            ulong threshold = (0UL - range) % range;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (int)high;
    }

    /// <summary>One SplitMix64 step (Steele, Lea &amp; Flood 2014): advances <paramref name="x"/> and returns a mixed word.</summary>
    /// <param name="x">The SplitMix64 state.</param>
    public static ulong SplitMix64(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        ulong z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// Mixes a seed and an index into one well-spread 64-bit seed (two SplitMix64 rounds): for example a detector's
    /// seed and the time index of a refit, so that every refit draws afresh yet reproducibly.
    /// </summary>
    /// <param name="seed">The component's seed (<see cref="ComponentStart"/>).</param>
    /// <param name="timeIndex">An index, such as whole steps since the Unix epoch of the sample at which a fit happens.</param>
    public static ulong Combine(long seed, long timeIndex)
    {
        ulong x = (ulong)seed;
        ulong a = SplitMix64(ref x);
        ulong y = a ^ (ulong)timeIndex;
        return SplitMix64(ref y);
    }
}
