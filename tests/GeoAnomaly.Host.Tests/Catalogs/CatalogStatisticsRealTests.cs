using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs;

/// <summary>Statistics of the real catalogs in <c>shared/data/catalogs</c>, read with the product's readers.</summary>
public sealed class CatalogStatisticsRealTests
{
    [Theory]
    [InlineData("comcat-ridgecrest-2019/catalog.csv", "pycsep-comcat-ridgecrest.json")]
    [InlineData("comcat-northern-california/catalog.csv", "pycsep-comcat-northern-california.json")]
    [InlineData("global-1976-2013/catalog.csv", "pycsep-global-1976-2013.json")]
    [InlineData("zmap-sed-switzerland/junk_6.dat", null)]
    public void Real_catalogs_give_Mc_and_b_in_the_published_range(string relative, string? mapping)
    {
        // Given
        string path = SharedCatalogs.File(relative);
        var map = mapping is null ? null : CatalogMapping.FromJson(File.ReadAllText(SharedCatalogs.Mapping(mapping)), mapping);
        var catalog = CatalogReader.Read(path, mapping: map, cancellationToken: TestContext.Current.CancellationToken).Catalog;

        // When
        var s = CatalogStatistics.Compute(catalog, new CatalogStatisticsOptions { BinWidth = 0.1 });

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine(CatalogStatisticsText.Format(s));
        Assert.True(s.Count > 300);
        Assert.NotNull(s.B);
        Assert.InRange(s.B.B, 0.6, 1.4);
        Assert.InRange(s.McGoodnessOfFit!.Mc, s.MinMagnitude - 0.05, s.MaxMagnitude);
    }
}
