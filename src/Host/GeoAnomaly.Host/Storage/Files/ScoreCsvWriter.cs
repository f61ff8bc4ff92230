using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>One named column of a scores CSV (for example <c>score</c>, or <c>BOU.H/sr/residual</c>), on the file's grid.</summary>
/// <param name="Name">Column header.</param>
/// <param name="Values">One value per grid sample; NaN is written as the empty field.</param>
internal sealed record ScoreColumn(string Name, ReadOnlyMemory<double> Values);

/// <summary>Writes per-sample outputs (score, expected, residual, or any named outputs) as CSV, atomically: <c>time,&lt;name&gt;,…</c>.</summary>
/// <remarks>Times are ISO 8601 UTC, one row per grid sample; numbers in shortest round-trip form; NaN as the empty field.</remarks>
internal static class ScoreCsvWriter
{
    /// <summary>Writes a component's outputs (header <c>time</c> then the output names, each prefixed with <paramref name="prefix"/>).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="output">The outputs of one state over a series.</param>
    /// <param name="prefix">Text before each output name, for example <c>IAGA.BOU.H/sr/</c>; empty for the bare names.</param>
    public static void Write(string path, ComponentOutput output, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(output);
        Write(path, output.Start, output.Step, ColumnsOf(output, prefix));
    }

    /// <summary>The columns of a component's outputs, named <c>prefix + output name</c>.</summary>
    /// <param name="output">The outputs.</param>
    /// <param name="prefix">Text before each output name.</param>
    public static IReadOnlyList<ScoreColumn> ColumnsOf(ComponentOutput output, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(output);
        return [.. output.Names.Select((name, k) => new ScoreColumn(prefix + name, output.Column(k).ToArray()))];
    }

    /// <summary>Writes <paramref name="columns"/> on the grid <paramref name="start"/> + i × <paramref name="step"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="start">Time of the first sample.</param>
    /// <param name="step">Sampling interval.</param>
    /// <param name="columns">Columns of equal length.</param>
    /// <exception cref="ArgumentException">No columns, columns of different lengths, or a column named <c>time</c> or repeated.</exception>
    public static void Write(string path, DateTimeOffset start, TimeSpan step, IReadOnlyList<ScoreColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0 || columns.Any(c => c.Values.Length != columns[0].Values.Length))
        {
            throw new ArgumentException("give at least one column, all of the same length", nameof(columns));
        }

        var names = columns.Select(c => c.Name).Prepend("time").ToList();
        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Count)
        {
            throw new ArgumentException($"column names must be unique and not 'time': {string.Join(", ", names.Skip(1))}", nameof(columns));
        }

        AtomicFile.WriteText(path, writer =>
        {
            CsvText.WriteRecord(writer, [.. names]);
            int n = columns[0].Values.Length;
            string[] fields = new string[columns.Count + 1];
            for (int i = 0; i < n; i++)
            {
                fields[0] = CsvText.Time(start + (step * i));
                for (int c = 0; c < columns.Count; c++)
                {
                    fields[c + 1] = CsvText.Number(columns[c].Values.Span[i]);
                }

                CsvText.WriteRecord(writer, fields);
            }
        });
    }
}
