using GeoAnomaly.Host.Storage;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>Seeded test data.</summary>
public static class Some
{
    /// <summary>One minute.</summary>
    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>A minute series of <paramref name="count"/> samples with NaN gaps and awkward doubles.</summary>
    /// <param name="id">Channel id.</param>
    /// <param name="start">First sample time.</param>
    /// <param name="count">Samples.</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="kind">Channel kind.</param>
    /// <param name="units">Units.</param>
    internal static ChannelSeries Channel(ChannelId id, DateTimeOffset start, int count, int seed, ChannelKind kind = ChannelKind.Deformation, string units = "nstrain")
    {
        var random = new Random(seed);
        double[] values = new double[count];
        double level = random.NextDouble() * 1000;
        double[] awkward = [-0.0, 1e-300, -1e-300, 5e-324, 1.7976931348623157e308, -2.2250738585072014e-308, 0.1, 1.0 / 3, 123456789012345680000.0];
        for (int i = 0; i < count; i++)
        {
            level += random.NextDouble() - 0.5;
            values[i] = random.Next(5000) == 0
                ? awkward[random.Next(awkward.Length)]
                : level + (random.NextDouble() * Math.Pow(10, random.Next(-12, 4)));
        }

        // Gaps: the first samples, 20 runs of up to count/250 samples, the last sample.
        Array.Fill(values, double.NaN, 0, Math.Min(count, 3));
        for (int g = 0; g < 20; g++)
        {
            int at = random.Next(count);
            int length = Math.Min(count - at, random.Next(1, Math.Max(2, count / 250)));
            Array.Fill(values, double.NaN, at, length);
        }

        values[^1] = double.NaN;
        return new ChannelSeries(new ChannelInfo(id, kind, units), new Series(start, Minute, values));
    }

    /// <summary>Number of samples that are not NaN.</summary>
    /// <param name="series">A series.</param>
    internal static int Present(Series series) => series.Count - series.MissingCount();
}
