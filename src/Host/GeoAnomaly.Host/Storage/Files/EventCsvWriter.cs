using System.Globalization;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Writes anomaly events as CSV, atomically: <c>network,station,channel,kind,detector,start,end,duration_s,score,raw_score,type,details</c>.</summary>
/// <remarks>
/// RFC 4180 quoting (names and details may hold commas, quotes, line breaks); times ISO 8601 UTC; numbers in their
/// shortest round-trip form, NaN as the empty field; <c>kind</c> is the channel kind, <c>type</c> the anomaly's kind
/// (as in the <c>ga_anomaly</c> measurement); details <c>k=v;k=v</c> (see <see cref="DetailsText"/>).
/// <see cref="EventCsvReader"/> reads the file back unchanged.
/// </remarks>
internal static class EventCsvWriter
{
    /// <summary>The header, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["network", "station", "channel", "kind", "detector", "start", "end", "duration_s", "score", "raw_score", "type", "details"];

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/>, replacing it only once the whole file is written.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="rows">The events, in the order to write.</param>
    public static void Write(string path, IEnumerable<EventRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        AtomicFile.WriteText(path, writer => Write(writer, rows));
    }

    /// <summary>Writes the header and <paramref name="rows"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="rows">The events.</param>
    public static void Write(TextWriter writer, IEnumerable<EventRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        CsvText.WriteRecord(writer, [.. Columns]);
        foreach (var row in rows)
        {
            var e = row.Event;
            CsvText.WriteRecord(
                writer,
                e.Channel.Network,
                e.Channel.Station,
                e.Channel.Channel,
                row.ChannelKind is { } kind ? KindNames.Text(kind) : string.Empty,
                e.Detector,
                CsvText.Time(e.Start),
                CsvText.Time(e.End),
                e.Duration.TotalSeconds.ToString("R", CultureInfo.InvariantCulture),
                CsvText.Number(e.Score),
                CsvText.Number(e.RawScore),
                KindNames.Text(e.Kind),
                DetailsText.Format(e.Details));
        }
    }
}
