using System.Globalization;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>A latitude/longitude box, inclusive; west &gt; east means it crosses the antimeridian (RFC 7946 §5.2).</summary>
/// <param name="West">Western edge, degrees east (-180..180).</param>
/// <param name="South">Southern edge, degrees north.</param>
/// <param name="East">Eastern edge, degrees east (-180..180).</param>
/// <param name="North">Northern edge, degrees north.</param>
internal readonly record struct BoundingBox(double West, double South, double East, double North)
{
    /// <summary>Whether the point lies in the box (edges included).</summary>
    /// <param name="latitude">Degrees north.</param>
    /// <param name="longitude">Degrees east, -180..180.</param>
    public bool Contains(double latitude, double longitude) =>
        latitude >= South && latitude <= North
        && (West <= East ? longitude >= West && longitude <= East : longitude >= West || longitude <= East);

    /// <summary>Parses <c>west,south,east,north</c> (GeoJSON bbox order), e.g. <c>-125,32,-114,42</c>.</summary>
    /// <param name="text">Four comma-separated numbers.</param>
    /// <param name="box">The box.</param>
    /// <param name="error">Why the text is not a box.</param>
    public static bool TryParse(string text, out BoundingBox box, out string? error)
    {
        box = default;
        error = null;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        double[] v = new double[4];
        if (parts.Length != 4 || parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out v[i])).Any(ok => !ok))
        {
            error = $"expected west,south,east,north (four numbers, degrees), got '{text}'";
            return false;
        }

        if (v.Any(x => !double.IsFinite(x)) || v[0] is < -180 or > 180 || v[2] is < -180 or > 180 || v[1] is < -90 or > 90 || v[3] is < -90 or > 90 || v[3] < v[1])
        {
            error = $"longitudes must be in -180..180, latitudes in -90..90 with south <= north, got '{text}'";
            return false;
        }

        box = new BoundingBox(v[0], v[1], v[2], v[3]);
        return true;
    }
}
