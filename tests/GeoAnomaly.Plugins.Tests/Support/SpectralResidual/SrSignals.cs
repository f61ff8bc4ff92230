namespace GeoAnomaly.Plugins.Tests.Support.SpectralResidual;

/// <summary>Seeded test series for the spectral residual tests.</summary>
internal static class SrSignals
{
    public static DateTimeOffset Start { get; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Gaussian noise with standard deviation <paramref name="sigma"/> around <paramref name="level"/>.</summary>
    public static double[] Noise(int length, int seed, double sigma = 1, double level = 0)
    {
        var random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = level + (sigma * Gaussian(random));
        }

        return values;
    }

    /// <summary>A smooth signal: <paramref name="level"/> plus a sine of <paramref name="amplitude"/> and period <paramref name="period"/>.</summary>
    public static double[] Sine(int length, double period, double amplitude = 1, double level = 0) =>
        Enumerable.Range(0, length).Select(i => level + (amplitude * Math.Sin(2 * Math.PI * i / period))).ToArray();

    /// <summary>Element-wise sum.</summary>
    public static double[] Plus(double[] a, double[] b) => a.Zip(b, (x, y) => x + y).ToArray();

    /// <summary>A copy with NaN over <c>[from, from + count)</c>.</summary>
    public static double[] WithGap(double[] values, int from, int count)
    {
        double[] copy = (double[])values.Clone();
        copy.AsSpan(from, count).Fill(double.NaN);
        return copy;
    }

    /// <summary>Index of the largest non-NaN value.</summary>
    public static int ArgMax(ReadOnlySpan<double> values)
    {
        int best = -1;
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]) && (best < 0 || values[i] > values[best]))
            {
                best = i;
            }
        }

        return best;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
