namespace GeoAnomaly.Host.Catalogs;

/// <summary>One earthquake of a catalog: its preferred origin and preferred magnitude.</summary>
/// <param name="Time">Origin time, UTC.</param>
/// <param name="Latitude">Epicentre latitude, degrees north, -90..90.</param>
/// <param name="Longitude">Epicentre longitude, degrees east, -180..180 (readers normalise 0..360).</param>
/// <param name="DepthKm">Hypocentre depth, km below the surface (negative above it, as some data centres give); NaN when unknown.</param>
/// <param name="Magnitude">Magnitude (of <see cref="MagnitudeType"/> when known).</param>
internal sealed record Earthquake(DateTimeOffset Time, double Latitude, double Longitude, double DepthKm, double Magnitude)
{
    /// <summary>The magnitude type as the source gives it (<c>Mw</c>, <c>ML</c>, <c>mb</c>, …), or null when not given.</summary>
    public string? MagnitudeType { get; init; }

    /// <summary>The event's identifier in its source (ComCat id, QuakeML publicID, …), or null.</summary>
    public string? Id { get; init; }
}
