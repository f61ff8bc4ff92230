using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class GardnerKnopoffTests
{
    // A hand-built sequence. The M 6.0 mainshock's GK 1974 window: d = 10^(0.1238 · 6 + 0.983) = 10^1.7258 = 53.2 km,
    // t = 10^(0.5409 · 6 − 0.547) = 10^2.6984 = 499.4 days.
    private static EarthquakeCatalog Sequence() => HandQuakes.Catalog(
        HandQuakes.At(days: 5, northKm: 3, magnitude: 3.0),      // foreshock: 5 days before, 3 km
        HandQuakes.At(days: 10, northKm: 0, magnitude: 6.0),     // mainshock
        HandQuakes.At(days: 11, northKm: 10, magnitude: 4.0),    // aftershock: 1 day, 10 km
        HandQuakes.At(days: 20, northKm: 100, magnitude: 4.0),   // background: 100 km > 53.2 km
        HandQuakes.At(days: 100, northKm: 40, magnitude: 3.5),   // aftershock: 90 days, 40 km
        HandQuakes.At(days: 400, northKm: -20, magnitude: 4.5),  // aftershock: 390 days, 20 km south
        HandQuakes.At(days: 600, northKm: 5, magnitude: 3.0));   // background: 590 days > 499.4 days

    [Fact]
    public void Aftershocks_and_foreshock_inside_the_mainshock_window_are_removed_and_background_events_kept()
    {
        // Given
        var catalog = Sequence();

        // When
        var result = GardnerKnopoff.Decluster(catalog);

        // Then: one cluster (foreshock, mainshock, three aftershocks), mainshock kept, both background events kept
        Assert.Equal([1, 1, 1, 0, 1, 1, 0], result.ClusterIds);
        Assert.Equal([false, true, false, false, false, false, false], result.IsMainshock);
        Assert.Equal(1, result.ClusterCount);
        Assert.Equal(4, result.RemovedCount);
        Assert.Equal(3, result.KeptCount);
        Assert.Equal([6.0, 4.0, 3.0], result.Declustered(catalog).Events.Select(e => e.Magnitude));
    }

    [Fact]
    public void Aftershock_only_windows_keep_the_foreshock()
    {
        // Given
        var options = new GardnerKnopoffOptions { ForeshockFraction = 0 };

        // When
        var result = GardnerKnopoff.Decluster(Sequence(), options);

        // Then
        Assert.Equal(0, result.ClusterIds[0]);
        Assert.Equal(3, result.RemovedCount);
    }

    [Fact]
    public void Table_variant_returns_the_1974_table_rows_and_the_formula_fit_stays_close_to_them()
    {
        // Given: Gardner & Knopoff (1974) Table 1 rows
        (double M, double Km, double Days)[] rows = [(2.5, 19.5, 6), (4.0, 30, 42), (5.0, 40, 155), (6.0, 54, 510), (7.0, 70, 915), (8.0, 94, 985)];

        foreach (var (m, km, days) in rows)
        {
            // When
            var table = GardnerKnopoffWindows.Of(GardnerKnopoffWindow.GardnerKnopoff1974Table, m);
            var fit = GardnerKnopoffWindows.Of(GardnerKnopoffWindow.GardnerKnopoff1974, m);

            // Then
            Assert.Equal(km, table.Km, 9);
            Assert.Equal(days, table.Days, 9);
            Assert.InRange(fit.Km / km, 0.95, 1.05);
            Assert.InRange(fit.Days / days, 0.9, 1.1);
        }
    }

    [Fact]
    public void Alternative_windows_follow_their_formulae()
    {
        // Given / When
        var gruenthal = GardnerKnopoffWindows.Of(GardnerKnopoffWindow.Gruenthal, 5.0);
        var uhrhammer = GardnerKnopoffWindows.Of(GardnerKnopoffWindow.Uhrhammer1986, 5.0);
        var table = GardnerKnopoffWindows.Of(GardnerKnopoffWindow.GardnerKnopoff1974Table, 5.25);

        // Then: Grünthal d = e^(1.77 + sqrt(0.037 + 5.1)) = e^4.03656 = 56.628 km, t = e^(−3.95 + sqrt(0.62 + 86.6)) = e^5.3892 = 219.0 days
        Assert.Equal(56.628, gruenthal.Km, 3);
        Assert.Equal(219.0, gruenthal.Days, 0);
        // Uhrhammer d = e^(−1.024 + 4.02) = e^2.996 = 20.005 km, t = e^(−2.87 + 6.175) = e^3.305 = 27.25 days
        Assert.Equal(20.005, uhrhammer.Km, 3);
        Assert.Equal(27.25, uhrhammer.Days, 2);
        // Table half-way between rows 5.0 and 5.5: geometric means sqrt(40 · 47) = 43.36 km, sqrt(155 · 290) = 212.0 days
        Assert.Equal(Math.Sqrt(40 * 47), table.Km, 9);
        Assert.Equal(Math.Sqrt(155 * 290), table.Days, 9);
    }

    [Fact]
    public void Invalid_options_name_the_option()
    {
        // Given
        var options = new GardnerKnopoffOptions { ForeshockFraction = 2 };

        // When
        var error = Assert.Throws<ArgumentException>(() => GardnerKnopoff.Decluster(Sequence(), options));

        // Then
        Assert.Contains("foreshock-fraction", error.Message, StringComparison.Ordinal);
    }
}
