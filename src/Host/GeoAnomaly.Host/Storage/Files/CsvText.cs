using System.Globalization;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Writing RFC 4180 CSV: quoting, numbers and times in the invariant, round-trippable forms.</summary>
internal static class CsvText
{
    /// <summary>The time layout of every CSV the host writes: ISO 8601 UTC, fraction only when needed.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    /// <summary>Returns <paramref name="field"/> quoted when it holds a comma, quote, line break or edge white space.</summary>
    /// <param name="field">The raw field text.</param>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        bool needs = field.AsSpan().IndexOfAny(",\"\r\n") >= 0
            || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])));
        return needs ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    /// <summary>Writes one record (quoted fields joined by commas) and a line feed.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="fields">Raw field texts.</param>
    public static void WriteRecord(TextWriter writer, params ReadOnlySpan<string> fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(fields[i]));
        }

        writer.Write('\n');
    }

    /// <summary>A UTC instant as ISO 8601 (<c>2016-01-01T00:00:00Z</c>, with a fraction only when it is not whole seconds).</summary>
    /// <param name="time">Any instant.</param>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>A number in its shortest round-trip form; NaN as the empty field.</summary>
    /// <param name="value">Any double.</param>
    public static string Number(double value) =>
        double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);
}
