using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class CatalogStatisticsTests
{
    [Fact]
    public void Summary_holds_what_each_estimator_gives_on_its_own()
    {
        // Given: a seeded ramp catalog, one event a day
        double[] m = GutenbergRichter.WithRamp(new Random(11), 3000, 2.0, 1.0, 0.1, lowest: 1.1, GutenbergRichter.NormalRamp(1.7, 0.15));
        var catalog = HandQuakes.OfMagnitudes(m);

        // When
        var s = CatalogStatistics.Compute(catalog);

        // Then
        Assert.Equal(m.Length, s.Count);
        Assert.Equal(0, s.WithoutMagnitude);
        Assert.Equal(TimeSpan.FromDays(m.Length - 1), s.Last!.Value - s.First!.Value);
        Assert.Equal(m.Min(), s.MinMagnitude);
        Assert.Equal(m.Max(), s.MaxMagnitude);
        Assert.Equal(MaxCurvature.Estimate(m, 0.1), s.McMaxCurvature);
        Assert.Equal(GoodnessOfFit.Estimate(m, 0.1).Mc, s.McGoodnessOfFit!.Mc);
        Assert.Equal(AkiUtsuBValue.Estimate(m, s.McGoodnessOfFit.Mc, 0.1)!.B, s.B!.B);
        Assert.Equal(GardnerKnopoff.Decluster(catalog).KeptCount, s.GardnerKnopoff!.KeptCount);
        Assert.Equal(Reasenberg.Decluster(catalog, new ReasenbergOptions { XmEff = s.McGoodnessOfFit.Mc }).KeptCount, s.Reasenberg!.KeptCount);
    }

    [Fact]
    public void Events_without_magnitude_are_counted_and_left_out_of_Mc_and_b()
    {
        // Given
        var events = HandQuakes.OfMagnitudes([2.0, 2.1, 2.0, 2.3]).Events.Append(HandQuakes.At(10, 0, double.NaN));
        var catalog = new EarthquakeCatalog("x", events);

        // When
        var s = CatalogStatistics.Compute(catalog);
        string text = CatalogStatisticsText.Format(s);

        // Then
        Assert.Equal(5, s.Count);
        Assert.Equal(1, s.WithoutMagnitude);
        Assert.Contains("5 (1 without magnitude)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_names_every_quantity_with_its_method()
    {
        // Given
        double[] m = GutenbergRichter.Complete(new Random(5), 2000, 2.0, 1.0, 0.1);
        var s = CatalogStatistics.Compute(HandQuakes.OfMagnitudes(m));

        // When
        string text = CatalogStatisticsText.Format(s);

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["catalog", "events", "time span", "magnitude", "Mc MAXC+0.2", "Mc GFT", "b Aki-Utsu", "declustered GK", "declustered R85"],
            lines.Select(l => l[..16].TrimEnd()));
        Assert.Contains($"{s.B!.B:0.00} ± {s.B.ShiBoltSigma:0.00}", text, StringComparison.Ordinal);
        Assert.Contains($"Mc GFT          {s.McGoodnessOfFit!.Mc:0.0} (", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_catalog_gives_counts_and_no_estimates()
    {
        // Given / When
        var s = CatalogStatistics.Compute(new EarthquakeCatalog("empty", []));

        // Then
        Assert.Equal(0, s.Count);
        Assert.Null(s.B);
        Assert.Contains("magnitude       none", CatalogStatisticsText.Format(s), StringComparison.Ordinal);
    }
}
