using System.Globalization;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>
/// A deliberately naive second reading of an IAGA-2002 file for tests: splits each data line on white space, with
/// none of the reader's code. Used to check the reader against the file's own text.
/// </summary>
internal sealed class IagaText
{
    private IagaText(IReadOnlyList<string> columns, IReadOnlyList<string[]> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    /// <summary>Value column names of the DATE TIME DOY line (without the trailing bar).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Data lines split on white space: date, time, doy, values.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    public static IagaText Load(string path)
    {
        var lines = File.ReadAllLines(path);
        int header = Array.FindIndex(lines, l => l.StartsWith("DATE ", StringComparison.Ordinal));
        var columns = lines[header].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(3).Where(c => c != "|").ToList();
        var rows = lines.Skip(header + 1).Where(l => l.Trim().Length > 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return new IagaText(columns, rows);
    }

    public DateTimeOffset TimeOf(int row) =>
        DateTimeOffset.Parse(Rows[row][0] + "T" + Rows[row][1] + "Z", CultureInfo.InvariantCulture);

    /// <summary>The value of column <paramref name="column"/> in row <paramref name="row"/>, NaN for 99999/88888.</summary>
    public double ValueOf(int row, int column)
    {
        double v = double.Parse(Rows[row][3 + column], CultureInfo.InvariantCulture);
        return v is 99999 or 88888 ? double.NaN : v;
    }

    /// <summary>How many fields of a column are the sentinels 99999/88888 in any decimal form.</summary>
    public int SentinelCount(int column) =>
        Rows.Count(r => r[3 + column].TrimEnd('0').TrimEnd('.') is "99999" or "88888");
}
