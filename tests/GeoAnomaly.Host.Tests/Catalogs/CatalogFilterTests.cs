using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class CatalogFilterTests
{
    [Fact]
    public void Time_range_keeps_from_inclusive_and_to_exclusive()
    {
        // Given
        var catalog = CatalogQuakes.Catalog(CatalogQuakes.At(0, id: "a"), CatalogQuakes.At(1, id: "b"), CatalogQuakes.At(2, id: "c"));
        var filter = new CatalogFilter { From = CatalogQuakes.Start.AddDays(1), To = CatalogQuakes.Start.AddDays(2) };

        // When
        var kept = filter.Apply(catalog);

        // Then
        Assert.Equal(["b"], kept.Events.Select(e => e.Id));
    }

    [Fact]
    public void Magnitude_and_depth_bounds_are_inclusive_and_unknown_depths_fail_a_depth_bound()
    {
        // Given
        var catalog = CatalogQuakes.Catalog(
            CatalogQuakes.At(0, mag: 3.9, id: "small"), CatalogQuakes.At(1, mag: 4.0, depth: 5, id: "edge"), CatalogQuakes.At(2, mag: 6, depth: 70, id: "deep"),
            CatalogQuakes.At(3, mag: 5, depth: double.NaN, id: "unknown"));
        var filter = new CatalogFilter { MinMagnitude = 4.0, MaxDepthKm = 70 };

        // When
        var kept = filter.Apply(catalog);

        // Then
        Assert.Equal(["edge", "deep"], kept.Events.Select(e => e.Id));
    }

    [Fact]
    public void A_box_crossing_the_antimeridian_keeps_both_sides()
    {
        // Given: 170E .. 170W
        Assert.True(BoundingBox.TryParse("170,-50,-170,-10", out var box, out _));
        var catalog = CatalogQuakes.Catalog(CatalogQuakes.At(0, lat: -30, lon: 175, id: "west-of-180"), CatalogQuakes.At(1, lat: -30, lon: -175, id: "east-of-180"), CatalogQuakes.At(2, lat: -30, lon: 0, id: "far"));

        // When
        var kept = new CatalogFilter { Box = box }.Apply(catalog);

        // Then
        Assert.Equal(["west-of-180", "east-of-180"], kept.Events.Select(e => e.Id));
    }

    [Fact]
    public void A_polygon_keeps_events_inside_and_on_its_boundary_but_not_in_its_hole()
    {
        // Given: a 10-degree square with a 2-degree hole in the middle
        var polygon = GeoJsonPolygon.Parse(
            """{ "type": "Polygon", "coordinates": [ [[130,30],[140,30],[140,40],[130,40],[130,30]], [[134,34],[136,34],[136,36],[134,36],[134,34]] ] }""",
            "region.geojson");
        var catalog = CatalogQuakes.Catalog(
            CatalogQuakes.At(0, lat: 32, lon: 132, id: "inside"), CatalogQuakes.At(1, lat: 35, lon: 135, id: "hole"),
            CatalogQuakes.At(2, lat: 30, lon: 135, id: "edge"), CatalogQuakes.At(3, lat: 45, lon: 135, id: "outside"));

        // When
        var kept = new CatalogFilter { Polygon = polygon }.Apply(catalog);

        // Then
        Assert.Equal(["inside", "edge"], kept.Events.Select(e => e.Id));
    }

    [Fact]
    public void Validation_names_inverted_ranges()
    {
        // Given
        var filter = new CatalogFilter { From = CatalogQuakes.Start, To = CatalogQuakes.Start, MinMagnitude = 5, MaxMagnitude = 4, MinDepthKm = 10, MaxDepthKm = 0 };

        // When
        var options = filter.Validate().Select(e => e.Option).ToList();

        // Then
        Assert.Equal(["to", "maxMagnitude", "maxDepth"], options);
    }

    [Theory]
    [InlineData("1,2,3")]
    [InlineData("a,b,c,d")]
    [InlineData("0,10,10,5")]
    [InlineData("0,-91,10,5")]
    public void A_malformed_box_is_refused_with_a_reason(string text)
    {
        // When
        bool ok = BoundingBox.TryParse(text, out _, out string? error);

        // Then
        Assert.False(ok);
        Assert.Contains(text, error, StringComparison.Ordinal);
    }
}
