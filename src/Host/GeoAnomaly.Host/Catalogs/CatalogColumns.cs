using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>A catalog mapping's columns found in a file's header (or by number), and how to name them in messages.</summary>
internal sealed class CatalogColumns
{
    private CatalogColumns(List<string>? header, long? headerLine)
    {
        Header = header;
        HeaderLine = headerLine;
    }

    /// <summary>The header names, or null without a header.</summary>
    public List<string>? Header { get; }

    /// <summary>The header's line, or null without a header.</summary>
    public long? HeaderLine { get; }

    /// <summary>0-based indexes of the time columns, in joining order (empty when the time is given by parts).</summary>
    public int[] Time { get; private init; } = [];

    /// <summary>0-based indexes of year, month, day, hour, minute, second; -1 where not mapped.</summary>
    public int[] Parts { get; private init; } = [];

    /// <summary>Latitude column index.</summary>
    public int Latitude { get; private init; }

    /// <summary>Longitude column index.</summary>
    public int Longitude { get; private init; }

    /// <summary>Magnitude column index.</summary>
    public int Magnitude { get; private init; }

    /// <summary>Depth column index, or -1.</summary>
    public int Depth { get; private init; }

    /// <summary>Magnitude-type column index, or -1.</summary>
    public int MagnitudeType { get; private init; }

    /// <summary>Event id column index, or -1.</summary>
    public int Id { get; private init; }

    /// <summary>Reads the header (when the mapping has one) and finds every mapped column.</summary>
    /// <exception cref="DataException">No header, or a mapped column that the header does not have; names the option.</exception>
    public static CatalogColumns Resolve(CatalogMapping mapping, TextRecordReader records, string source)
    {
        var columns = HeaderColumns.Read(mapping.HasHeader, records, source);
        int Find(string option, ColumnRef column) => columns.Find(option, column);
        int Optional(string option, ColumnRef? column) => column is ColumnRef c ? Find(option, c) : -1;

        var parts = mapping.Parts().Select(p => Optional(p.Name, p.Column)).ToArray();
        var result = new CatalogColumns(columns.Header, columns.HeaderLine)
        {
            Time = mapping.Year is null ? [.. mapping.TimeColumns.Select((c, i) => Find($"timeColumns[{i}]", c))] : [],
            Parts = mapping.Year is null ? [] : parts,
            Latitude = Find("latitude", mapping.Latitude),
            Longitude = Find("longitude", mapping.Longitude),
            Magnitude = Find("magnitude", mapping.Magnitude),
            Depth = Optional("depth", mapping.Depth),
            MagnitudeType = Optional("magnitudeType", mapping.MagnitudeType),
            Id = Optional("id", mapping.Id),
        };
        return result;
    }

    /// <summary>Checks a row's field count: the header's (a trailing empty field allowed), or without a header enough for every mapped column.</summary>
    /// <exception cref="DataException">The row has the wrong number of fields.</exception>
    public void CheckCount(int count, bool lastEmpty, string source, long line)
    {
        if (Header is not null)
        {
            if (count != Header.Count && !(count == Header.Count + 1 && lastEmpty))
            {
                throw new DataException(source, line, $"column #{Math.Min(count, Header.Count) + 1}: {count} fields, expected {Header.Count} as in the header on line {HeaderLine}");
            }

            return;
        }

        int widest = WidestIndex();
        if (count <= widest)
        {
            throw new DataException(source, line, $"column #{count + 1}: {count} fields, but column #{widest + 1} is mapped");
        }
    }

    /// <summary>A column as <c>'mag' (#3)</c>, or <c>#3</c> without a header.</summary>
    public string Describe(int index) => Header is null || index >= Header.Count ? $"#{index + 1}" : $"'{Header[index]}' (#{index + 1})";

    /// <summary>The time columns, <c>'date' (#1) + 'time' (#2)</c>.</summary>
    public string DescribeTime() => string.Join(" + ", Time.Select(Describe));

    private int WidestIndex() =>
        new[] { Latitude, Longitude, Magnitude, Depth, MagnitudeType, Id }.Concat(Time).Concat(Parts).Max();
}
