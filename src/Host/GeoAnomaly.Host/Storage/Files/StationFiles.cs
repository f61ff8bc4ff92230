using System.Text;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Reading any station file: picks the reader (IAGA-2002 or delimited) and shares the file and grid plumbing.</summary>
internal static class StationFiles
{
    /// <summary>Reads <paramref name="path"/> with the reader its content calls for.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The mapping for delimited files; null to accept only IAGA-2002 or plain <c>time,col1,col2</c> CSV.</param>
    /// <param name="defaults">Channel identity for plain CSV without a format; null for network XX and the file name as station.</param>
    /// <param name="iagaNetwork">Network code for IAGA-2002 channels.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <remarks>
    /// A file whose first line is an IAGA-2002 <c>Format</c> record is read as IAGA-2002. Otherwise the given
    /// <paramref name="format"/> is used; without one, a CSV whose first column holds ISO 8601 times is read with
    /// <see cref="PlainCsvFormat"/>.
    /// </remarks>
    /// <exception cref="DataException">The file cannot be read as any of these; names the line and column.</exception>
    public static IReadOnlyList<ChannelSeries> Read(
        string path,
        DelimitedFormat? format = null,
        ChannelDefaults? defaults = null,
        string iagaNetwork = Iaga2002Reader.DefaultNetwork,
        CancellationToken cancellationToken = default)
    {
        string? first;
        using (var reader = OpenText(path))
        {
            first = reader.ReadLine();
        }

        if (Iaga2002Reader.IsIaga2002(first))
        {
            return new Iaga2002Reader(iagaNetwork).Read(path, cancellationToken);
        }

        format ??= PlainCsvFormat(path, defaults ?? new ChannelDefaults());
        return new DelimitedReader(format).Read(path, cancellationToken);
    }

    /// <summary>
    /// The format of a plain CSV (comma, semicolon or tab): header row, first column ISO 8601 times (UTC unless they say
    /// otherwise), every other column whose sampled values are numbers or blanks a channel named after its header.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="defaults">Network, station, kind, units and location of the channels.</param>
    /// <param name="sampleRows">Data rows looked at to tell numeric from text columns.</param>
    /// <exception cref="DataException">The file is not such a CSV; says why and asks for a format.</exception>
    public static DelimitedFormat PlainCsvFormat(string path, ChannelDefaults defaults, int sampleRows = 1000)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        using var reader = OpenText(path);
        string? headerText = null;
        long line = 0;
        while ((headerText = reader.ReadLine()) is not null)
        {
            line++;
            var t = headerText.AsSpan().TrimStart();
            if (!t.IsEmpty && !t.StartsWith(DelimitedFormat.Defaults.CommentPrefix, StringComparison.Ordinal))
            {
                break;
            }
        }

        if (headerText is null)
        {
            throw new DataException(path, null, "file is empty");
        }

        char delimiter = ",;\t".OrderByDescending(d => headerText.Count(c => c == d)).First();
        if (!headerText.Contains(delimiter, StringComparison.Ordinal))
        {
            throw new DataException(path, line, "not IAGA-2002 and not a CSV with a header row (no ',', ';' or tab in the first line); give a format");
        }

        var records = new TextRecordReader(new StringReader(headerText), path, FieldLayout.Delimited, delimiter);
        records.ReadRecord();
        var header = records.FieldStrings();
        records = new TextRecordReader(reader, path, FieldLayout.Delimited, delimiter, commentPrefix: DelimitedFormat.Defaults.CommentPrefix);
        var missing = new MissingValues(DelimitedFormat.Defaults.Missing, System.Globalization.NumberFormatInfo.InvariantInfo);
        // A column is a channel when most sampled values are numbers; a stray bad value in it is then an error
        // naming its line when the file is read, never a reason to drop the whole column.
        int[] numbers = new int[header.Count];
        int[] words = new int[header.Count];
        for (int row = 0; row < sampleRows && records.ReadRecord(); row++)
        {
            if (row == 0 && (records.FieldCount == 0 || !IsoTime.TryParse(records.Field(0), out _, out _)))
            {
                throw new DataException(path, line + records.RecordLine, $"first column '{header[0]}' does not hold ISO 8601 times ('{(records.FieldCount == 0 ? string.Empty : records.Field(0))}'); give a format");
            }

            for (int c = 1; c < Math.Min(header.Count, records.FieldCount); c++)
            {
                if (missing.TryRead(records.Field(c), out double value))
                {
                    numbers[c] += double.IsNaN(value) ? 0 : 1;
                }
                else
                {
                    words[c]++;
                }
            }
        }

        var channels = Enumerable.Range(1, header.Count - 1).Where(c => numbers[c] > words[c] && header[c].Length > 0).Select(c => new DelimitedChannel
        {
            Column = ColumnRef.Named(header[c]),
            Network = defaults.Network,
            Station = defaults.StationFor(path),
            Kind = defaults.Kind,
            Units = defaults.Units,
            Location = defaults.Location,
        }).ToList();
        if (channels.Count == 0)
        {
            throw new DataException(path, line, $"no numeric value columns besides the time column '{header[0]}'; give a format");
        }

        return new DelimitedFormat
        {
            Delimiter = delimiter == '\t' ? "tab" : delimiter.ToString(),
            TimeColumns = [ColumnRef.At(1)],
            Channels = channels,
        };
    }

    /// <summary>Opens a text file for sequential reading (UTF-8 unless a BOM says otherwise).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="DataException">The file does not exist or cannot be opened.</exception>
    public static StreamReader OpenText(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            throw new DataException(path, null, $"cannot open: {e.Message}", e);
        }
    }

    /// <summary>The grid step: <paramref name="step"/>, or the most common difference between the rows' times.</summary>
    /// <exception cref="DataException">Fewer than two rows and no step, or rows out of order; names the line.</exception>
    internal static TimeSpan Step(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<long> lines, TimeSpan? step, string source)
    {
        try
        {
            return step ?? Grid.InferStep(times);
        }
        catch (Grid.PointException e)
        {
            throw At(e, lines, source);
        }
    }

    /// <summary>Puts one channel's points on the grid, turning a point error into the file line it came from.</summary>
    /// <exception cref="DataException">A point is off the grid, duplicated or out of order; names the line.</exception>
    internal static Series OnGrid(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<double> values, IReadOnlyList<long> lines, TimeSpan? step, string source)
    {
        try
        {
            return Grid.FromPoints(times, values, step);
        }
        catch (Grid.PointException e)
        {
            throw At(e, lines, source);
        }
    }

    private static DataException At(Grid.PointException e, IReadOnlyList<long> lines, string source) =>
        new(source, lines.Count == 0 ? null : lines[Math.Clamp(e.Index, 0, lines.Count - 1)], e.Message, e);
}
