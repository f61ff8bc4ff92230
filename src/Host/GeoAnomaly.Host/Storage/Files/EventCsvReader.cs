using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Reads an events CSV written by <see cref="EventCsvWriter"/> (columns in any order; kind, duration_s, raw_score, details optional).</summary>
internal static class EventCsvReader
{
    private static readonly string[] s_required = ["network", "station", "channel", "detector", "start", "end", "score", "type"];
    private static readonly string[] s_optional = ["kind", "duration_s", "raw_score", "details"];

    /// <summary>Reads every event of <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="DataException">A malformed row; names line and column.</exception>
    public static IReadOnlyList<EventRow> Read(string path)
    {
        using var reader = StationFiles.OpenText(path);
        return Read(reader, path);
    }

    /// <summary>Reads every event of a CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">Name for messages.</param>
    /// <exception cref="DataException">A malformed row; names line and column.</exception>
    public static IReadOnlyList<EventRow> Read(TextReader reader, string source)
    {
        var table = new CsvTableReader(reader, source, s_required, s_optional);
        var rows = new List<EventRow>();
        while (table.Read())
        {
            rows.Add(ReadRow(table));
        }

        return rows;
    }

    private static EventRow ReadRow(CsvTableReader table)
    {
        ChannelId channel;
        try
        {
            channel = new ChannelId(table.Text("network"), table.Text("station"), table.Text("channel"));
        }
        catch (ArgumentException e)
        {
            throw table.Error(e.ParamName ?? "channel", e.Message);
        }

        var start = table.Time("start");
        var end = table.Time("end");
        if (end < start)
        {
            throw table.Error("end", $"{CsvText.Time(end)} is before the start {CsvText.Time(start)}");
        }

        double duration = table.Number("duration_s");
        if (!double.IsNaN(duration) && Math.Abs(duration - (end - start).TotalSeconds) > 1e-3)
        {
            throw table.Error("duration_s", $"{duration} s disagrees with start..end ({(end - start).TotalSeconds} s)");
        }

        string kindText = table.Text("kind");
        ChannelKind? kind = null;
        if (kindText.Length > 0)
        {
            kind = KindNames.TryParse(kindText, out ChannelKind k) ? k : throw table.Error("kind", $"'{kindText}' is not one of {KindNames.ChannelKinds}");
        }

        string typeText = table.Required("type");
        var type = KindNames.TryParse(typeText, out AnomalyKind t) ? t : throw table.Error("type", $"'{typeText}' is not one of {KindNames.AnomalyKinds}");
        var details = DetailsText.Parse(table.Text("details"), out string? problem) ?? throw table.Error("details", problem!);
        var anomaly = new AnomalyEvent(channel, table.Required("detector"), start, end, table.Number("score"), table.Number("raw_score"), type)
        {
            Details = details,
        };
        return new EventRow(anomaly, kind);
    }
}
