using System.Globalization;
using System.Text;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Escaping and number formatting for InfluxDB line protocol, as InfluxDB 1.x parses it.</summary>
/// <remarks>
/// <para>Rules (InfluxDB 1.x "line protocol reference", special characters; checked against influxd 1.6.7):</para>
/// <list type="bullet">
/// <item>Measurement: comma and space are escaped with a backslash. A backslash, a leading <c>#</c> (a comment line)
/// and control characters are rejected: 1.x unescapes measurement names inconsistently around backslashes.</item>
/// <item>Tag keys, tag values, field keys: comma, equals sign and space are escaped with a backslash. Any other
/// character, a backslash included, is written as is: the 1.x scanner treats the character after a backslash as
/// escaped and unescapes only <c>\,</c> <c>\=</c> and <c>\ </c>, so <c>a\b</c> stays <c>a\b</c> and
/// <c>a\,b</c> (written <c>a\\,b</c>) comes back as <c>a\,b</c>. A trailing backslash cannot be represented (it
/// would escape the separator after it) and is rejected. In field keys a backslash is kept only before an ordinary
/// character (<c>field_k\ey</c>, the docs' example): the 1.x field scanner skips whatever follows a backslash.</item>
/// <item>String field values: double quote and backslash are escaped, the value is double-quoted.</item>
/// <item>Newlines (and other control characters in keys and tag values) cannot be carried and are rejected.</item>
/// <item>Empty tag values are not written (InfluxDB has no empty tags; a missing tag reads as empty).</item>
/// <item><c>time</c> is not allowed as a tag or field key.</item>
/// </list>
/// <para>InfluxDB 2.x/3.x parsers also unescape <c>\\</c> in tags; names containing two backslashes in a row or a
/// backslash before <c>, = space</c> are therefore read differently there. GeoAnomaly targets the 1.x rules.</para>
/// <para>Floats use the shortest form that parses back to the same bits (.NET's default double format, the same
/// as <c>R</c> since .NET Core 3.0, invariant culture; e.g. <c>0.1</c>, <c>-0</c>, <c>1E-300</c>), integers carry an <c>i</c> suffix,
/// booleans are <c>true</c>/<c>false</c>, timestamps are Unix nanoseconds.</para>
/// </remarks>
internal static class LineProtocol
{
    /// <summary>Smallest timestamp InfluxDB accepts: 1677-09-21T00:12:43.145224194Z, in Unix nanoseconds.</summary>
    public const long MinTimestamp = -9223372036854775806;

    /// <summary>Largest timestamp InfluxDB accepts: 2262-04-11T23:47:16.854775806Z, in Unix nanoseconds.</summary>
    public const long MaxTimestamp = 9223372036854775806;

    /// <summary>Escapes a measurement name.</summary>
    /// <param name="name">The raw name.</param>
    /// <exception cref="ArgumentException">Empty, starts with <c>#</c>, or holds a backslash or control character.</exception>
    public static string EscapeMeasurement(string name)
    {
        CheckCommon(name, "measurement");
        if (name[0] == '#')
        {
            throw new ArgumentException($"measurement '{name}' starts with '#', which line protocol reads as a comment", nameof(name));
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"measurement '{name}' contains a backslash, which InfluxDB 1.x does not read back unchanged", nameof(name));
        }

        return Escape(name, ", ");
    }

    /// <summary>Escapes a tag key.</summary>
    /// <param name="key">The raw key.</param>
    /// <exception cref="ArgumentException">Empty, <c>time</c>, a control character or a trailing backslash.</exception>
    public static string EscapeTagKey(string key)
    {
        CheckKeyOrTag(key, "tag key");
        return Escape(key, ",= ");
    }

    /// <summary>Escapes a tag value.</summary>
    /// <param name="value">The raw value, non-empty (callers leave empty tags out).</param>
    /// <param name="key">The tag key, for the error message.</param>
    /// <exception cref="ArgumentException">Empty, a control character or a trailing backslash.</exception>
    public static string EscapeTagValue(string value, string key = "")
    {
        CheckCommon(value, $"value of tag '{key}'");
        CheckTrailingBackslash(value, $"value of tag '{key}'");
        return Escape(value, ",= ");
    }

    /// <summary>Escapes a field key.</summary>
    /// <param name="key">The raw key.</param>
    /// <exception cref="ArgumentException">Empty, <c>time</c>, a control character, or a backslash before <c>, = space " \</c> or at the end.</exception>
    public static string EscapeFieldKey(string key)
    {
        CheckKeyOrTag(key, "field key");
        for (int i = key.IndexOf('\\', StringComparison.Ordinal); i >= 0; i = key.IndexOf('\\', i + 1))
        {
            // The 1.x field scanner skips the character after any backslash, so "\," "\=" "\ " "\\" "\"" cannot be read back.
            if (",= \"\\".Contains(key[i + 1], StringComparison.Ordinal))
            {
                throw new ArgumentException($"field key '{key}' has a backslash before '{key[i + 1]}', which InfluxDB 1.x does not read back unchanged", nameof(key));
            }
        }

        return Escape(key, ",= ");
    }

    /// <summary>Quotes a string field value: <c>"</c> and <c>\</c> are escaped, the result is double-quoted.</summary>
    /// <param name="value">The raw value (may be empty).</param>
    /// <exception cref="ArgumentException">The value contains a newline or carriage return.</exception>
    public static string QuoteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            throw new ArgumentException($"string field value '{Shorten(value)}' contains a newline, which line protocol cannot carry", nameof(value));
        }

        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Formats a float field value in the shortest form that parses back to the same bits.</summary>
    /// <param name="value">A finite value.</param>
    /// <exception cref="ArgumentException">NaN or infinite (line protocol has no such floats).</exception>
    public static string FormatFloat(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{value} cannot be written; leave the field out instead", nameof(value));
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Formats an integer field value (<c>42i</c>).</summary>
    /// <param name="value">Any 64-bit integer.</param>
    public static string FormatInteger(long value) => value.ToString(CultureInfo.InvariantCulture) + "i";

    /// <summary>Formats a boolean field value.</summary>
    /// <param name="value">The value.</param>
    public static string FormatBoolean(bool value) => value ? "true" : "false";

    /// <summary>Unix nanoseconds of <paramref name="time"/>, the precision GeoAnomaly writes with (<c>precision=ns</c>).</summary>
    /// <param name="time">Any instant InfluxDB can store.</param>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1677-09-21..2262-04-11.</exception>
    public static long ToUnixNanoseconds(DateTimeOffset time)
    {
        long ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        if (ticks < MinTimestamp / 100 || ticks > MaxTimestamp / 100)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"time {time:O} is outside the range InfluxDB can store (1677-09-21 to 2262-04-11)");
        }

        return ticks * 100;
    }

    /// <summary>The instant of <paramref name="nanoseconds"/> since the Unix epoch (truncated to 100 ns ticks).</summary>
    /// <param name="nanoseconds">Unix nanoseconds.</param>
    public static DateTimeOffset FromUnixNanoseconds(long nanoseconds) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (nanoseconds / 100), TimeSpan.Zero);

    /// <summary>Shortens long text for error messages.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="max">Characters to keep.</param>
    internal static string Shorten(string text, int max = 200) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");

    private static void CheckKeyOrTag(string key, string what)
    {
        CheckCommon(key, what);
        if (key == "time")
        {
            throw new ArgumentException($"{what} 'time' is reserved by InfluxDB", nameof(key));
        }

        CheckTrailingBackslash(key, what);
    }

    private static void CheckCommon(string value, string what)
    {
        ArgumentNullException.ThrowIfNull(value, what);
        if (value.Length == 0)
        {
            throw new ArgumentException($"{what} must not be empty", nameof(value));
        }

        foreach (char c in value)
        {
            if (c is '\n' or '\r')
            {
                throw new ArgumentException($"{what} '{Shorten(value)}' contains a newline, which line protocol cannot carry", nameof(value));
            }

            if (char.IsControl(c))
            {
                throw new ArgumentException($"{what} '{Shorten(value)}' contains control character U+{(int)c:X4}", nameof(value));
            }
        }
    }

    private static void CheckTrailingBackslash(string value, string what)
    {
        if (value[^1] == '\\')
        {
            throw new ArgumentException($"{what} '{Shorten(value)}' ends with a backslash, which line protocol cannot represent", nameof(value));
        }
    }

    private static string Escape(string value, string special)
    {
        if (value.AsSpan().IndexOfAny(special) < 0)
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            if (special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
