namespace GeoAnomaly.Host.Catalogs;

/// <summary>Great-circle distance between epicentres on a sphere of mean Earth radius.</summary>
/// <remarks>Haversine formula, R = 6371.0 km (IUGG mean radius); error against the ellipsoid below 0.5 %, far inside
/// the precision of declustering windows.</remarks>
internal static class EpicentralDistance
{
    /// <summary>Mean Earth radius, km.</summary>
    public const double EarthRadiusKm = 6371.0;

    /// <summary>Kilometres per degree of a great circle (of latitude) on that sphere.</summary>
    public const double KmPerDegree = EarthRadiusKm * Math.PI / 180;

    /// <summary>Distance in km between two points given in degrees.</summary>
    /// <param name="lat1">Latitude of the first point.</param>
    /// <param name="lon1">Longitude of the first point.</param>
    /// <param name="lat2">Latitude of the second point.</param>
    /// <param name="lon2">Longitude of the second point.</param>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double Rad = Math.PI / 180;
        double dLat = (lat2 - lat1) * Rad;
        double dLon = (lon2 - lon1) * Rad;
        double h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(lat1 * Rad) * Math.Cos(lat2 * Rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>Distance in km between two epicentres.</summary>
    /// <param name="a">One event.</param>
    /// <param name="b">The other.</param>
    public static double Km(Earthquake a, Earthquake b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Km(a.Latitude, a.Longitude, b.Latitude, b.Longitude);
    }
}
