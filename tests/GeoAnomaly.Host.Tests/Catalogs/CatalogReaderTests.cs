using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class CatalogReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("quakeml-usgs-comcat-2009/sample.quakeml", "QuakeMl", 270)]
    [InlineData("quakeml-sed-switzerland/catalog.xml", "QuakeMl", 1142)]
    [InlineData("quakeml-isc-sumatra-2004/2004-12-26_mag5+.qml", "QuakeMl", 162)]
    [InlineData("zmap-sed-switzerland/junk_6.dat", "Zmap", 7094)]
    public void Every_self_describing_shared_catalog_loads_whole_with_its_detected_reader(string file, string format, int count)
    {
        // Given
        string path = SharedCatalogs.File(file);

        // When
        var result = CatalogReader.Read(path, cancellationToken: TestContext.Current.CancellationToken);

        // Then (counts as SOURCE.md states them)
        Assert.Equal(Enum.Parse<CatalogFormat>(format), result.Format);
        Assert.Equal(count, result.Catalog.Count);
        Assert.Equal(0, result.SkippedCount);
    }

    [Theory]
    [InlineData("comcat-northern-california/catalog.csv", "pycsep-comcat-northern-california.json", 337)]
    [InlineData("comcat-ridgecrest-2019/catalog.csv", "pycsep-comcat-ridgecrest.json", 829)]
    [InlineData("global-1976-2013/catalog.csv", "pycsep-global-1976-2013.json", 28465)]
    [InlineData("global-2014-2019/catalog.csv", "pycsep-global-2014-2019.json", 651)]
    public void Every_pyCSEP_csv_loads_whole_with_its_sample_mapping(string file, string mapping, int count)
    {
        // Given
        string path = SharedCatalogs.File(file);
        var map = CatalogMapping.FromJson(File.ReadAllText(SharedCatalogs.Mapping(mapping)), mapping);

        // When
        var result = CatalogReader.Read(path, mapping: map, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(CatalogFormat.Mapped, result.Format);
        Assert.Equal(count, result.Catalog.Count);
    }

    [Fact]
    public void The_global_catalog_keeps_its_published_span_and_magnitude_range()
    {
        // Given (SOURCE.md: 1976-01-01 .. 2013-12-31, M 5.15 .. 9.1)
        string path = SharedCatalogs.File("global-1976-2013/catalog.csv");
        var map = CatalogMapping.FromJson(File.ReadAllText(SharedCatalogs.Mapping("pycsep-global-1976-2013.json")));

        // When
        var events = CatalogReader.Read(path, mapping: map, cancellationToken: TestContext.Current.CancellationToken).Catalog.Events;

        // Then
        Assert.Equal(new DateTimeOffset(1976, 1, 1, 0, 0, 0, TimeSpan.Zero), events[0].Time);
        Assert.Equal(new DateTimeOffset(2013, 12, 31, 0, 0, 0, TimeSpan.Zero), events[^1].Time.Date);
        Assert.Equal(5.15, events.Min(e => e.Magnitude), 2);
        Assert.Equal(9.1, events.Max(e => e.Magnitude), 1);
        Assert.All(events, e => Assert.Equal("Mw", e.MagnitudeType));
    }

    [Fact]
    public void A_ComCat_csv_is_detected_by_its_header()
    {
        // Given
        string path = _folder.WriteLines("query.csv", [CatalogTexts.ComCatHeader, CatalogTexts.ComCatRow("2019-07-06T03:19:53.040Z", "35.77", "-117.6", "8", "7.1", "mw", "ci38457511")]);

        // When
        var result = CatalogReader.Read(path, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(CatalogFormat.ComCat, result.Format);
        var e = Assert.Single(result.Catalog.Events);
        Assert.Equal("mw", e.MagnitudeType);
        Assert.Equal("ci38457511", e.Id);
        Assert.Equal(7.1, e.Magnitude);
    }

    [Fact]
    public void A_file_of_no_known_format_asks_for_format_or_mapping()
    {
        // Given
        string path = _folder.WriteLines("odd.csv", ["a,b,c", "1,2,3"]);

        // When
        var e = Assert.Throws<DataException>(() => CatalogReader.Read(path, cancellationToken: TestContext.Current.CancellationToken));

        // Then
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("--format", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_format_overrides_detection()
    {
        // Given: ZMAP rows, but the caller says QuakeML
        string path = _folder.WriteLines("z.dat", ["7.28 46.29 1990 10 19 1.0 3.0 19 4"]);

        // When
        var e = Assert.Throws<DataException>(() => CatalogReader.Read(path, CatalogFormat.QuakeMl, cancellationToken: TestContext.Current.CancellationToken));

        // Then
        Assert.Contains("XML", e.Message, StringComparison.Ordinal);
    }
}
