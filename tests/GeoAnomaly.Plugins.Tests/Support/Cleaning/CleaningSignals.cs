using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Cleaning;

/// <summary>Seeded minute series for the cleaning components: tide-like sinusoids, white and red noise, gaps and steps.</summary>
internal static class CleaningSignals
{
    public static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Periods (hours) and amplitudes of a strain-like tide: M2, S2, K1, O1, N2.</summary>
    private static readonly (double Hours, double Amplitude)[] s_tide =
        [(12.4206012, 40), (12.0, 18), (23.9344697, 22), (25.8193417, 16), (12.6583482, 8)];

    /// <summary>White Gaussian noise of standard deviation <paramref name="sigma"/>.</summary>
    public static double[] White(int length, int seed, double sigma = 1)
    {
        var random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = sigma * Gaussian(random);
        }

        return values;
    }

    /// <summary>A strain-like record: 100 + five tidal sinusoids (M2 40 units) with seeded phases, AR(1) red noise of
    /// stationary σ <paramref name="red"/> and correlation time a day, and white noise <paramref name="white"/>.</summary>
    public static double[] Tidal(int length, int seed, double white = 0.3, double red = 2, double tideScale = 1)
    {
        var random = new Random(seed);
        double[] phases = s_tide.Select(_ => 2 * Math.PI * random.NextDouble()).ToArray();
        double phi = Math.Exp(-1.0 / 1440);
        double innovation = red * Math.Sqrt(1 - (phi * phi));
        double ar = red * Gaussian(random);
        double[] values = new double[length];
        for (int i = 0; i < length; i++)
        {
            ar = (phi * ar) + (innovation * Gaussian(random));
            double tide = 0;
            for (int c = 0; c < s_tide.Length; c++)
            {
                tide += s_tide[c].Amplitude * Math.Cos((2 * Math.PI * i / (60 * s_tide[c].Hours)) + phases[c]);
            }

            values[i] = 100 + (tideScale * tide) + ar + (white * Gaussian(random));
        }

        return values;
    }

    /// <summary>Sets <paramref name="length"/> samples from <paramref name="from"/> to NaN (in place) and returns the array.</summary>
    public static double[] Gap(double[] values, int from, int length)
    {
        Array.Fill(values, double.NaN, from, length);
        return values;
    }

    /// <summary>Adds <paramref name="size"/> to every sample from <paramref name="at"/> on (in place) and returns the array.</summary>
    public static double[] Step(double[] values, int at, double size)
    {
        for (int i = at; i < values.Length; i++)
        {
            values[i] += size;
        }

        return values;
    }

    /// <summary>The values as a minute series from <see cref="Start"/> (or <paramref name="start"/>).</summary>
    public static Series ToSeries(double[] values, DateTimeOffset? start = null) => new(start ?? Start, TimeSpan.FromMinutes(1), values);

    /// <summary>Indices of the non-NaN samples of a sparse output column.</summary>
    public static List<int> Marked(ReadOnlySpan<double> column)
    {
        var marked = new List<int>();
        for (int i = 0; i < column.Length; i++)
        {
            if (!double.IsNaN(column[i]))
            {
                marked.Add(i);
            }
        }

        return marked;
    }

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
