using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>The rows of one NAB data file.</summary>
/// <param name="Timestamps">Row times (naive in NAB; read as UTC), never decreasing.</param>
/// <param name="Values">Row values.</param>
internal sealed record NabRows(IReadOnlyList<DateTimeOffset> Timestamps, IReadOnlyList<double> Values);

/// <summary>
/// Reads a NAB data file, <c>data/&lt;category&gt;/&lt;file&gt;.csv</c>: a <c>timestamp,value</c> header, then one row per
/// sample. Times may repeat (NAB's files do, at clock changes) but never go back; values must be numbers.
/// </summary>
internal static class NabDataCsv
{
    private static readonly string[] s_required = ["timestamp", "value"];

    /// <summary>Reads every row of <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="DataException">The file cannot be opened, lacks the header, has no rows, or a row is malformed or earlier than the one before; names line and column.</exception>
    public static NabRows Read(string path)
    {
        using var reader = StationFiles.OpenText(path);
        return Read(reader, path);
    }

    /// <summary>Reads every row of a CSV text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">Name for messages.</param>
    /// <exception cref="DataException">The text lacks the header, has no rows, or a row is malformed or earlier than the one before; names line and column.</exception>
    public static NabRows Read(TextReader text, string source)
    {
        var csv = new CsvTableReader(text, source, s_required, []);
        var times = new List<DateTimeOffset>();
        var values = new List<double>();
        while (csv.Read())
        {
            var time = csv.Time("timestamp");
            if (times.Count > 0 && time < times[^1])
            {
                throw csv.Error("timestamp", $"{time:yyyy-MM-dd HH:mm:ss} is earlier than the row before ({times[^1]:yyyy-MM-dd HH:mm:ss})");
            }

            double value = csv.Number("value");
            if (double.IsNaN(value))
            {
                throw csv.Error("value", "is empty; NAB rows all have a value");
            }

            times.Add(time);
            values.Add(value);
        }

        return times.Count > 0 ? new NabRows(times, values) : throw new DataException(source, null, "has a header but no rows");
    }
}
