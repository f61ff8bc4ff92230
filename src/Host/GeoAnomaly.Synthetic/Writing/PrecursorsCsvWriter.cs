using System.Globalization;
using GeoAnomaly.Synthetic.Seismicity;

namespace GeoAnomaly.Synthetic.Writing;

/// <summary>Writes planned precursors as <c>precursors.csv</c>: <c>network,station,channel,start,end,kind,size,eventId,eventIndex,distanceKm</c>.</summary>
/// <remarks>
/// The ground truth linking each precursor to its earthquake: the anomaly windows also appear in <c>labels.csv</c> (in
/// channel units, snapped to the sample grid, only the part inside the series), this file says which event each announces.
/// Times are ISO 8601 UTC; kinds as in DESIGN.md (<c>level-shift</c>); size in local noise σ; distance from the epicentre
/// in km; numbers with round-trip precision. Rows in plan order (event, then station, then channel).
/// </remarks>
internal static class PrecursorsCsvWriter
{
    /// <summary>The header row.</summary>
    public const string Header = "network,station,channel,start,end,kind,size,eventId,eventIndex,distanceKm";

    /// <summary>Writes <paramref name="precursors"/> to <paramref name="path"/> atomically (<see cref="AtomicFile"/>).</summary>
    /// <param name="path">Target file; its directory must exist.</param>
    /// <param name="precursors">The plan.</param>
    public static void WriteFile(string path, IEnumerable<PlannedPrecursor> precursors) => AtomicFile.Write(path, writer => Write(writer, precursors));

    /// <summary>Writes the header and one row per precursor.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="precursors">The plan.</param>
    public static void Write(TextWriter writer, IEnumerable<PlannedPrecursor> precursors)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(precursors);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var p in precursors)
        {
            writer.Write(string.Join(
                ',',
                FileText.Csv(p.Channel.Network),
                FileText.Csv(p.Channel.Station),
                FileText.Csv(p.Channel.Channel),
                FileText.Time(p.Start),
                FileText.Time(p.End),
                FileText.Kind(p.Kind),
                FileText.Exact(p.Size),
                FileText.Csv(p.EventId),
                p.EventIndex.ToString(CultureInfo.InvariantCulture),
                FileText.Exact(p.DistanceKm)));
            writer.Write('\n');
        }
    }
}
