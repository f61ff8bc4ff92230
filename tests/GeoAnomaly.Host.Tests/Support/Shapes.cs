using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Seeded Gaussian noise (σ = 1 unless stated) with one anomaly shape starting at <c>at</c>, on a minute grid.</summary>
internal static class Shapes
{
    public static double[] Noise(int length, int seed, double sigma = 1)
    {
        var random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = sigma * Gaussian(random);
        }

        return values;
    }

    /// <summary>Noise with <paramref name="width"/> samples raised by <paramref name="height"/> at <paramref name="at"/>.</summary>
    public static Series Spike(int length, int at, double height, int seed, int width = 1)
    {
        double[] v = Noise(length, seed);
        for (int i = at; i < at + width; i++)
        {
            v[i] += height;
        }

        return Of(v);
    }

    /// <summary>Noise whose level rises by <paramref name="shift"/> from <paramref name="at"/> on.</summary>
    public static Series LevelShift(int length, int at, double shift, int seed)
    {
        double[] v = Noise(length, seed);
        for (int i = at; i < length; i++)
        {
            v[i] += shift;
        }

        return Of(v);
    }

    /// <summary>Noise that starts a ramp of <paramref name="slope"/> per sample at <paramref name="at"/>.</summary>
    public static Series TrendChange(int length, int at, double slope, int seed)
    {
        double[] v = Noise(length, seed);
        for (int i = at; i < length; i++)
        {
            v[i] += slope * (i - at);
        }

        return Of(v);
    }

    /// <summary>Noise whose standard deviation becomes <paramref name="factor"/> from <paramref name="at"/> on.</summary>
    public static Series VarianceChange(int length, int at, double factor, int seed)
    {
        double[] v = Noise(length, seed);
        for (int i = at; i < length; i++)
        {
            v[i] *= factor;
        }

        return Of(v);
    }

    public static Series Of(double[] values) => new(Some.Start, Some.Minute, values);

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
