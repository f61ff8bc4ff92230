using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Storage.Influx;

public sealed class GaSchemaQuakesTests
{
    [Fact]
    public void An_event_becomes_a_ga_quake_point_with_source_tag_and_the_schema_fields()
    {
        // Given
        var quake = CatalogQuakes.At(0, lat: 35.77, lon: -117.6, depth: 8, mag: 7.1, id: "ci38457511");

        // When
        var batch = BatchingWriter.Split(new GaSchema().Quakes("comcat", [quake]), 100).Single();

        // Then
        var line = LineProtocolReader.Parse(batch.LineText(0));
        Assert.Equal("ga_quake", line.Measurement);
        Assert.Equal([("source", "comcat")], line.Tags);
        Assert.Equal([("mag", "7.1", false), ("lat", "35.77", false), ("lon", "-117.6", false), ("depth_km", "8", false), ("event_id", "ci38457511", true)], line.Fields);
        Assert.Equal(LineProtocol.ToUnixNanoseconds(quake.Time), line.Time);
    }

    [Fact]
    public void Events_sharing_an_origin_time_get_successive_nanoseconds_so_none_overwrites_another()
    {
        // Given: three events on one day (a day-resolution catalog), one the next day
        var events = new[] { CatalogQuakes.At(0, mag: 5), CatalogQuakes.At(0, mag: 6), CatalogQuakes.At(0, mag: 7), CatalogQuakes.At(1, mag: 5) };

        // When
        var batch = BatchingWriter.Split(new GaSchema().Quakes("global", events), 100).Single();

        // Then
        long day0 = LineProtocol.ToUnixNanoseconds(CatalogQuakes.Start);
        var times = Enumerable.Range(0, batch.Count).Select(i => LineProtocolReader.Parse(batch.LineText(i)).Time).ToList();
        Assert.Equal([day0, day0 + 1, day0 + 2, LineProtocol.ToUnixNanoseconds(CatalogQuakes.Start.AddDays(1))], times);
    }

    [Fact]
    public void An_unknown_depth_and_a_missing_id_are_left_out()
    {
        // Given
        var quake = CatalogQuakes.At(0, depth: double.NaN);

        // When
        var batch = BatchingWriter.Split(new GaSchema().Quakes("x", [quake]), 100).Single();

        // Then
        Assert.DoesNotContain(LineProtocolReader.Parse(batch.LineText(0)).Fields, f => f.Key is "depth_km" or "event_id");
    }
}
