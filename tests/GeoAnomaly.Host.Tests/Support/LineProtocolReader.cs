using System.Text;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>A reference reader of one line-protocol line that applies the InfluxDB 1.x rules as the line protocol
/// reference documents them and as influxd 1.6.7 behaves (checked in this project's integration tests):</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Measurement, tag keys and tag values end at a comma/space (and a tag key at '=') not preceded by a backslash;
/// then <c>\,</c> <c>\ </c> (and <c>\=</c> for tags) lose their backslash; any other backslash stays.</item>
/// <item>Field keys end at '=' ; the scanner skips the character after any backslash; <c>\,</c> <c>\=</c> <c>\ </c> unescape.</item>
/// <item>String field values are double-quoted; inside, <c>\\</c> is a backslash and <c>\"</c> a quote.</item>
/// </list>
/// </remarks>
public static class LineProtocolReader
{
    /// <summary>One parsed line. Field values are raw tokens, except strings, which are unquoted and unescaped.</summary>
    public sealed record Line(string Measurement, IReadOnlyList<(string Key, string Value)> Tags, IReadOnlyList<(string Key, string Value, bool IsString)> Fields, long? Time);

    public static Line Parse(string text)
    {
        int i = 0;
        string measurement = Unescape(ScanUntil(text, ref i, ", ", ""), ", ");
        var tags = new List<(string, string)>();
        while (i < text.Length && text[i] == ',')
        {
            i++;
            string key = Unescape(ScanUntil(text, ref i, "=", ", "), ",= ");
            Expect(text, ref i, '=');
            string value = Unescape(ScanUntil(text, ref i, ", ", "="), ",= ");
            if (key.Length == 0 || value.Length == 0)
            {
                throw new FormatException($"empty tag key or value in '{text}'");
            }

            tags.Add((key, value));
        }

        Expect(text, ref i, ' ');
        var fields = new List<(string, string, bool)>();
        while (true)
        {
            var key = new StringBuilder();
            while (i < text.Length && text[i] != '=')
            {
                if (text[i] == '\\' && i + 1 < text.Length)
                {
                    key.Append(text[i]).Append(text[i + 1]);
                    i += 2;
                    continue;
                }

                key.Append(text[i++]);
            }

            Expect(text, ref i, '=');
            if (i < text.Length && text[i] == '"')
            {
                fields.Add((Unescape(key.ToString(), ",= "), ReadString(text, ref i), true));
            }
            else
            {
                int start = i;
                while (i < text.Length && text[i] != ',' && text[i] != ' ')
                {
                    i++;
                }

                fields.Add((Unescape(key.ToString(), ",= "), text[start..i], false));
            }

            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            break;
        }

        long? time = null;
        if (i < text.Length)
        {
            Expect(text, ref i, ' ');
            time = long.Parse(text[i..], System.Globalization.CultureInfo.InvariantCulture);
        }

        return new Line(measurement, tags, fields, time);
    }

    private static string ScanUntil(string text, ref int i, string stops, string forbidden)
    {
        int start = i;
        while (i < text.Length)
        {
            char c = text[i];
            bool escaped = i > start && text[i - 1] == '\\';
            if (!escaped && stops.Contains(c, StringComparison.Ordinal))
            {
                break;
            }

            if (!escaped && forbidden.Contains(c, StringComparison.Ordinal))
            {
                throw new FormatException($"unescaped '{c}' at {i} in '{text}'");
            }

            i++;
        }

        return text[start..i];
    }

    private static string Unescape(string s, string codes)
    {
        foreach (char c in codes)
        {
            s = s.Replace("\\" + c, c.ToString(), StringComparison.Ordinal);
        }

        return s;
    }

    private static string ReadString(string text, ref int i)
    {
        var sb = new StringBuilder();
        i++;
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == '\\' || text[i + 1] == '"'))
            {
                sb.Append(text[i + 1]);
                i += 2;
                continue;
            }

            sb.Append(text[i++]);
        }

        Expect(text, ref i, '"');
        return sb.ToString();
    }

    private static void Expect(string text, ref int i, char c)
    {
        if (i >= text.Length || text[i] != c)
        {
            throw new FormatException($"expected '{c}' at {i} in '{text}'");
        }

        i++;
    }
}
