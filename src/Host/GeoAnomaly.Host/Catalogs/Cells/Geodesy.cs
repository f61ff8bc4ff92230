namespace GeoAnomaly.Host.Catalogs.Cells;

/// <summary>Distances on a spherical Earth (mean radius 6,371 km), good to about 0.5 % — enough for preparation radii.</summary>
internal static class Geodesy
{
    /// <summary>The Earth's mean radius, km (IUGG).</summary>
    public const double EarthRadiusKm = 6371.0;

    /// <summary>Great-circle distance by the haversine formula, km.</summary>
    /// <param name="lat1">First latitude, degrees.</param>
    /// <param name="lon1">First longitude, degrees.</param>
    /// <param name="lat2">Second latitude, degrees.</param>
    /// <param name="lon2">Second longitude, degrees.</param>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double ToRadians = Math.PI / 180;
        double dLat = (lat2 - lat1) * ToRadians;
        double dLon = (lon2 - lon1) * ToRadians;
        double a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(lat1 * ToRadians) * Math.Cos(lat2 * ToRadians) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// The Dobrovolsky et al. (1979) strain radius of an earthquake's preparation zone, R = 10^(0.43 M) km: stations
    /// farther than this from the epicentre are not expected to see precursory strain ("Estimation of the size of
    /// earthquake preparation zones", Pure Appl. Geophys. 117).
    /// </summary>
    /// <param name="magnitude">The earthquake's magnitude.</param>
    public static double DobrovolskyRadiusKm(double magnitude) => Math.Pow(10, 0.43 * magnitude);
}
