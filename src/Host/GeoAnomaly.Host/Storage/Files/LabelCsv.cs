using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Labelled anomalies as CSV: <c>network,station,channel,start,end,kind</c>, or <c>channel,start,end,kind</c> with <c>network.station.channel</c>.</summary>
/// <remarks>
/// The writer always uses the three identity columns (codes may contain dots); the reader accepts both layouts. Times
/// are ISO 8601 (UTC when no offset is written); <c>kind</c> is an anomaly kind (<c>spike</c>, <c>level-shift</c>…)
/// and may be empty or absent.
/// </remarks>
internal static class LabelCsv
{
    private static readonly string[] s_columns = ["network", "station", "channel", "start", "end", "kind"];

    /// <summary>Writes <paramref name="labels"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="labels">The labels.</param>
    public static void Write(string path, IEnumerable<AnomalyLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        AtomicFile.WriteText(path, writer =>
        {
            CsvText.WriteRecord(writer, s_columns);
            foreach (var label in labels)
            {
                CsvText.WriteRecord(
                    writer,
                    label.Channel.Network,
                    label.Channel.Station,
                    label.Channel.Channel,
                    CsvText.Time(label.Start),
                    CsvText.Time(label.End),
                    label.Kind is { } kind ? KindNames.Text(kind) : string.Empty);
            }
        });
    }

    /// <summary>Reads every label of <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="DataException">A malformed row; names line and column.</exception>
    public static IReadOnlyList<AnomalyLabel> Read(string path)
    {
        using var reader = StationFiles.OpenText(path);
        return Read(reader, path);
    }

    /// <summary>Reads every label of a CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">Name for messages.</param>
    /// <exception cref="DataException">A malformed row or header; names line and column.</exception>
    public static IReadOnlyList<AnomalyLabel> Read(TextReader reader, string source) => [.. ReadWithLines(reader, source).Select(r => r.Label)];

    /// <summary>Reads every label of <paramref name="path"/> with the line it is on, for messages about a label's meaning (an unknown channel).</summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="DataException">A malformed row; names line and column.</exception>
    public static IReadOnlyList<(AnomalyLabel Label, long Line)> ReadWithLines(string path)
    {
        using var reader = StationFiles.OpenText(path);
        return ReadWithLines(reader, path);
    }

    private static List<(AnomalyLabel Label, long Line)> ReadWithLines(TextReader reader, string source)
    {
        var table = new CsvTableReader(reader, source, ["channel", "start", "end"], ["network", "station", "kind", "amplitude"]);
        bool split = table.Has("network") || table.Has("station");
        if (split && !(table.Has("network") && table.Has("station")))
        {
            throw new DataException(source, table.Line, "give both network and station columns, or neither (channel as network.station.channel)");
        }

        var labels = new List<(AnomalyLabel Label, long Line)>();
        while (table.Read())
        {
            var channel = split ? Channel(table, table.Text("network"), table.Text("station"), table.Text("channel")) : Dotted(table);
            var start = table.Time("start");
            var end = table.Time("end");
            if (end < start)
            {
                throw table.Error("end", $"{CsvText.Time(end)} is before the start {CsvText.Time(start)}");
            }

            string kindText = table.Text("kind");
            AnomalyKind? kind = null;
            if (kindText.Trim().Length > 0)
            {
                kind = KindNames.TryParse(kindText, out AnomalyKind k) ? k : throw table.Error("kind", $"'{kindText}' is not one of {KindNames.AnomalyKinds}");
            }

            labels.Add((new AnomalyLabel(channel, start, end, kind), table.Line));
        }

        return labels;
    }

    private static ChannelId Dotted(CsvTableReader table)
    {
        string text = table.Required("channel");
        string[] parts = text.Split('.');
        return parts.Length == 3
            ? Channel(table, parts[0], parts[1], parts[2])
            : throw table.Error("channel", $"'{text}' is not network.station.channel (use network, station and channel columns when codes contain dots)");
    }

    private static ChannelId Channel(CsvTableReader table, string network, string station, string channel)
    {
        try
        {
            return new ChannelId(network, station, channel);
        }
        catch (ArgumentException e)
        {
            throw table.Error(e.ParamName ?? "channel", e.Message);
        }
    }
}
