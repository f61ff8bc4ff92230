namespace GeoAnomaly.Sdk.Testing;

/// <summary>Seeded test signals: a daily cycle, red and white noise and a few spikes, optionally with NaN gaps.</summary>
public static class TestSignals
{
    /// <summary>A minute-like signal of <paramref name="length"/> samples.</summary>
    /// <param name="length">Number of samples.</param>
    /// <param name="seed">Random seed; the same seed gives the same values.</param>
    /// <param name="step">Sampling step (sets the start time only; the cycle is 1,440 samples).</param>
    public static Series Signal(int length, int seed, TimeSpan step)
    {
        var random = new Random(seed);
        double[] values = new double[length];
        double red = 0;
        for (int i = 0; i < length; i++)
        {
            red = (0.98 * red) + (0.2 * Gaussian(random));
            values[i] = (10 * Math.Sin(2 * Math.PI * i / 1440.0)) + red + (0.5 * Gaussian(random));
            if (random.NextDouble() < 0.001)
            {
                values[i] += 15 * (random.NextDouble() < 0.5 ? -1 : 1);
            }
        }

        return new Series(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), step, values);
    }

    /// <summary>The same signal with gaps: an isolated missing sample, a run of 50 and a run of <paramref name="longGap"/>.</summary>
    /// <param name="length">Number of samples.</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="step">Sampling step.</param>
    /// <param name="longGap">Length of the long gap.</param>
    public static Series WithGaps(int length, int seed, TimeSpan step, int longGap)
    {
        var series = Signal(length, seed, step);
        double[] values = series.Values.ToArray();
        Blank(values, length / 10, 1);
        Blank(values, length / 4, 50);
        Blank(values, length / 2, longGap);
        return new Series(series.Start, step, values);
    }

    /// <summary>The last index of any NaN sample, or -1.</summary>
    /// <param name="values">Samples.</param>
    public static int LastGap(ReadOnlySpan<double> values)
    {
        for (int i = values.Length - 1; i >= 0; i--)
        {
            if (double.IsNaN(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Blank(double[] values, int from, int count)
    {
        for (int i = from; i < Math.Min(values.Length, from + count); i++)
        {
            values[i] = double.NaN;
        }
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
