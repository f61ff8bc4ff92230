using System.Globalization;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Reads an RFC 4180 CSV with a header row by column name, naming file, line and column in every error.</summary>
internal sealed class CsvTableReader
{
    private readonly TextRecordReader _records;
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the header and checks it against the known columns.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">File name for messages.</param>
    /// <param name="required">Columns that must be present.</param>
    /// <param name="optional">Columns that may be present.</param>
    /// <exception cref="DataException">Empty file, a required column missing, an unknown or repeated column.</exception>
    public CsvTableReader(TextReader reader, string source, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        Source = source;
        _records = new TextRecordReader(reader, source, FieldLayout.Delimited, ',');
        if (!_records.ReadRecord())
        {
            throw new DataException(source, null, $"file is empty; expected the header {string.Join(",", required)}");
        }

        var known = required.Concat(optional).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = _records.FieldStrings();
        for (int i = 0; i < names.Count; i++)
        {
            if (!known.Contains(names[i]))
            {
                throw new DataException(source, _records.RecordLine, $"unknown column '{names[i]}'; the columns are {string.Join(", ", known)}");
            }

            if (!_index.TryAdd(names[i], i))
            {
                throw new DataException(source, _records.RecordLine, $"column '{names[i]}' appears twice");
            }
        }

        var missing = required.Where(r => !_index.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw new DataException(source, _records.RecordLine, $"missing column(s) {string.Join(", ", missing)}");
        }

        FieldCount = names.Count;
    }

    /// <summary>File name for messages.</summary>
    public string Source { get; }

    /// <summary>The line the current row starts on.</summary>
    public long Line => _records.RecordLine;

    /// <summary>Number of columns in the header.</summary>
    public int FieldCount { get; }

    /// <summary>Reads the next row; false at the end.</summary>
    /// <exception cref="DataException">The row has a different number of fields than the header.</exception>
    public bool Read()
    {
        if (!_records.ReadRecord())
        {
            return false;
        }

        if (_records.FieldCount != FieldCount)
        {
            throw new DataException(Source, Line, $"{_records.FieldCount} fields, the header has {FieldCount}");
        }

        return true;
    }

    /// <summary>Whether the header has <paramref name="column"/>.</summary>
    /// <param name="column">Column name.</param>
    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>The text of <paramref name="column"/> in the current row; empty when the column is absent.</summary>
    /// <param name="column">Column name.</param>
    public string Text(string column) => _index.TryGetValue(column, out int i) ? _records.Field(i).ToString() : string.Empty;

    /// <summary>A number; the empty field is NaN.</summary>
    /// <param name="column">Column name.</param>
    /// <exception cref="DataException">Not a number; names line and column.</exception>
    public double Number(string column)
    {
        string text = Text(column);
        if (text.Length == 0)
        {
            return double.NaN;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw Error(column, $"'{text}' is not a number");
    }

    /// <summary>An ISO 8601 time (naive times are UTC).</summary>
    /// <param name="column">Column name.</param>
    /// <exception cref="DataException">Empty or not ISO 8601; names line and column.</exception>
    public DateTimeOffset Time(string column)
    {
        string text = Text(column);
        if (!IsoTime.TryParse(text, out var naive, out var offset))
        {
            throw Error(column, $"'{text}' is not an ISO 8601 time");
        }

        return new DateTimeOffset(naive.Ticks - (offset ?? TimeSpan.Zero).Ticks, TimeSpan.Zero);
    }

    /// <summary>A non-empty text.</summary>
    /// <param name="column">Column name.</param>
    /// <exception cref="DataException">The field is empty.</exception>
    public string Required(string column)
    {
        string text = Text(column);
        return text.Trim().Length > 0 ? text : throw Error(column, "must not be empty");
    }

    /// <summary>An error about <paramref name="column"/> on the current line.</summary>
    /// <param name="column">Column name.</param>
    /// <param name="message">What is wrong.</param>
    public DataException Error(string column, string message) => new(Source, Line, $"column {column}: {message}");
}
