namespace GeoAnomaly.Plugins.Tests.Support.IsolationForest;

/// <summary>Seeded Gaussian data for the forest's invariants.</summary>
internal static class GaussianCloud
{
    /// <summary><paramref name="count"/> points of <paramref name="dimensions"/> independent standard normal coordinates.</summary>
    /// <param name="count">Number of points.</param>
    /// <param name="dimensions">Coordinates per point.</param>
    /// <param name="seed">Seed; the same seed gives the same points.</param>
    public static double[][] Points(int count, int dimensions, int seed)
    {
        var random = new Random(seed);
        var points = new double[count][];
        for (int i = 0; i < count; i++)
        {
            points[i] = new double[dimensions];
            for (int d = 0; d < dimensions; d++)
            {
                points[i][d] = Normal(random);
            }
        }

        return points;
    }

    /// <summary>The points one after another, as the flat forest takes them.</summary>
    /// <param name="points">Points of equal length.</param>
    public static double[] Flatten(double[][] points) => points.SelectMany(p => p).ToArray();

    /// <summary>A standard normal deviate (Box–Muller).</summary>
    /// <param name="random">The generator.</param>
    public static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
