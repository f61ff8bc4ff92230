using System.Globalization;

namespace GeoAnomaly.Synthetic.Writing;

/// <summary>Writes a station's geomagnetic channels as an IAGA-2002 file.</summary>
/// <remarks>
/// <para>
/// Layout, after the IAGA-2002 Data Exchange Format (IAGA Division V, adopted August 2001, revised June 2015;
/// <c>https://www.ngdc.noaa.gov/IAGA/vdat/IAGA2002/iaga2002format.html</c>, mirrored by WDC Kyoto at
/// <c>https://wdc.kugi.kyoto-u.ac.jp/mdplt/format/iaga2002.html</c>); every record is exactly 70 characters:
/// </para>
/// <list type="bullet">
/// <item>12 mandatory header records: a space in column 1, the label from column 2, the value from column 25 and a
/// vertical bar <c>|</c> in column 70 (Format, Source of Data, Station Name, IAGA CODE, Geodetic Latitude, Geodetic
/// Longitude (0..360 east), Elevation, Reported, Sensor Orientation, Digital Sampling, Data Interval Type, Data Type);</item>
/// <item>comment records: <c> # </c>, text, <c>|</c> in column 70;</item>
/// <item>the data header: <c>DATE       TIME         DOY</c>, then the four element names (IAGA code + element) from
/// columns 33, 43, 53, 63, and <c>|</c> in column 70;</item>
/// <item>data records: <c>YYYY-MM-DD HH:MM:SS.sss DDD</c>, three spaces, then exactly four values as F10.2.</item>
/// </list>
/// <para>
/// Elements are H, E, Z (nT) and a fourth, NUL, that is not recorded; the format requires four. Missing samples are
/// 99999.00 and the not-recorded element 88888.00, the format's two sentinels; a station without one of H, E, Z writes
/// NUL in its place too. Data type is "variation" (values relative to an arbitrary baseline, as variometer stations
/// report). Compare the real USGS files in <c>shared/data/series/intermagnet-bou</c>, which follow the same layout.
/// </para>
/// </remarks>
internal static class Iaga2002Writer
{
    /// <summary>Length of every record.</summary>
    public const int RecordLength = 70;

    /// <summary>Value written for a missing sample.</summary>
    public const string Missing = "99999.00";

    /// <summary>Value written for an element that is not recorded.</summary>
    public const string NotRecorded = "88888.00";

    private static readonly string[] s_elements = ["H", "E", "Z"];

    /// <summary>Writes the samples [<paramref name="from"/>, <paramref name="to"/>) of a station's geomagnetic channels.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="station">The station.</param>
    /// <param name="channels">The station's H, E and Z channels (any subset; others are ignored).</param>
    /// <param name="from">First sample index.</param>
    /// <param name="to">Index after the last sample.</param>
    /// <param name="comments">Comment records to add after the header (wrapped at 65 characters).</param>
    public static void Write(TextWriter writer, SyntheticStation station, IReadOnlyList<SyntheticChannel> channels, int from, int to, IEnumerable<string> comments)
    {
        var columns = s_elements.Select(e => channels.FirstOrDefault(c => c.Info.Id.Channel == e)).ToArray();
        var axisSeries = columns.FirstOrDefault(c => c != null)?.Series
            ?? throw new ArgumentException($"station {station.Code} has no H, E or Z channel to write", nameof(channels));
        var step = axisSeries.Step;
        string reported = string.Concat(columns.Select((c, i) => c is null ? "NUL" : s_elements[i])) + "NUL";
        double longitude = station.Location.Longitude < 0 ? station.Location.Longitude + 360 : station.Location.Longitude;

        Header(writer, "Format", "IAGA-2002");
        Header(writer, "Source of Data", "GeoAnomaly synthetic network generator");
        Header(writer, "Station Name", station.Name);
        Header(writer, "IAGA CODE", station.Code);
        Header(writer, "Geodetic Latitude", station.Location.Latitude.ToString("0.000", CultureInfo.InvariantCulture));
        Header(writer, "Geodetic Longitude", longitude.ToString("0.000", CultureInfo.InvariantCulture));
        Header(writer, "Elevation", Math.Round(station.Location.ElevationMetres).ToString(CultureInfo.InvariantCulture));
        Header(writer, "Reported", reported);
        Header(writer, "Sensor Orientation", "HEZ");
        Header(writer, "Digital Sampling", $"{step.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} second");
        Header(writer, "Data Interval Type", $"{IntervalName(step)} (instantaneous)");
        Header(writer, "Data Type", "variation");
        foreach (string comment in comments)
        {
            foreach (string wrapped in Wrap(comment, 65))
            {
                Record(writer, $" # {wrapped.PadRight(65)} |");
            }
        }

        string code = station.Code;
        Record(writer, "DATE       TIME         DOY     "
            + $"{code}{Element(columns, 0)}".PadRight(10) + $"{code}{Element(columns, 1)}".PadRight(10)
            + $"{code}{Element(columns, 2)}".PadRight(10) + $"{code}NUL".PadRight(7) + "|");

        var series = columns.Select(c => c?.Series).ToArray();
        Span<char> line = stackalloc char[RecordLength];
        for (int i = from; i < to; i++)
        {
            var time = axisSeries.TimeAt(i).UtcDateTime;
            time.TryFormat(line, out int written, "yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
            line[written++] = ' ';
            time.DayOfYear.TryFormat(line[written..], out int doy, "000", CultureInfo.InvariantCulture);
            written += doy;
            line.Slice(written, 3).Fill(' ');
            written += 3;
            for (int e = 0; e < 3; e++)
            {
                double value = series[e] is null ? double.NaN : series[e]![i];
                written += Value(line[written..], series[e] is null ? NotRecorded : double.IsNaN(value) ? Missing : null, value);
            }

            written += Value(line[written..], NotRecorded, 0);
            writer.Write(line[..written]);
            writer.Write('\n');
        }
    }

    /// <summary>The interval part of the recommended file name: <c>sec</c>, <c>min</c> or <c>hor</c>.</summary>
    /// <param name="step">Sampling interval.</param>
    public static string IntervalCode(TimeSpan step) =>
        step < TimeSpan.FromMinutes(1) ? "sec" : step < TimeSpan.FromHours(1) ? "min" : "hor";

    private static string IntervalName(TimeSpan step) =>
        step == TimeSpan.FromSeconds(1) ? "1-second"
        : step == TimeSpan.FromMinutes(1) ? "1-minute"
        : step == TimeSpan.FromHours(1) ? "1-hour"
        : $"{step.TotalSeconds.ToString(CultureInfo.InvariantCulture)}-second";

    private static string Element(SyntheticChannel?[] columns, int index) => columns[index] is null ? "NUL" : s_elements[index];

    private static int Value(Span<char> destination, string? sentinel, double value)
    {
        Span<char> text = stackalloc char[32];
        int length;
        if (sentinel != null)
        {
            sentinel.AsSpan().CopyTo(text);
            length = sentinel.Length;
        }
        else if (!value.TryFormat(text, out length, "F2", CultureInfo.InvariantCulture) || length > 10)
        {
            throw new InvalidOperationException($"value {value} does not fit the IAGA-2002 F10.2 field");
        }

        destination[..(10 - length)].Fill(' ');
        text[..length].CopyTo(destination[(10 - length)..]);
        return 10;
    }

    private static void Header(TextWriter writer, string label, string value)
    {
        if (value.Length > 44)
        {
            throw new ArgumentException($"IAGA-2002 header '{label}' value '{value}' is longer than 44 characters", nameof(value));
        }

        Record(writer, $" {label.PadRight(23)}{value.PadRight(44)} |");
    }

    private static void Record(TextWriter writer, string record)
    {
        if (record.Length != RecordLength)
        {
            throw new InvalidOperationException($"IAGA-2002 record is {record.Length} characters, not {RecordLength}: '{record}'");
        }

        writer.Write(record);
        writer.Write('\n');
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word.Length > width ? word[..width] : word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
