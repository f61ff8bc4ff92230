using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Reads delimited, whitespace or fixed-column station exports onto the regular grid, as a <see cref="DelimitedFormat"/> maps them.</summary>
/// <remarks>
/// Rows are streamed; each value column becomes one <see cref="ChannelSeries"/> on a grid shared by all channels of
/// the file (step given, or the most common difference). Every problem is a <see cref="DataException"/> naming the
/// file, the line and the column: a malformed number or time, a row with the wrong number of fields, a missing
/// column, an unordered or duplicated row (unless <see cref="DelimitedFormat.Sort"/>), an empty file.
/// </remarks>
internal sealed partial class DelimitedReader
{
    private readonly DelimitedFormat _format;
    private readonly FieldLayout _layout;
    private readonly char _delimiter;
    private readonly DelimitedTimeParser _time;
    private readonly MissingValues _missing;

    /// <summary>Creates a reader for <paramref name="format"/>.</summary>
    /// <param name="format">The mapping.</param>
    /// <exception cref="OptionsException">The format is invalid; carries every problem.</exception>
    public DelimitedReader(DelimitedFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        format.ThrowIfInvalid();
        _format = format;
        format.TryLayout(out _layout, out _delimiter, out _);
        _time = DelimitedTimeParser.Create(format);
        _missing = new MissingValues(format.Missing, format.Numbers);
    }

    /// <summary>Reads the channels of the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="DataException">The file does not match the format; names line and column.</exception>
    public IReadOnlyList<ChannelSeries> Read(string path, CancellationToken cancellationToken = default)
    {
        using var reader = StationFiles.OpenText(path);
        return Read(reader, path, cancellationToken);
    }

    /// <summary>Reads the channels of a text.</summary>
    /// <param name="reader">The text, at its first line.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="DataException">The text does not match the format; names line and column.</exception>
    public IReadOnlyList<ChannelSeries> Read(TextReader reader, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new TextRecordReader(reader, source, _layout, _delimiter, _format.ColumnWidths, _format.CommentPrefix);
        for (int i = 0; i < _format.SkipRows; i++)
        {
            if (records.ReadLine() is null)
            {
                throw new DataException(source, null, i == 0 ? "file is empty" : $"file has only {i} lines, fewer than skipRows ({_format.SkipRows})");
            }
        }

        var columns = Columns.Resolve(_format, records, source);
        var rows = new Rows(_format.Channels.Count);
        char[] joined = new char[64];
        int expected = columns.FieldCount;
        while (records.ReadRecord())
        {
            if ((rows.Count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            long line = records.RecordLine;
            if (expected == 0)
            {
                expected = records.FieldCount;
                columns.CheckWidth(expected, source, line);
            }

            int count = records.FieldCount;
            if (count != expected && !(count == expected + 1 && records.Field(count - 1).IsEmpty))
            {
                throw new DataException(source, line, $"{count} fields, expected {expected} ({columns.CountOrigin})");
            }

            rows.Add(ParseTime(records, columns, ref joined, source, line), line);
            for (int c = 0; c < columns.Values.Length; c++)
            {
                var field = records.Field(columns.Values[c]);
                if (!_missing.TryRead(field, out double value))
                {
                    throw new DataException(source, line, $"column {columns.Describe(columns.Values[c])}: '{field}' is not a number{(field.IsEmpty ? " (add \"\" to missing to allow empty fields)" : string.Empty)}");
                }

                rows.Values[c].Add(value);
            }
        }

        if (rows.Count == 0)
        {
            throw new DataException(source, columns.HeaderLine, records.LineNumber == 0 ? "file is empty" : columns.HeaderLine is null ? "no data rows" : "no data rows after the header");
        }

        if (_format.Sort)
        {
            rows.SortAndDropDuplicates(source, columns);
        }
        else
        {
            rows.CheckOrder(source, columns);
        }

        var step = StationFiles.Step(rows.Times, rows.Lines, _format.Step, source);
        var result = new List<ChannelSeries>(columns.Values.Length);
        for (int c = 0; c < columns.Values.Length; c++)
        {
            result.Add(new ChannelSeries(columns.Channels[c], StationFiles.OnGrid(rows.Times, rows.Values[c], rows.Lines, step, source)));
        }

        return result;
    }

    private DateTimeOffset ParseTime(TextRecordReader records, Columns columns, ref char[] joined, string source, long line)
    {
        var text = records.Fields(columns.Time, ref joined);

        if (!_time.TryParse(text, out var time))
        {
            throw new DataException(source, line, $"column {columns.DescribeTime()}: '{text}' is not {_time.Expected}");
        }

        return time;
    }
}
