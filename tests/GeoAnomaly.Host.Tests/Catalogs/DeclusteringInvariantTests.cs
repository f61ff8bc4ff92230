using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs;

/// <summary>Properties both declustering methods must have, on seeded random clustered catalogs.</summary>
public sealed class DeclusteringInvariantTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_cluster_has_one_mainshock_its_largest_event_and_counts_add_up(int seed)
    {
        // Given
        var catalog = RandomCatalogs.Clustered(seed, 600);

        foreach (var result in new[] { GardnerKnopoff.Decluster(catalog), Reasenberg.Decluster(catalog) })
        {
            // When
            var clusters = Enumerable.Range(0, catalog.Count).Where(i => result.ClusterIds[i] != 0).GroupBy(i => result.ClusterIds[i]).ToList();

            // Then
            Assert.Equal(result.ClusterCount, clusters.Count);
            Assert.Equal(Enumerable.Range(1, clusters.Count), clusters.Select(c => c.Key).Order());
            foreach (var cluster in clusters)
            {
                Assert.True(cluster.Count() >= 2, $"{result.Method}: cluster {cluster.Key} has one event");
                int main = Assert.Single(cluster, i => result.IsMainshock[i]);
                Assert.Equal(cluster.Max(i => catalog.Events[i].Magnitude), catalog.Events[main].Magnitude);
            }

            Assert.All(Enumerable.Range(0, catalog.Count).Where(i => result.ClusterIds[i] == 0), i => Assert.False(result.IsMainshock[i]));
            Assert.Equal(catalog.Count, result.KeptCount + result.RemovedCount);
            Assert.Equal(catalog.Count - clusters.Sum(c => c.Count() - 1), result.KeptCount);
            Assert.Equal(result.KeptCount, result.Declustered(catalog).Count);
            Assert.InRange(result.RemovedCount, 1, catalog.Count - 1);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gardner_Knopoff_removes_only_events_inside_their_mainshock_window(int seed)
    {
        // Given
        var catalog = RandomCatalogs.Clustered(seed, 600);

        // When
        var result = GardnerKnopoff.Decluster(catalog);

        // Then
        var mainOf = Enumerable.Range(0, catalog.Count).Where(i => result.IsMainshock[i]).ToDictionary(i => result.ClusterIds[i]);
        foreach (int i in Enumerable.Range(0, catalog.Count).Where(result.IsRemoved))
        {
            var main = catalog.Events[mainOf[result.ClusterIds[i]]];
            var (km, days) = GardnerKnopoffWindows.Of(GardnerKnopoffWindow.GardnerKnopoff1974, main.Magnitude);
            Assert.True(EpicentralDistance.Km(main, catalog.Events[i]) <= km + 1e-6);
            Assert.InRange((catalog.Events[i].Time - main.Time).TotalDays, -days - 1e-6, days + 1e-6);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Background_event_outside_every_window_of_larger_events_stays(int seed)
    {
        // Given: a catalog plus one event 500 km from the box
        var catalog = RandomCatalogs.Clustered(seed, 300);
        var far = new Earthquake(HandQuakes.T0.AddDays(100), 45, 140, 10, 2.5);
        var extended = new EarthquakeCatalog("x", catalog.Events.Append(far));

        // When
        var gk = GardnerKnopoff.Decluster(extended);
        var rb = Reasenberg.Decluster(extended);

        // Then
        int index = extended.Events.ToList().IndexOf(far);
        Assert.Equal(0, gk.ClusterIds[index]);
        Assert.Equal(0, rb.ClusterIds[index]);
    }
}
