using GeoAnomaly.Host.Catalogs;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Seeded random catalogs with clustering, for invariant tests of declustering.</summary>
internal static class RandomCatalogs
{
    /// <summary>
    /// <paramref name="count"/> events over a year in a 2° box: half background (uniform), half near a few earlier
    /// "parents" (within about 1 km and 3 days); Gutenberg-Richter magnitudes from 2.0 with b = 1, 0.1 bins.
    /// </summary>
    public static EarthquakeCatalog Clustered(int seed, int count)
    {
        var random = new Random(seed);
        var events = new List<Earthquake>();
        double[] m = GutenbergRichter.Complete(random, count, 2.0, 1.0, 0.1);
        for (int i = 0; i < count; i++)
        {
            if (events.Count > 0 && random.NextDouble() < 0.5)
            {
                var parent = events[random.Next(events.Count)];
                events.Add(new Earthquake(
                    parent.Time.AddDays(random.NextDouble() * 3),
                    parent.Latitude + ((random.NextDouble() - 0.5) * 0.02),
                    parent.Longitude + ((random.NextDouble() - 0.5) * 0.02),
                    5 + (random.NextDouble() * 10),
                    m[i]));
            }
            else
            {
                events.Add(new Earthquake(
                    HandQuakes.T0.AddDays(random.NextDouble() * 365),
                    40 + (random.NextDouble() * 2),
                    140 + (random.NextDouble() * 2),
                    5 + (random.NextDouble() * 10),
                    m[i]));
            }
        }

        return new EarthquakeCatalog($"random-{seed}", events);
    }
}
