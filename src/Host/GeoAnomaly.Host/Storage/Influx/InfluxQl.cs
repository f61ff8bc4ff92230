using System.Globalization;
using System.Text;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Quoting for InfluxQL: identifiers in double quotes, string literals in single quotes.</summary>
/// <remarks>
/// The InfluxQL scanner reads <c>\\</c>, <c>\"</c>, <c>\'</c> and <c>\n</c> inside quotes and rejects any other escape
/// and a raw newline; so inside identifiers <c>\</c> and <c>"</c> are escaped, inside literals <c>\</c> and <c>'</c>,
/// and newlines become <c>\n</c> in both. A station named <c>O'Brien</c> is <c>'O\'Brien'</c>; a tag key
/// <c>a"b</c> is <c>"a\"b"</c>.
/// </remarks>
internal static class InfluxQl
{
    /// <summary>Quotes an identifier (database, retention policy, measurement, tag or field key).</summary>
    /// <param name="name">The raw name.</param>
    public static string Identifier(string name) => Quote(name, '"');

    /// <summary>Quotes a string literal (a tag value in a WHERE clause).</summary>
    /// <param name="value">The raw value.</param>
    public static string Literal(string value) => Quote(value, '\'');

    /// <summary>A time literal: Unix nanoseconds, as InfluxQL reads a bare integer compared with <c>time</c>.</summary>
    /// <param name="time">The instant.</param>
    public static string Time(DateTimeOffset time) =>
        LineProtocol.ToUnixNanoseconds(time).ToString(CultureInfo.InvariantCulture);

    /// <summary>The conditions of the time range [<paramref name="from"/>, <paramref name="to"/>), one per bound given.</summary>
    /// <param name="from">Earliest time (inclusive), or null.</param>
    /// <param name="to">Times before this (exclusive), or null.</param>
    public static IEnumerable<string> TimeRange(DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } f)
        {
            yield return $"time >= {Time(f)}";
        }

        if (to is { } t)
        {
            yield return $"time < {Time(t)}";
        }
    }

    /// <summary>A WHERE clause joining <paramref name="conditions"/> with AND (with a leading space), or empty when there are none.</summary>
    /// <param name="conditions">InfluxQL conditions.</param>
    public static string Where(IEnumerable<string> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        string joined = string.Join(" AND ", conditions);
        return joined.Length == 0 ? string.Empty : " WHERE " + joined;
    }

    /// <summary>The measurement for a FROM clause, qualified with database and retention policy when one is set.</summary>
    /// <param name="connection">Connection whose retention policy applies.</param>
    /// <param name="measurement">Raw measurement name.</param>
    public static string Measurement(InfluxConnection connection, string measurement) =>
        connection.RetentionPolicy is null
            ? Identifier(measurement)
            : $"{Identifier(connection.Database)}.{Identifier(connection.RetentionPolicy)}.{Identifier(measurement)}";

    private static string Quote(string text, char quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 2).Append(quote);
        foreach (char c in text)
        {
            if (c == '\n')
            {
                sb.Append("\\n");
                continue;
            }

            if (c == '\\' || c == quote)
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.Append(quote).ToString();
    }
}
