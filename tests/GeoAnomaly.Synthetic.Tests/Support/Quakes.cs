using GeoAnomaly.Synthetic.Seismicity;

namespace GeoAnomaly.Synthetic.Tests.Support;

/// <summary>Hand-built ETAS catalogs for precursor tests.</summary>
internal static class Quakes
{
    /// <summary>A catalog of the given (time, latitude, longitude, magnitude) events, all background, in the given order.</summary>
    public static EtasCatalog Catalog(params (DateTimeOffset Time, double Latitude, double Longitude, double Magnitude)[] events) =>
        new(
            EtasSpecs.Small(),
            [.. events.Select((e, i) => new EtasEvent(i, $"t{i + 1:D6}", e.Time, e.Latitude, e.Longitude, 10, e.Magnitude, -1, 0))],
            0,
            0);
}
