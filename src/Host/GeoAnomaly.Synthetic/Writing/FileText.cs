using System.Globalization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic.Writing;

/// <summary>How times, numbers and kinds are spelled in the files the writer produces.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Times: ISO 8601 in UTC with a <c>Z</c>, fractional seconds only when present (<c>2024-01-01T00:01:00Z</c>).</item>
/// <item>Numbers: invariant culture, '.' decimal point; fixed decimals for samples (the instrument resolution), round-trip
/// ("R") for label amplitudes so they read back exactly.</item>
/// <item>Kinds: channel kinds and anomaly kinds as in DESIGN.md (<c>deformation</c>, <c>level-shift</c>...).</item>
/// <item>CSV fields: RFC 4180, quoted only when they contain a comma, quote or line break.</item>
/// </list>
/// </remarks>
internal static class FileText
{
    private static readonly Dictionary<AnomalyKind, string> s_anomalyKinds = new()
    {
        [AnomalyKind.Spike] = "spike",
        [AnomalyKind.LevelShift] = "level-shift",
        [AnomalyKind.TrendChange] = "trend-change",
        [AnomalyKind.VarianceChange] = "variance-change",
        [AnomalyKind.Step] = "step",
        [AnomalyKind.Other] = "other",
    };

    /// <summary>A time as ISO 8601 UTC.</summary>
    /// <param name="time">Any instant.</param>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes <see cref="Time"/>'s text into <paramref name="destination"/> (at least 28 characters) and returns its length.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="time">Any instant.</param>
    /// <remarks>The common whole-second case is formatted digit by digit (CSV files have a stamp on every row).</remarks>
    public static int FormatTime(Span<char> destination, DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        if (utc.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            string text = Time(time);
            text.AsSpan().CopyTo(destination);
            return text.Length;
        }

        Digits(destination[..4], utc.Year);
        destination[4] = '-';
        Digits(destination.Slice(5, 2), utc.Month);
        destination[7] = '-';
        Digits(destination.Slice(8, 2), utc.Day);
        destination[10] = 'T';
        Digits(destination.Slice(11, 2), utc.Hour);
        destination[13] = ':';
        Digits(destination.Slice(14, 2), utc.Minute);
        destination[16] = ':';
        Digits(destination.Slice(17, 2), utc.Second);
        destination[19] = 'Z';
        return 20;
    }

    /// <summary>A number with round-trip precision.</summary>
    /// <param name="value">A finite number.</param>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The DESIGN.md spelling of an anomaly kind (<c>level-shift</c>).</summary>
    /// <param name="kind">An anomaly kind.</param>
    public static string Kind(AnomalyKind kind) => s_anomalyKinds[kind];

    /// <summary>The DESIGN.md spelling of a channel kind (<c>deformation</c>).</summary>
    /// <param name="kind">A channel kind.</param>
    public static string Kind(ChannelKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The anomaly kind spelled <paramref name="text"/>, or null.</summary>
    /// <param name="text">A kind as written by <see cref="Kind(AnomalyKind)"/>.</param>
    public static AnomalyKind? ParseAnomalyKind(string text)
    {
        foreach (var (kind, name) in s_anomalyKinds)
        {
            if (name == text)
            {
                return kind;
            }
        }

        return null;
    }

    private static void Digits(Span<char> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>A CSV field, quoted when needed.</summary>
    /// <param name="field">Any text.</param>
    public static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
