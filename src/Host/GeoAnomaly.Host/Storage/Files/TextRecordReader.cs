namespace GeoAnomaly.Host.Storage.Files;

/// <summary>How a text record is cut into fields.</summary>
internal enum FieldLayout
{
    /// <summary>Fields separated by one character, RFC 4180 quoting (a quoted field may span lines).</summary>
    Delimited,

    /// <summary>Fields separated by runs of spaces and tabs; no quoting.</summary>
    Whitespace,

    /// <summary>Fields at fixed column widths; the last field also takes the rest of the line.</summary>
    FixedWidth,
}

/// <summary>Reads a text file record by record, counting physical lines, skipping blank and comment lines.</summary>
/// <remarks>
/// Fields are exposed as spans into a reused buffer, so a data row costs no allocation beyond the line itself.
/// Unquoted fields are trimmed of surrounding white space; quoted fields keep theirs.
/// </remarks>
internal sealed class TextRecordReader
{
    private readonly TextReader _reader;
    private readonly string _source;
    private readonly FieldLayout _layout;
    private readonly char _delimiter;
    private readonly int[] _widths;
    private readonly string? _commentPrefix;
    private readonly List<(int Start, int Length)> _fields = [];
    private char[] _buffer = new char[256];
    private int _used;

    /// <summary>Creates a reader over <paramref name="reader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">File name for error messages.</param>
    /// <param name="layout">How fields are cut.</param>
    /// <param name="delimiter">The separator for <see cref="FieldLayout.Delimited"/>.</param>
    /// <param name="widths">Column widths for <see cref="FieldLayout.FixedWidth"/>.</param>
    /// <param name="commentPrefix">Lines starting with this (after leading white space) are skipped; null for none.</param>
    public TextRecordReader(TextReader reader, string source, FieldLayout layout, char delimiter = ',', IReadOnlyList<int>? widths = null, string? commentPrefix = null)
    {
        _reader = reader;
        _source = source;
        _layout = layout;
        _delimiter = delimiter;
        _widths = [.. widths ?? []];
        _commentPrefix = string.IsNullOrEmpty(commentPrefix) ? null : commentPrefix;
    }

    /// <summary>Number of the last physical line read (1-based).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Line on which the current record starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>Fields in the current record.</summary>
    public int FieldCount => _fields.Count;

    /// <summary>Field <paramref name="index"/> of the current record.</summary>
    /// <param name="index">Zero-based field index.</param>
    public ReadOnlySpan<char> Field(int index) => _buffer.AsSpan(_fields[index].Start, _fields[index].Length);

    /// <summary>
    /// The fields <paramref name="indices"/> of the current record joined by single spaces (a date and a time kept in
    /// separate columns), or the one field itself when there is one.
    /// </summary>
    /// <param name="indices">Zero-based field indices, in order.</param>
    /// <param name="joined">A scratch buffer, grown as needed and kept by the caller across records.</param>
    public ReadOnlySpan<char> Fields(int[] indices, ref char[] joined)
    {
        ArgumentNullException.ThrowIfNull(indices);
        if (indices.Length == 1)
        {
            return Field(indices[0]);
        }

        int length = 0;
        foreach (int index in indices)
        {
            var part = Field(index);
            if (length + part.Length + 1 > joined.Length)
            {
                Array.Resize(ref joined, (length + part.Length + 1) * 2);
            }

            if (length > 0)
            {
                joined[length++] = ' ';
            }

            part.CopyTo(joined.AsSpan(length));
            length += part.Length;
        }

        return joined.AsSpan(0, length);
    }

    /// <summary>Reads one physical line as it is (used to skip leading rows); null at the end.</summary>
    public string? ReadLine()
    {
        string? line = _reader.ReadLine();
        if (line is not null)
        {
            LineNumber++;
        }

        return line;
    }

    /// <summary>Reads the next record that is not blank or a comment; false at the end of the text.</summary>
    /// <exception cref="DataException">A quoted field is never closed, or text follows a closing quote.</exception>
    public bool ReadRecord()
    {
        while (true)
        {
            string? line = ReadLine();
            if (line is null)
            {
                return false;
            }

            var trimmed = line.AsSpan().TrimStart();
            if (trimmed.IsWhiteSpace() || (_commentPrefix is not null && trimmed.StartsWith(_commentPrefix, StringComparison.Ordinal)))
            {
                continue;
            }

            RecordLine = LineNumber;
            _fields.Clear();
            _used = 0;
            switch (_layout)
            {
                case FieldLayout.Whitespace:
                    SplitWhitespace(line);
                    break;
                case FieldLayout.FixedWidth:
                    SplitFixed(line);
                    break;
                default:
                    SplitDelimited(line);
                    break;
            }

            return true;
        }
    }

    /// <summary>The names of the current record's fields (for a header row).</summary>
    public List<string> FieldStrings()
    {
        var names = new List<string>(_fields.Count);
        for (int i = 0; i < _fields.Count; i++)
        {
            names.Add(Field(i).ToString());
        }

        return names;
    }

    private void SplitWhitespace(string line)
    {
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            int start = i;
            while (i < line.Length && line[i] is not (' ' or '\t'))
            {
                i++;
            }

            if (i > start)
            {
                Add(line.AsSpan(start, i - start));
            }
        }
    }

    private void SplitFixed(string line)
    {
        int position = 0;
        for (int k = 0; k < _widths.Length; k++)
        {
            int start = Math.Min(position, line.Length);
            int length = k == _widths.Length - 1 ? line.Length - start : Math.Min(_widths[k], line.Length - start);
            Add(line.AsSpan(start, length).Trim());
            position += _widths[k];
        }
    }

    private void SplitDelimited(string line)
    {
        int i = 0;
        while (true)
        {
            int start = i;
            while (i < line.Length && line[i] != _delimiter && IsBlank(line[i]))
            {
                i++;
            }

            if (i < line.Length && line[i] == '"')
            {
                i = ReadQuoted(ref line, i + 1);
            }
            else
            {
                while (i < line.Length && line[i] != _delimiter)
                {
                    i++;
                }

                Add(TrimBlank(line.AsSpan(start, i - start)));
            }

            if (i >= line.Length)
            {
                return;
            }

            i++; // past the delimiter
        }
    }

    private int ReadQuoted(ref string line, int i)
    {
        int start = _used;
        while (true)
        {
            if (i >= line.Length)
            {
                string? next = ReadLine()
                    ?? throw new DataException(_source, RecordLine, "a quoted field opened on this line is never closed");
                Append('\n');
                line = next;
                i = 0;
                continue;
            }

            char c = line[i++];
            if (c != '"')
            {
                Append(c);
                continue;
            }

            if (i < line.Length && line[i] == '"')
            {
                Append('"');
                i++;
                continue;
            }

            _fields.Add((start, _used - start));
            while (i < line.Length && line[i] != _delimiter)
            {
                if (!IsBlank(line[i]))
                {
                    throw new DataException(_source, LineNumber, $"field {_fields.Count}: text after the closing quote (write \"\" for a quote inside a quoted field)");
                }

                i++;
            }

            return i;
        }
    }

    private bool IsBlank(char c) => c is ' ' or '\t' && c != _delimiter;

    private ReadOnlySpan<char> TrimBlank(ReadOnlySpan<char> span)
    {
        int a = 0;
        int b = span.Length;
        while (a < b && IsBlank(span[a]))
        {
            a++;
        }

        while (b > a && IsBlank(span[b - 1]))
        {
            b--;
        }

        return span[a..b];
    }

    private void Add(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_buffer.AsSpan(_used));
        _fields.Add((_used, text.Length));
        _used += text.Length;
    }

    private void Append(char c)
    {
        Reserve(1);
        _buffer[_used++] = c;
    }

    private void Reserve(int more)
    {
        if (_used + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + more));
        }
    }
}
