using System.Text;
using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Tests.Support;
using static GeoAnomaly.Host.Tests.Support.CatalogTexts;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class QuakeMlReaderTests
{
    private static CatalogReadResult Read(string xml, bool skip = false) =>
        new QuakeMlReader(skip).Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml", TestContext.Current.CancellationToken);

    [Fact]
    public void Preferred_origin_and_magnitude_are_chosen_over_the_first_ones()
    {
        // Given
        string xml = QuakeMl($"""
            <event publicID="smi:e/1">
              <preferredOriginID>smi:o/2</preferredOriginID>
              <preferredMagnitudeID>smi:m/2</preferredMagnitudeID>
              {Origin("smi:o/1", "2020-01-01T00:00:00Z", 10, 20, 5000)}
              {Origin("smi:o/2", "2020-01-01T00:00:01.5Z", 11, 21, 7000)}
              {Magnitude("smi:m/1", 4.0, "ML", "smi:o/2")}
              {Magnitude("smi:m/2", 4.4, "Mw", "smi:o/1")}
            </event>
            """);

        // When
        var e = Assert.Single(Read(xml).Catalog.Events);

        // Then
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 1, 500, TimeSpan.Zero), e.Time);
        Assert.Equal(11, e.Latitude);
        Assert.Equal(7.0, e.DepthKm, 12);
        Assert.Equal(4.4, e.Magnitude);
        Assert.Equal("Mw", e.MagnitudeType);
        Assert.Equal("smi:e/1", e.Id);
    }

    [Fact]
    public void Without_preferences_the_first_origin_and_the_magnitude_of_that_origin_are_taken()
    {
        // Given: no preferredOriginID, no preferredMagnitudeID; the second magnitude belongs to the first origin
        string xml = QuakeMl($"""
            <event publicID="smi:e/1">
              {Origin("smi:o/1", "2020-01-01T00:00:00Z", 10, 20, 5000)}
              {Origin("smi:o/2", "2020-01-02T00:00:00Z", 11, 21, 7000)}
              {Magnitude("smi:m/1", 4.0, "ML", "smi:o/2")}
              {Magnitude("smi:m/2", 4.4, "mb", "smi:o/1")}
            </event>
            """);

        // When
        var e = Assert.Single(Read(xml).Catalog.Events);

        // Then
        Assert.Equal(10, e.Latitude);
        Assert.Equal(4.4, e.Magnitude);
        Assert.Equal("mb", e.MagnitudeType);
    }

    [Fact]
    public void A_dangling_preferred_origin_falls_back_to_the_first_and_a_magnitude_without_origin_link_to_the_first()
    {
        // Given
        string xml = QuakeMl($"""
            <event publicID="smi:e/1">
              <preferredOriginID>smi:o/missing</preferredOriginID>
              {Origin("smi:o/1", "2020-01-01T00:00:00Z", 10, 20, 5000)}
              {Magnitude("smi:m/1", 3.3, "ML")}
              {Magnitude("smi:m/2", 3.9, "Md")}
            </event>
            """);

        // When
        var e = Assert.Single(Read(xml).Catalog.Events);

        // Then
        Assert.Equal(10, e.Latitude);
        Assert.Equal(3.3, e.Magnitude);
    }

    [Fact]
    public void The_ISC_namespace_is_read_as_BED()
    {
        // Given
        string xml = QuakeMl($"<event publicID=\"smi:e/1\">{Origin("smi:o/1", "2004-12-26T00:58:53.08", 3.3, 95.9, 26451.8)}{Magnitude("smi:m/1", 6.96, "mb", "smi:o/1")}</event>", "http://quakeml.org/xmlns/quakeml/1.2");

        // When
        var e = Assert.Single(Read(xml).Catalog.Events);

        // Then
        Assert.Equal(new DateTimeOffset(2004, 12, 26, 0, 58, 53, 80, TimeSpan.Zero), e.Time);
        Assert.Equal(26.4518, e.DepthKm, 9);
    }

    [Fact]
    public void An_event_without_a_magnitude_names_file_line_and_column()
    {
        // Given: the bad event starts on line 5 (XML positions point at the element name, column 2)
        string xml = QuakeMl($"""
            <event publicID="smi:e/1">{Origin("smi:o/1", "2020-01-01T00:00:00Z", 10, 20, 5000)}{Magnitude("smi:m/1", 3.3, "ML")}</event>
            <event publicID="smi:e/2">{Origin("smi:o/2", "2020-01-01T00:00:00Z", 10, 20, 5000)}</event>
            """);

        // When
        var error = Assert.Throws<DataException>(() => Read(xml));

        // Then
        Assert.Equal(5L, error.Line);
        Assert.StartsWith("test.xml:5: column 2: event smi:e/2 has no magnitude", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_origin_time_is_skipped_and_counted_when_asked()
    {
        // Given
        string xml = QuakeMl($"""
            <event publicID="smi:e/1">{Origin("smi:o/1", "yesterday", 10, 20, 5000)}{Magnitude("smi:m/1", 3.3, "ML")}</event>
            <event publicID="smi:e/2">{Origin("smi:o/2", "2020-01-01T00:00:00Z", 10, 20, 5000)}{Magnitude("smi:m/2", 3.4, "ML")}</event>
            """);

        // When
        var result = Read(xml, skip: true);

        // Then
        Assert.Equal(1, result.Catalog.Count);
        Assert.Equal(1, result.SkippedCount);
        Assert.Contains("test.xml:4: column", result.Skipped[0], StringComparison.Ordinal);
        Assert.Contains("'yesterday'", result.Skipped[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_XML_names_the_line_and_column()
    {
        // Given
        string xml = QuakeMl("<event publicID=\"smi:e/1\"><origin></event>");

        // When
        var error = Assert.Throws<DataException>(() => Read(xml));

        // Then
        Assert.Equal(4L, error.Line);
        Assert.Contains("column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ISC_Sumatra_file_falls_back_to_the_ISC_mb_of_the_origin()
    {
        // Given (SOURCE.md: no preferredMagnitudeID; mb is listed before MS)
        string path = SharedCatalogs.File("quakeml-isc-sumatra-2004/2004-12-26_mag5+.qml");

        // When
        var events = new QuakeMlReader().Read(path, TestContext.Current.CancellationToken).Catalog.Events;

        // Then
        var first = events[0];
        Assert.Equal(new DateTimeOffset(2004, 12, 26, 0, 58, 53, 80, TimeSpan.Zero), first.Time);
        Assert.Equal("mb", first.MagnitudeType);
        Assert.Equal(6.96, first.Magnitude);
        Assert.Equal(26.4518, first.DepthKm, 9);
    }

    [Fact]
    public void A_magnitude_type_preference_picks_the_ISC_Sumatra_MS_and_falls_back_to_the_first_magnitude()
    {
        // Given (SOURCE.md: magnitude types mb, MS, mb1, mb1mx, ML, Ms1, ms1mx, MD; no Mw; the main shock has mb 6.96 and MS 8.69)
        string path = SharedCatalogs.File("quakeml-isc-sumatra-2004/2004-12-26_mag5+.qml");
        var plain = new QuakeMlReader().Read(path, TestContext.Current.CancellationToken).Catalog.Events;

        // When
        var preferred = new QuakeMlReader(magnitudeTypes: ["Mw", "Mww", "Ms"]).Read(path, TestContext.Current.CancellationToken).Catalog.Events;
        var absent = new QuakeMlReader(magnitudeTypes: ["Mw"]).Read(path, TestContext.Current.CancellationToken).Catalog.Events;

        // Then
        Assert.Equal(("MS", 8.69), (preferred[0].MagnitudeType, preferred[0].Magnitude));
        Assert.Equal(plain.Count, preferred.Count);
        Assert.All(plain.Zip(preferred), p => Assert.True(p.Second.MagnitudeType == "MS" || p.Second == p.First, $"{p.Second}"));
        Assert.InRange(preferred.Count(e => e.MagnitudeType == "MS"), 2, 53);
        Assert.Equal(plain, absent);
    }

    [Fact]
    public void ComCat_QuakeML_keeps_magnitude_types_ids_and_negative_depths()
    {
        // Given (SOURCE.md: ml 129, md 85, mb 50, mwc 4, mw 1, m 1; depths -2.0 .. 255.4 km)
        string path = SharedCatalogs.File("quakeml-usgs-comcat-2009/sample.quakeml");

        // When
        var events = new QuakeMlReader().Read(path, TestContext.Current.CancellationToken).Catalog.Events;

        // Then
        var types = events.GroupBy(e => e.MagnitudeType).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(129, types["ml"]);
        Assert.Equal(85, types["md"]);
        Assert.Equal(50, types["mb"]);
        Assert.InRange(events.Min(e => e.DepthKm), -2.05, -1.95);
        Assert.InRange(events.Max(e => e.DepthKm), 255.35, 255.45);
        Assert.Contains(events, e => e.Id == "ci14517572");
    }
}
