namespace GeoAnomaly.Host.Storage.Files;

/// <summary>
/// The header row of a mapped text file (when it has one) and how a mapping's column references are found in it: by
/// number (1-based), or by name — exactly, else the one header name equal to it ignoring case and surrounding blanks.
/// Shared by the station-file and catalog readers.
/// </summary>
internal sealed class HeaderColumns
{
    private readonly string _source;

    private HeaderColumns(List<string>? header, long? headerLine, string source)
    {
        Header = header;
        HeaderLine = headerLine;
        _source = source;
    }

    /// <summary>The header's fields, or null without a header.</summary>
    public List<string>? Header { get; }

    /// <summary>The header's line, or null without a header.</summary>
    public long? HeaderLine { get; }

    /// <summary>Reads the header row when the file has one.</summary>
    /// <param name="hasHeader">Whether the first record is a header.</param>
    /// <param name="records">The file's records, before the first.</param>
    /// <param name="source">The file, for messages.</param>
    /// <exception cref="DataException">The file is empty or holds only comments.</exception>
    public static HeaderColumns Read(bool hasHeader, TextRecordReader records, string source)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (!hasHeader)
        {
            return new HeaderColumns(null, null, source);
        }

        if (!records.ReadRecord())
        {
            throw new DataException(source, null, records.LineNumber == 0 ? "file is empty" : "no header row (only comments or blank lines)");
        }

        return new HeaderColumns(records.FieldStrings(), records.RecordLine, source);
    }

    /// <summary>The zero-based index of <paramref name="column"/>.</summary>
    /// <param name="option">The mapping option that names the column, for messages.</param>
    /// <param name="column">The reference.</param>
    /// <exception cref="DataException">A number past the header, or a name the header does not have (the message lists the columns).</exception>
    public int Find(string option, ColumnRef column)
    {
        if (column.Name is null)
        {
            return Header is not null && column.Number > Header.Count
                ? throw new DataException(_source, HeaderLine, $"{option}: there is no column #{column.Number}; the header has {Header.Count} columns")
                : column.Number - 1;
        }

        int exact = Header!.IndexOf(column.Name);
        if (exact >= 0)
        {
            return exact;
        }

        var loose = Header.Select((h, i) => (h, i)).Where(x => x.h.Equals(column.Name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return loose.Count == 1
            ? loose[0].i
            : throw new DataException(_source, HeaderLine, $"{option}: no column named {column}; the columns are: {string.Join(", ", Header)}");
    }
}
