using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Storage;
using NetTopologySuite.Geometries;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class GeoJsonPolygonTests
{
    [Fact]
    public void A_feature_collection_becomes_one_multipolygon_of_its_polygonal_features()
    {
        // Given: two squares and a point feature (no area, ignored)
        string json = """
            { "type": "FeatureCollection", "features": [
              { "type": "Feature", "properties": {}, "geometry": { "type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,1],[0,0]]] } },
              { "type": "Feature", "properties": {}, "geometry": { "type": "MultiPolygon", "coordinates": [[[[5,5],[6,5],[6,6],[5,6],[5,5]]]] } },
              { "type": "Feature", "properties": {}, "geometry": { "type": "Point", "coordinates": [9, 9] } }
            ] }
            """;

        // When
        var geometry = GeoJsonPolygon.Parse(json, "r.geojson");

        // Then
        var multi = Assert.IsType<MultiPolygon>(geometry);
        Assert.Equal(2, multi.NumGeometries);
        Assert.Equal(2.0, multi.Area, 12);
    }

    [Fact]
    public void An_open_ring_names_its_JSON_path()
    {
        // When
        var error = Assert.Throws<DataException>(() => GeoJsonPolygon.Parse("""{ "type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,1]]] }""", "r.geojson"));

        // Then
        Assert.Equal("r.geojson: $.coordinates[0]: the ring is not closed (its last position must equal its first)", error.Message);
    }

    [Fact]
    public void A_self_intersecting_ring_is_invalid()
    {
        // Given: a bow tie
        string json = """{ "type": "Polygon", "coordinates": [[[0,0],[1,1],[1,0],[0,1],[0,0]]] }""";

        // When
        var error = Assert.Throws<DataException>(() => GeoJsonPolygon.Parse(json, "r.geojson"));

        // Then
        Assert.StartsWith("r.geojson: invalid polygon:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_JSON_names_the_line()
    {
        // When
        var error = Assert.Throws<DataException>(() => GeoJsonPolygon.Parse("{ \"type\": \"Polygon\",\n \"coordinates\": [[[0,0],] ", "r.geojson"));

        // Then
        Assert.Equal(2L, error.Line);
    }

    [Fact]
    public void A_file_without_polygons_is_an_error()
    {
        // When
        var error = Assert.Throws<DataException>(() => GeoJsonPolygon.Parse("""{ "type": "Point", "coordinates": [1, 2] }""", "r.geojson"));

        // Then
        Assert.Contains("no Polygon", error.Message, StringComparison.Ordinal);
    }
}
