using System.Globalization;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>A naive second reading of a simple comma-separated file (no quotes) for tests, independent of the readers.</summary>
internal sealed class PlainCsv
{
    private PlainCsv(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public static PlainCsv Load(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        return new PlainCsv(lines[0].Split(','), [.. lines.Skip(1).Select(l => l.Split(','))]);
    }

    public int Column(string name) => Array.IndexOf(Header, name);

    public double Number(int row, string column) => double.Parse(Rows[row][Column(column)], CultureInfo.InvariantCulture);

    public DateTimeOffset Time(int row, string column) =>
        DateTimeOffset.Parse(Rows[row][Column(column)], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
