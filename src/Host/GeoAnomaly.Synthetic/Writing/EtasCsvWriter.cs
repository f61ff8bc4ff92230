using System.Globalization;
using GeoAnomaly.Synthetic.Seismicity;

namespace GeoAnomaly.Synthetic.Writing;

/// <summary>Writes an ETAS catalog as ComCat-style CSV with the ground truth: <c>time,latitude,longitude,depth,mag,magType,id,parent</c>.</summary>
/// <remarks>
/// <para>
/// The columns are the first five of the USGS ComCat CSV format (earthquake.usgs.gov/earthquakes/feed/v1.0/csv.php:
/// time, latitude, longitude, depth in km, mag), then magType and id as ComCat spells them, then <c>parent</c>: the
/// 0-based data-row index of the event that triggered this one, or -1 for a background event. A ComCat reader that
/// maps columns by header name reads it as it is.
/// </para>
/// <para>
/// Times: ISO 8601 UTC with milliseconds, as ComCat writes them (<c>2024-01-01T03:12:45.120Z</c>). Numbers: invariant
/// culture, round-trip precision, so the file reads back to the simulated values exactly. magType is
/// <see cref="MagnitudeType"/> for every row. Rows are in time order.
/// </para>
/// </remarks>
internal static class EtasCsvWriter
{
    /// <summary>The header row.</summary>
    public const string Header = "time,latitude,longitude,depth,mag,magType,id,parent";

    /// <summary>The magnitude type written for every event: the simulator's magnitudes are moment magnitudes by convention.</summary>
    public const string MagnitudeType = "mw";

    /// <summary>Writes <paramref name="catalog"/> to <paramref name="path"/> atomically (<see cref="AtomicFile"/>).</summary>
    /// <param name="path">Target file; its directory must exist.</param>
    /// <param name="catalog">The catalog.</param>
    public static void WriteFile(string path, EtasCatalog catalog) => AtomicFile.Write(path, writer => Write(writer, catalog));

    /// <summary>Writes the header and one row per event.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="catalog">The catalog.</param>
    public static void Write(TextWriter writer, EtasCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(catalog);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var e in catalog.Events)
        {
            writer.Write(string.Join(
                ',',
                e.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                FileText.Exact(e.Latitude),
                FileText.Exact(e.Longitude),
                FileText.Exact(e.DepthKm),
                FileText.Exact(e.Magnitude),
                MagnitudeType,
                FileText.Csv(e.Id),
                e.Parent.ToString(CultureInfo.InvariantCulture)));
            writer.Write('\n');
        }
    }
}
