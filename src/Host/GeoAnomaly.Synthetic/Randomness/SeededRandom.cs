using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic.Randomness;

/// <summary>A small, fully specified pseudo-random generator (xoshiro256**), so a seed gives the same numbers on every runtime.</summary>
/// <remarks>
/// <para>
/// <see cref="System.Random"/> does not promise the same sequence across .NET versions, and the generator must be
/// bitwise reproducible (same seed, same network), so the algorithm is fully specified: the SDK's
/// <see cref="Xoshiro256StarStar"/> (Blackman and Vigna 2018), state seeded with SplitMix64 as its authors recommend. Each random
/// purpose (station layout, a channel's noise, its gaps, its anomalies...) gets its own stream from
/// <see cref="For(long, RandomStream, int, int)"/>, so switching one part off (for example anomalies) leaves every
/// other number unchanged. Normal deviates use the ziggurat (<see cref="Ziggurat"/>).
/// </para>
/// <para>Not thread-safe; each generation step creates its own instance.</para>
/// </remarks>
internal sealed class SeededRandom
{
    private Xoshiro256StarStar _core;

    /// <summary>Creates a generator whose state is expanded from <paramref name="seed"/> with SplitMix64.</summary>
    /// <param name="seed">Any 64-bit value.</param>
    public SeededRandom(ulong seed) => _core = new Xoshiro256StarStar(seed);

    /// <summary>A generator for one purpose, station and channel type, independent of every other stream.</summary>
    /// <param name="seed">The network seed.</param>
    /// <param name="stream">What the numbers are for.</param>
    /// <param name="station">Station index, or -1 for network-wide streams.</param>
    /// <param name="channel">Channel type ordinal, or -1 for station-wide streams.</param>
    public static SeededRandom For(long seed, RandomStream stream, int station = -1, int channel = -1)
    {
        ulong h = Mix(unchecked((ulong)seed) ^ 0x243F6A8885A308D3UL);
        h = Mix(h ^ (ulong)(uint)stream);
        h = Mix(h ^ unchecked((ulong)(long)station));
        h = Mix(h ^ unchecked((ulong)(long)channel));
        return new SeededRandom(h);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64() => _core.NextUInt64();

    /// <summary>Uniform in [0, 1), 53 bits of resolution.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    /// <param name="low">Lower bound.</param>
    /// <param name="high">Upper bound.</param>
    public double Uniform(double low, double high) => low + ((high - low) * NextDouble());

    /// <summary>Log-uniform in [<paramref name="low"/>, <paramref name="high"/>), both positive: every decade equally likely.</summary>
    /// <param name="low">Lower bound, positive.</param>
    /// <param name="high">Upper bound.</param>
    public double LogUniform(double low, double high) => Math.Exp(Uniform(Math.Log(low), Math.Log(high)));

    /// <summary>Uniform integer in [0, <paramref name="count"/>).</summary>
    /// <param name="count">Number of outcomes, positive.</param>
    public int Next(int count) => (int)(NextDouble() * count);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    /// <param name="probability">0..1.</param>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>-1 or +1 with equal probability.</summary>
    public double Sign() => NextDouble() < 0.5 ? -1.0 : 1.0;

    /// <summary>Standard normal deviate, by the ziggurat method (see <see cref="Ziggurat"/>).</summary>
    public double Normal()
    {
        while (true)
        {
            ulong bits = NextUInt64();
            int layer = (int)(bits & Ziggurat.LayerMask);
            int hz = (int)(bits >> 32);
            if (Math.Abs((long)hz) < Ziggurat.K[layer])
            {
                return hz * Ziggurat.W[layer];
            }

            double x = hz * Ziggurat.W[layer];
            if (layer == 0)
            {
                // The tail beyond R, by Marsaglia's (1964) method.
                double tx;
                double ty;
                do
                {
                    tx = -Math.Log(1 - NextDouble()) / Ziggurat.R;
                    ty = -Math.Log(1 - NextDouble());
                }
                while (ty + ty < tx * tx);

                return hz > 0 ? Ziggurat.R + tx : -Ziggurat.R - tx;
            }

            if (Ziggurat.F[layer] + (NextDouble() * (Ziggurat.F[layer - 1] - Ziggurat.F[layer])) < Math.Exp(-0.5 * x * x))
            {
                return x;
            }
        }
    }

    /// <summary>Log-normal deviate with the given median and standard deviation of the logarithm.</summary>
    /// <param name="median">Median, positive.</param>
    /// <param name="logSigma">Standard deviation of ln(x).</param>
    public double LogNormal(double median, double logSigma) => median * Math.Exp(logSigma * Normal());

    /// <summary>Poisson deviate with mean <paramref name="mean"/> (Knuth's product method below 30, rounded normal above).</summary>
    /// <param name="mean">Expected count, non-negative.</param>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal())));
        }

        double limit = Math.Exp(-mean);
        double product = NextDouble();
        int count = 0;
        while (product > limit)
        {
            product *= NextDouble();
            count++;
        }

        return count;
    }

    /// <summary>SplitMix64's output function (a bijective mixer) without the increment.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
