using GeoAnomaly.Host.Catalogs;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Hand-built earthquakes and catalogs for declustering tests.</summary>
internal static class HandQuakes
{
    /// <summary>A reference origin time.</summary>
    public static readonly DateTimeOffset T0 = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Kilometres per degree of latitude on the 6371 km sphere.</summary>
    public const double KmPerDegree = 6371.0 * Math.PI / 180;

    /// <summary>An event <paramref name="days"/> after <see cref="T0"/>, <paramref name="northKm"/> north of (0°, 0°).</summary>
    public static Earthquake At(double days, double northKm, double magnitude, double depthKm = 10) =>
        new(T0.AddDays(days), northKm / KmPerDegree, 0, depthKm, magnitude);

    /// <summary>A catalog of the events (sorted by time).</summary>
    public static EarthquakeCatalog Catalog(params Earthquake[] events) => new("hand-built", events);

    /// <summary>A catalog of magnitudes only, one event a day at one place.</summary>
    public static EarthquakeCatalog OfMagnitudes(IEnumerable<double> magnitudes) =>
        new("magnitudes", magnitudes.Select((m, i) => At(i, 0, m)));
}
