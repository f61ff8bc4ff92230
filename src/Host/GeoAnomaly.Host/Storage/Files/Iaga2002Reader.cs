using System.Globalization;
using System.Text.RegularExpressions;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Reads INTERMAGNET IAGA-2002 geomagnetic files (minute, second or any other interval) onto the regular grid.</summary>
/// <remarks>
/// One channel per reported element: network configurable (default <see cref="DefaultNetwork"/>), station = IAGA code,
/// channel = element letter (column name without the station prefix). Values <c>99999</c> (missing) and <c>88888</c>
/// (not recorded), in any decimal form, become NaN (as does a literal <c>NaN</c>). Columns named <c>…NUL</c> are unused slots and are left out when
/// they hold only sentinels. Units are nT, or minutes of arc (<c>min</c>) for D and I. The step comes from the data
/// (the grid's most common difference). The file is streamed line by line.
/// </remarks>
internal sealed partial class Iaga2002Reader
{
    /// <summary>The network code given to IAGA-2002 channels unless configured otherwise.</summary>
    public const string DefaultNetwork = "IAGA";

    /// <summary>The element name of an unused column slot.</summary>
    public const string UnusedSlot = "NUL";

    /// <summary>The sentinel for a missing value.</summary>
    public const double MissingValue = 99999;

    /// <summary>The sentinel for a value that was not recorded.</summary>
    public const double NotRecordedValue = 88888;

    /// <summary>Creates a reader that names channels in <paramref name="network"/>.</summary>
    /// <param name="network">Network code for the channels.</param>
    public Iaga2002Reader(string network = DefaultNetwork)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(network);
        Network = network;
    }

    /// <summary>The network code given to the channels.</summary>
    public string Network { get; }

    /// <summary>True when <paramref name="firstLine"/> is an IAGA-2002 <c>Format</c> header record.</summary>
    /// <param name="firstLine">The first line of a file.</param>
    public static bool IsIaga2002(string? firstLine) =>
        firstLine is not null
        && firstLine.AsSpan().TrimStart().StartsWith("Format", StringComparison.OrdinalIgnoreCase)
        && firstLine.Contains("IAGA-2002", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the channels of the file at <paramref name="path"/>.</summary>
    /// <param name="path">An IAGA-2002 file.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="DataException">The file is malformed; names the line and column.</exception>
    public IReadOnlyList<ChannelSeries> Read(string path, CancellationToken cancellationToken = default) =>
        ReadFile(path, cancellationToken).Channels;

    /// <summary>Reads the header and the channels of the file at <paramref name="path"/>.</summary>
    /// <param name="path">An IAGA-2002 file.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="DataException">The file is malformed; names the line and column.</exception>
    public Iaga2002File ReadFile(string path, CancellationToken cancellationToken = default)
    {
        using var reader = StationFiles.OpenText(path);
        return Read(reader, path, cancellationToken);
    }

    /// <summary>Reads an IAGA-2002 text from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text, positioned at its first line.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="DataException">The text is malformed; names the line and column.</exception>
    public Iaga2002File Read(TextReader reader, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long line = 0;
        var header = ReadHeader(reader, source, ref line);
        var (station, elements) = Elements(header, source, line);
        int columns = elements.Count;
        var times = new List<DateTimeOffset>(1 << 12);
        var lines = new List<long>(1 << 12);
        var values = new List<double>[columns];
        var firstValueLine = new long[columns];
        for (int c = 0; c < columns; c++)
        {
            values[c] = new List<double>(1 << 12);
        }

        Span<Range> fields = columns <= 60 ? stackalloc Range[columns + 4] : new Range[columns + 4];
        while (reader.ReadLine() is string text)
        {
            line++;
            if ((line & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var span = text.AsSpan();
            int n = FastText.SplitWhitespace(span, fields);
            if (n == 0)
            {
                continue;
            }

            if (n != columns + 3)
            {
                throw new DataException(source, line, $"expected {columns + 3} fields (DATE TIME DOY {string.Join(' ', header.Columns)}), got {n}");
            }

            times.Add(ParseTime(span[fields[0]], span[fields[1]], span[fields[2]], source, line));
            lines.Add(line);
            for (int c = 0; c < columns; c++)
            {
                var field = span[fields[c + 3]];
                if (!FastText.TryParseDouble(field, NumberFormatInfo.InvariantInfo, out double v) || double.IsInfinity(v))
                {
                    throw new DataException(source, line, $"column {header.Columns[c]}: '{field}' is not a number");
                }

                if (v is MissingValue or NotRecordedValue || double.IsNaN(v))
                {
                    v = double.NaN;
                }
                else if (firstValueLine[c] == 0)
                {
                    firstValueLine[c] = line;
                }

                values[c].Add(v);
            }
        }

        if (times.Count == 0)
        {
            throw new DataException(source, line, "no data records after the DATE TIME DOY data header");
        }

        var channels = new List<ChannelSeries>(columns);
        TimeSpan step = times.Count < 2 ? StepFromHeader(header, source, lines[0]) : StationFiles.Step(times, lines, null, source);
        for (int c = 0; c < columns; c++)
        {
            if (elements[c] == UnusedSlot)
            {
                if (firstValueLine[c] != 0)
                {
                    throw new DataException(source, firstValueLine[c], $"column {header.Columns[c]} is an unused ({UnusedSlot}) slot but holds a value");
                }

                continue;
            }

            var info = new ChannelInfo(new ChannelId(Network, station, elements[c]), ChannelKind.Electromagnetic, UnitsOf(elements[c]), header.Location);
            channels.Add(new ChannelSeries(info, StationFiles.OnGrid(times, values[c], lines, step, source)));
        }

        return new Iaga2002File(header, channels);
    }

    private static DateTimeOffset ParseTime(ReadOnlySpan<char> date, ReadOnlySpan<char> time, ReadOnlySpan<char> doy, string source, long line)
    {
        if (date.Length != 10 || !IsoTime.TryParseDate(date, out long dayTicks))
        {
            throw new DataException(source, line, $"column DATE: '{date}' is not a date YYYY-MM-DD");
        }

        if (!IsoTime.TryParseTimeOfDay(time, out long timeTicks))
        {
            throw new DataException(source, line, $"column TIME: '{time}' is not a time hh:mm:ss.sss");
        }

        var day = new DateTime(dayTicks, DateTimeKind.Utc);
        if (!int.TryParse(doy, NumberStyles.None, CultureInfo.InvariantCulture, out int dayOfYear) || dayOfYear != day.DayOfYear)
        {
            throw new DataException(source, line, $"column DOY: '{doy}' is not the day of year of {date} ({day.DayOfYear:000})");
        }

        return new DateTimeOffset(dayTicks + timeTicks, TimeSpan.Zero);
    }

    /// <summary>Station code and element per column: the column name less the station prefix.</summary>
    private static (string Station, List<string> Elements) Elements(Iaga2002Header header, string source, long line)
    {
        var columns = header.Columns;
        string code = header.IagaCode;
        string? prefix = null;
        if (code.Length > 0 && columns.All(c => c.Length > code.Length && c.StartsWith(code, StringComparison.OrdinalIgnoreCase)))
        {
            prefix = code;
        }
        else if (header.Reported.Count == columns.Count
            && columns.Select((c, i) => c.Length > header.Reported[i].Length && c.EndsWith(header.Reported[i], StringComparison.OrdinalIgnoreCase)
                ? c[..^header.Reported[i].Length] : null).Distinct(StringComparer.OrdinalIgnoreCase).SingleOrDefault() is string common)
        {
            prefix = common;
        }

        var elements = columns.Select(c => prefix is null ? c : c[prefix.Length..].ToUpperInvariant()).ToList();
        string station = code.Length > 0 ? code : prefix ?? string.Empty;
        if (station.Length == 0)
        {
            throw new DataException(source, line, $"no station code: the IAGA CODE header is blank and the columns ({string.Join(' ', columns)}) share no prefix");
        }

        var duplicate = elements.Where(e => e != UnusedSlot).GroupBy(e => e).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DataException(source, line, $"element {duplicate.Key} appears in two columns");
        }

        return (station, elements);
    }

    private static string UnitsOf(string element) => element is "D" or "I" ? "min" : "nT";

    private static TimeSpan StepFromHeader(Iaga2002Header header, string source, long line)
    {
        var match = IntervalPattern().Match(header.DataIntervalType ?? string.Empty);
        if (!match.Success)
        {
            throw new DataException(source, line, "one data record and no recognisable 'Data Interval Type': cannot tell the sampling step");
        }

        double count = match.Groups[1].Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
        var unit = match.Groups[2].Value.ToLowerInvariant() switch
        {
            var u when u.StartsWith("sec", StringComparison.Ordinal) => TimeSpan.FromSeconds(1),
            var u when u.StartsWith("min", StringComparison.Ordinal) => TimeSpan.FromMinutes(1),
            var u when u.StartsWith("hour", StringComparison.Ordinal) => TimeSpan.FromHours(1),
            _ => TimeSpan.FromDays(1),
        };
        return unit * count;
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)?\s*-?\s*(second|sec|minute|min|hour|day)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntervalPattern();
}
