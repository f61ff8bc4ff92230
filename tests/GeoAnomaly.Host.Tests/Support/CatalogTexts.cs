using System.Globalization;
using GeoAnomaly.Host.Catalogs;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>
/// Minimal readers of the shared real catalogs, for statistics tests only (the catalog readers are another part of
/// issue 7; these read just the columns named in <c>shared/data/catalogs/SOURCE.md</c> and throw on anything else).
/// </summary>
internal static class CatalogTexts
{
    /// <summary>ComCat-style CSV: <c>lon,lat,M,time_string,depth,...</c> with a header line.</summary>
    public static EarthquakeCatalog ComCat(string path) => new(path, File.ReadLines(path).Skip(1)
        .Where(l => l.Length > 0)
        .Select(l => l.Split(','))
        .Select(f => new Earthquake(
            DateTimeOffset.Parse(f[3], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            D(f[1]), D(f[0]), D(f[4]), D(f[2]))));

    /// <summary>pyCSEP's global training catalog: <c>lon,lat,mag,day,month,year,depth</c> (no time of day).</summary>
    public static EarthquakeCatalog Global(string path) => new(path, File.ReadLines(path).Skip(1)
        .Where(l => l.Length > 0)
        .Select(l => l.Split(','))
        .Select(f => new Earthquake(
            new DateTimeOffset((int)D(f[5]), (int)D(f[4]), (int)D(f[3]), 0, 0, 0, TimeSpan.Zero),
            D(f[1]), D(f[0]), D(f[6]), D(f[2]))));

    /// <summary>ZMAP ASCII, 9 columns: lon lat year month day mag depth hour minute.</summary>
    public static EarthquakeCatalog Zmap(string path) => new(path, File.ReadLines(path)
        .Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .Where(f => f.Length > 0)
        .Select(f => new Earthquake(
            new DateTimeOffset((int)D(f[2]), (int)D(f[3]), (int)D(f[4]), (int)D(f[7]), (int)D(f[8]), 0, TimeSpan.Zero),
            D(f[1]), D(f[0]), D(f[6]), D(f[5]))));

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
