using System.Globalization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Header records, comments and the data header line.</summary>
internal sealed partial class Iaga2002Reader
{
    private static readonly string[] s_labels =
    [
        "Format", "Source of Data", "Station Name", "IAGA CODE", "Geodetic Latitude", "Geodetic Longitude", "Elevation",
        "Reported", "Sensor Orientation", "Digital Sampling", "Data Interval Type", "Data Type", "Publication Date",
    ];

    /// <summary>Reads lines up to and including the <c>DATE TIME DOY …</c> data header.</summary>
    private static Iaga2002Header ReadHeader(TextReader reader, string source, ref long line)
    {
        var values = new Dictionary<string, (string Value, long Line)>(StringComparer.OrdinalIgnoreCase);
        var other = new Dictionary<string, string>();
        var comments = new List<string>();
        while (reader.ReadLine() is string text)
        {
            line++;
            var content = text.AsSpan().Trim();
            if (content.IsEmpty)
            {
                continue;
            }

            if (content.EndsWith('|'))
            {
                content = content[..^1].TrimEnd();
            }

            if (content.StartsWith('#'))
            {
                comments.Add(content[1..].Trim().ToString());
                continue;
            }

            if (content.StartsWith("DATE", StringComparison.OrdinalIgnoreCase) && content.Length > 4 && char.IsWhiteSpace(content[4]))
            {
                return Build(source, values, other, comments, Columns(source, line, content));
            }

            if (char.IsAsciiDigit(content[0]))
            {
                throw new DataException(source, line, "data record before the DATE TIME DOY data header record");
            }

            var (label, value) = SplitRecord(content);
            if (values.ContainsKey(label) || other.ContainsKey(label))
            {
                throw new DataException(source, line, $"header record '{label}' appears twice");
            }

            if (s_labels.Contains(label, StringComparer.OrdinalIgnoreCase))
            {
                values[label] = (value, line);
            }
            else
            {
                other[label] = value;
            }
        }

        throw new DataException(source, line == 0 ? null : line, line == 0 ? "file is empty" : "no DATE TIME DOY data header record");
    }

    private static (string Label, string Value) SplitRecord(ReadOnlySpan<char> content)
    {
        foreach (string label in s_labels)
        {
            if (content.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                && (content.Length == label.Length || char.IsWhiteSpace(content[label.Length])))
            {
                return (label, content[label.Length..].Trim().ToString());
            }
        }

        // Outside the specification: label in columns 2-24, value from column 25 (spans are already trimmed).
        int split = content.IndexOf("  ", StringComparison.Ordinal);
        return split < 0
            ? (content.ToString(), string.Empty)
            : (content[..split].ToString(), content[split..].Trim().ToString());
    }

    private static List<string> Columns(string source, long line, ReadOnlySpan<char> content)
    {
        var names = new List<string>();
        foreach (var range in content.SplitAny(" \t"))
        {
            if (!content[range].IsEmpty)
            {
                names.Add(content[range].ToString());
            }
        }

        if (names.Count < 4 || !names[1].Equals("TIME", StringComparison.OrdinalIgnoreCase) || !names[2].Equals("DOY", StringComparison.OrdinalIgnoreCase))
        {
            throw new DataException(source, line, $"data header must be 'DATE TIME DOY' and the value columns, got '{content}'");
        }

        return names[3..];
    }

    private static Iaga2002Header Build(
        string source,
        Dictionary<string, (string Value, long Line)> values,
        Dictionary<string, string> other,
        List<string> comments,
        List<string> columns)
    {
        string? Text(string label) => values.TryGetValue(label, out var v) ? v.Value : null;

        double? Number(string label, double min, double max)
        {
            if (!values.TryGetValue(label, out var v) || v.Value.Length == 0)
            {
                return null;
            }

            if (!double.TryParse(v.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) || x < min || x > max)
            {
                throw new DataException(source, v.Line, $"header '{label}': '{v.Value}' is not a number in {min}..{max}");
            }

            return x;
        }

        if (values.TryGetValue("Format", out var format) && !format.Value.StartsWith("IAGA-2002", StringComparison.OrdinalIgnoreCase))
        {
            throw new DataException(source, format.Line, $"header 'Format': '{format.Value}' is not IAGA-2002");
        }

        double? longitude = Number("Geodetic Longitude", -180, 360);
        return new Iaga2002Header
        {
            Format = Text("Format"),
            SourceOfData = Text("Source of Data"),
            StationName = Text("Station Name"),
            IagaCode = Text("IAGA CODE") ?? string.Empty,
            Latitude = Number("Geodetic Latitude", -90, 90),
            Longitude = longitude is double lon ? new StationLocation(0, lon, 0).Normalised().Longitude : null,
            Elevation = Number("Elevation", -12000, 9000),
            Reported = Iaga2002Header.SplitReported(Text("Reported") ?? string.Empty),
            SensorOrientation = Text("Sensor Orientation"),
            DigitalSampling = Text("Digital Sampling"),
            DataIntervalType = Text("Data Interval Type"),
            DataType = Text("Data Type"),
            PublicationDate = Text("Publication Date"),
            Other = other,
            Comments = comments,
            Columns = columns,
        };
    }
}
