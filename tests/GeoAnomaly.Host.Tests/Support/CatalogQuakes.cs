using GeoAnomaly.Host.Catalogs;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Builders of earthquakes and catalogs for catalog tests.</summary>
internal static class CatalogQuakes
{
    public static readonly DateTimeOffset Start = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An event <paramref name="days"/> after <see cref="Start"/>.</summary>
    public static Earthquake At(double days, double lat = 35, double lon = 140, double depth = 10, double mag = 4, string? id = null) =>
        new(Start.AddDays(days), lat, lon, depth, mag) { Id = id };

    /// <summary>A catalog of <paramref name="events"/>.</summary>
    public static EarthquakeCatalog Catalog(params Earthquake[] events) => new("test", events);
}
