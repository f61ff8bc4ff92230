namespace GeoAnomaly.Sdk;

/// <summary>Where a station is: geodetic latitude and longitude in degrees, elevation in metres.</summary>
/// <param name="Latitude">Degrees north, -90..90.</param>
/// <param name="Longitude">Degrees east, -180..180 (values 180..360 are normalised).</param>
/// <param name="ElevationMetres">Metres above the reference ellipsoid or sea level, as the network reports it.</param>
public sealed record StationLocation(double Latitude, double Longitude, double ElevationMetres)
{
    /// <summary>Returns the same location with longitude in -180..180.</summary>
    public StationLocation Normalised() =>
        Longitude > 180 ? this with { Longitude = Longitude - 360 } : this;
}
