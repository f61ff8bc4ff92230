using System.Globalization;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Evaluation;

/// <summary>
/// Writes <see cref="EventMetrics"/> rows, one per detector: as an aligned text table for the console and as
/// <c>event_metrics.csv</c>. Both carry the same numbers; the text rounds them (ratios to 3 decimals, minutes and rates
/// to 1) and shows an undefined value as <c>-</c>, the CSV keeps them whole (shortest round-trip form) with an empty field.
/// </summary>
internal static class EventMetricsTable
{
    /// <summary>The CSV file's name.</summary>
    public const string FileName = "event_metrics.csv";

    /// <summary>The CSV columns, in order.</summary>
    public static readonly string[] Columns =
    [
        "detector", "series", "windows", "found", "detections", "true_detections", "false_alarms", "precision", "recall", "f1",
        "delay_median_min", "delay_p90_min", "channel_months", "false_alarms_per_channel_month", "point_f1", "point_adjusted_f1",
    ];

    private static readonly (string Header, int Width)[] s_text =
    [
        ("windows", 7), ("found", 6), ("detections", 10), ("precision", 9), ("recall", 7), ("F1", 6),
        ("delay med", 9), ("delay p90", 9), ("FA/ch-month", 11), ("point F1", 8), ("PA F1", 6),
    ];

    /// <summary>Writes the text table: a header line, then one aligned line per detector.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="rows">One row per detector.</param>
    public static void WriteText(TextWriter writer, IReadOnlyList<EventMetrics> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        int name = Math.Max("detector".Length, rows.Select(r => r.Detector.Length).DefaultIfEmpty(0).Max());
        writer.WriteLine("  " + "detector".PadRight(name) + string.Concat(s_text.Select(c => " " + c.Header.PadLeft(c.Width))));
        foreach (var r in rows)
        {
            string[] cells = TextCells(r);
            writer.WriteLine("  " + r.Detector.PadRight(name) + string.Concat(cells.Select((c, i) => " " + c.PadLeft(s_text[i].Width))));
        }

        writer.WriteLine("  (event precision/recall/F1; delay in minutes from window start; FA = detections outside every window; PA = point-adjusted)");
    }

    /// <summary>Writes <see cref="FileName"/> into <paramref name="folder"/> atomically and returns its path.</summary>
    /// <param name="folder">The output folder (created when absent).</param>
    /// <param name="rows">One row per detector.</param>
    public static string WriteCsv(string folder, IReadOnlyList<EventMetrics> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, FileName);
        AtomicFile.WriteText(path, writer => WriteCsv(writer, rows));
        return path;
    }

    /// <summary>Writes the CSV table: the header of <see cref="Columns"/>, then one record per detector.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="rows">One row per detector.</param>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<EventMetrics> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        CsvText.WriteRecord(writer, Columns);
        var inv = CultureInfo.InvariantCulture;
        foreach (var r in rows)
        {
            CsvText.WriteRecord(
                writer,
                r.Detector,
                r.Series.ToString(inv),
                r.Windows.ToString(inv),
                r.Found.ToString(inv),
                r.Detections.ToString(inv),
                r.TrueDetections.ToString(inv),
                r.FalseAlarms.ToString(inv),
                CsvText.Number(r.Precision),
                CsvText.Number(r.Recall),
                CsvText.Number(r.F1),
                CsvText.Number(r.MedianDelayMinutes),
                CsvText.Number(r.P90DelayMinutes),
                CsvText.Number(r.ChannelMonths),
                CsvText.Number(r.FalseAlarmsPerChannelMonth),
                CsvText.Number(r.PointF1),
                CsvText.Number(r.PointAdjustedF1));
        }
    }

    /// <summary>A value as the text table shows it: <paramref name="format"/>, or <c>-</c> when undefined.</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">A numeric format.</param>
    internal static string Text(double value, string format) =>
        double.IsNaN(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string[] TextCells(EventMetrics r)
    {
        var inv = CultureInfo.InvariantCulture;
        return
        [
            r.Windows.ToString(inv), r.Found.ToString(inv), r.Detections.ToString(inv),
            Text(r.Precision, "0.000"), Text(r.Recall, "0.000"), Text(r.F1, "0.000"),
            Text(r.MedianDelayMinutes, "0.0"), Text(r.P90DelayMinutes, "0.0"), Text(r.FalseAlarmsPerChannelMonth, "0.0"),
            Text(r.PointF1, "0.000"), Text(r.PointAdjustedF1, "0.000"),
        ];
    }
}
