using GeoAnomaly.Sdk;

namespace GeoAnomaly.Benchmarks.Preprocessors;

/// <summary>The month of minute data the cleaning benchmarks run on: a strain-like record (five tidal sinusoids, M2 of
/// 40 units; AR(1) red noise of σ 2 with a day's correlation; white noise 0.3), 20 gaps of 5 to 60 samples, a 12-unit
/// spike every 997 samples and steps of +25 and -30 on days 10 and 20.</summary>
internal static class CleaningSeries
{
    /// <summary>30 days of minute samples.</summary>
    public const int Month = 30 * 1440;

    public static Series Create()
    {
        var random = new Random(20240301);
        (double Hours, double Amplitude)[] tides = [(12.4206012, 40), (12.0, 18), (23.9344697, 22), (25.8193417, 16), (12.6583482, 8)];
        double phi = Math.Exp(-1.0 / 1440);
        double red = 0;
        double[] values = new double[Month];
        for (int i = 0; i < Month; i++)
        {
            red = (phi * red) + (2 * Math.Sqrt(1 - (phi * phi)) * Normal(random));
            double tide = 0;
            foreach (var (hours, amplitude) in tides)
            {
                tide += amplitude * Math.Cos(2 * Math.PI * i / (60 * hours));
            }

            values[i] = 100 + tide + red + (0.3 * Normal(random)) + (i % 997 == 500 ? 12 : 0) + (i >= 14_400 ? 25 : 0) + (i >= 28_800 ? -30 : 0);
        }

        for (int g = 0; g < 20; g++)
        {
            Array.Fill(values, double.NaN, 1000 + (g * 2100), 5 + random.Next(56));
        }

        return new Series(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(1), values);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
