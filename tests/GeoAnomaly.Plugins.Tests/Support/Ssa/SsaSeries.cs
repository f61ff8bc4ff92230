using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Ssa;

/// <summary>Seeded minute series for the SSA detector: white noise on a daily cycle, with one change at an onset.</summary>
internal static class SsaSeries
{
    public static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Noise of standard deviation <paramref name="sigma"/> on a daily cycle of amplitude 3 sigma (a tide-like signal).</summary>
    public static double[] Quiet(int length, int seed, double sigma = 1)
    {
        var random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = (3 * sigma * Math.Sin(2 * Math.PI * i / 1440.0)) + (sigma * Gaussian(random));
        }

        return values;
    }

    /// <summary>Adds <paramref name="size"/> from <paramref name="onset"/> on.</summary>
    public static double[] LevelShift(double[] values, int onset, double size) =>
        values.Select((v, i) => i >= onset ? v + size : v).ToArray();

    /// <summary>Adds a ramp of <paramref name="slope"/> per sample from <paramref name="onset"/> on.</summary>
    public static double[] TrendChange(double[] values, int onset, double slope) =>
        values.Select((v, i) => i >= onset ? v + (slope * (i - onset)) : v).ToArray();

    /// <summary>Multiplies the noise (the departure from the daily cycle) by <paramref name="factor"/> from <paramref name="onset"/> on.</summary>
    public static double[] VarianceChange(double[] values, int onset, double factor, double sigma = 1) =>
        values.Select((v, i) =>
        {
            double cycle = 3 * sigma * Math.Sin(2 * Math.PI * i / 1440.0);
            return i >= onset ? cycle + (factor * (v - cycle)) : v;
        }).ToArray();

    /// <summary>The values as a minute series from <see cref="Start"/> (or <paramref name="start"/>).</summary>
    public static Series ToSeries(double[] values, DateTimeOffset? start = null) => new(start ?? Start, TimeSpan.FromMinutes(1), values);

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
