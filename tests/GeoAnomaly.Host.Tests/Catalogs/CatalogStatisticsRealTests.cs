using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs;

/// <summary>Statistics of the real catalogs in <c>shared/data/catalogs</c> (read by minimal test-only readers).</summary>
public sealed class CatalogStatisticsRealTests
{
    [Theory]
    [InlineData("comcat-ridgecrest-2019/catalog.csv", "comcat", 0.1)]
    [InlineData("comcat-northern-california/catalog.csv", "comcat", 0.1)]
    [InlineData("global-1976-2013/catalog.csv", "global", 0.1)]
    [InlineData("zmap-sed-switzerland/junk_6.dat", "zmap", 0.1)]
    public void Real_catalogs_give_Mc_and_b_in_the_published_range(string relative, string format, double binWidth)
    {
        // Given
        string path = SharedData.File("catalogs/" + relative);
        var catalog = format switch
        {
            "comcat" => CatalogTexts.ComCat(path),
            "global" => CatalogTexts.Global(path),
            _ => CatalogTexts.Zmap(path),
        };

        // When
        var s = CatalogStatistics.Compute(catalog, new CatalogStatisticsOptions { BinWidth = binWidth });

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine(CatalogStatisticsText.Format(s));
        Assert.True(s.Count > 300);
        Assert.NotNull(s.B);
        Assert.InRange(s.B.B, 0.6, 1.4);
        Assert.InRange(s.McGoodnessOfFit!.Mc, s.MinMagnitude - 0.05, s.MaxMagnitude);
    }
}
