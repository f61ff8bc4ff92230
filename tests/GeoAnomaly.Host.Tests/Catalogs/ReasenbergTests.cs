using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class ReasenbergTests
{
    // All at 10 km depth (depth differences 0). Default options: taumin 1 d, taumax 10 d, p 0.95, xk 0.5, xmeff 1.5,
    // rfact 10, err 1.5 km (1.5 · 1.5 = 2.25 km off every epicentral distance), derr 2 km.
    private static EarthquakeCatalog Sequence() => HandQuakes.Catalog(
        HandQuakes.At(days: 0, northKm: 0, magnitude: 4.0),      // A: mainshock
        HandQuakes.At(days: 0.2, northKm: 100, magnitude: 3.0),  // D: background, far away
        HandQuakes.At(days: 0.5, northKm: 3, magnitude: 2.5),    // B: linked to A
        HandQuakes.At(days: 3.0, northKm: 3.5, magnitude: 2.0),  // C: linked to B through the cluster look-ahead
        HandQuakes.At(days: 40, northKm: 0, magnitude: 2.0));    // E: background, long after

    [Fact]
    public void Hand_built_sequence_forms_one_cluster_through_the_cluster_look_ahead_time()
    {
        // Given
        var catalog = Sequence();

        // When
        var result = Reasenberg.Decluster(catalog);

        // Then (catalog order A, D, B, C, E):
        // A: in no cluster, τ = taumin = 1 d; zone 10 · 0.011 · 10^(0.4 · 4) = 4.379 km; D (97.75 km) no, B (3 − 2.25 =
        //    0.75 km) yes: cluster 1 = {A, B}.
        // B: below the cluster's largest (A, M 4): ΔM = max(0, 0.5 · 4 − 1.5) = 0.5,
        //    τ = −ln(0.05) · 0.5 d / 10^(2 (0.5 − 1) / 3) = 2.9957 · 0.5 / 0.46416 = 3.227 d; C is 2.5 d later and
        //    0 km off (0.5 − 2.25 &lt; 0) inside B's zone 10 · 0.011 · 10^1 = 1.1 km: C joins. (With τ = 1 d it would not.)
        // C: τ = 2.9957 · 3 / 0.46416 = 19.4 d, clamped to 10 d; E is 37 d later: no link.
        Assert.Equal([1, 0, 1, 1, 0], result.ClusterIds);
        Assert.Equal([true, false, false, false, false], result.IsMainshock);
        Assert.Equal(2, result.RemovedCount);
        Assert.Equal(3, result.KeptCount);
    }

    [Fact]
    public void A_shorter_maximum_look_ahead_leaves_the_late_event_out()
    {
        // Given: taumax 2 d < the 3.227 d that linked C
        var options = new ReasenbergOptions { TauMaxDays = 2 };

        // When
        var result = Reasenberg.Decluster(Sequence(), options);

        // Then
        Assert.Equal([1, 0, 1, 0, 0], result.ClusterIds);
    }

    [Fact]
    public void Two_clusters_linked_by_a_later_event_merge_and_keep_the_larger_mainshock()
    {
        // Given (zones are 10 r(M) + 2.25 km of epicentral distance: M 3 → 1.743 + 2.25 = 3.99 km, M 3.5 → 5.01 km):
        var catalog = HandQuakes.Catalog(
            HandQuakes.At(0, 0, 3.0),      // P0: links P1 (2 km); Q0 (8 km) and Q1 (5.5 km) are beyond 3.99 km → cluster 1
            HandQuakes.At(0.05, 8, 3.5),   // Q0: links Q1 (2.5 km); P1 (6 km) is beyond 5.01 km → cluster 2
            HandQuakes.At(0.1, 2, 3.0),    // P1: in cluster 1; links Q1 (3.5 km ≤ 3.99 km), which is in cluster 2 → merge into 1
            HandQuakes.At(0.12, 5.5, 3.0)); // Q1

        // When
        var result = Reasenberg.Decluster(catalog);

        // Then: one cluster of four; the M 3.5 (Q0) is its mainshock
        Assert.Equal([1, 1, 1, 1], result.ClusterIds);
        Assert.Equal([false, true, false, false], result.IsMainshock);
        Assert.Equal(3, result.RemovedCount);
    }

    [Fact]
    public void Source_radius_is_the_Kanamori_Anderson_crack_radius()
    {
        // Given / When / Then: r = 0.011 · 10^(0.4 M) km
        Assert.Equal(0.011 * Math.Pow(10, 1.6), Reasenberg.SourceRadiusKm(4.0), 12);
        Assert.Equal(0.4379, Reasenberg.SourceRadiusKm(4.0), 4);
    }

    [Fact]
    public void Invalid_options_are_all_reported_by_name()
    {
        // Given
        var options = new ReasenbergOptions { P = 1.5, TauMinDays = 0, RFact = -1 };

        // When
        var problems = options.Validate();

        // Then
        Assert.Contains(problems, p => p.StartsWith("p:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("taumin:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("rfact:", StringComparison.Ordinal));
    }
}
