using System.Globalization;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Turns the time text of a row into a UTC instant, as a <see cref="DelimitedFormat"/> describes.</summary>
internal sealed class DelimitedTimeParser
{
    private static readonly DateTime s_probe = new(2001, 2, 3, 4, 5, 6, 789, DateTimeKind.Unspecified);

    private readonly string _format;
    private readonly TimeSpan _zone;
    private readonly NumberFormatInfo _numbers;
    private readonly long _unitTicks;
    private readonly long _originTicks;
    private readonly bool _customWithOffset;

    private DelimitedTimeParser(DelimitedFormat format)
    {
        _format = format.TimeFormat;
        _zone = format.ZoneOffset;
        _numbers = format.Numbers;
        switch (_format)
        {
            case DelimitedFormat.Formats.EpochSeconds:
                _unitTicks = TimeSpan.TicksPerSecond;
                _originTicks = DateTimeOffset.UnixEpoch.UtcTicks;
                break;
            case DelimitedFormat.Formats.EpochMilliseconds:
                _unitTicks = TimeSpan.TicksPerMillisecond;
                _originTicks = DateTimeOffset.UnixEpoch.UtcTicks;
                break;
            default:
                if (SinceUnit(_format) is TimeSpan unit && format.TimeOrigin is string origin)
                {
                    _unitTicks = unit.Ticks;
                    _originTicks = Iso(origin.AsSpan().Trim(), out var o) ? o.UtcTicks : 0;
                }

                _customWithOffset = !IsNamed(_format) && _format.AsSpan().IndexOfAny('z', 'K') >= 0;
                break;
        }
    }

    /// <summary>What a time field should look like, for error messages.</summary>
    public string Expected => _format switch
    {
        DelimitedFormat.Formats.Iso => "an ISO 8601 time",
        _ when _unitTicks != 0 => $"a number ({_format})",
        _ => $"a time in the format '{_format}'",
    };

    /// <summary>Builds the parser for a valid <paramref name="format"/>.</summary>
    /// <param name="format">A format that passed <see cref="DelimitedFormat.Validate"/>.</param>
    public static DelimitedTimeParser Create(DelimitedFormat format) => new(format);

    /// <summary>True for the named formats (<c>iso</c>, <c>epoch-*</c>, <c>*-since</c>).</summary>
    /// <param name="format">A time format.</param>
    public static bool IsNamed(string format) =>
        format is DelimitedFormat.Formats.Iso or DelimitedFormat.Formats.EpochSeconds or DelimitedFormat.Formats.EpochMilliseconds
        || SinceUnit(format) is not null;

    /// <summary>The unit of a <c>*-since</c> format, or null.</summary>
    /// <param name="format">A time format.</param>
    public static TimeSpan? SinceUnit(string format) => format switch
    {
        DelimitedFormat.Formats.SecondsSince => TimeSpan.FromSeconds(1),
        DelimitedFormat.Formats.MinutesSince => TimeSpan.FromMinutes(1),
        DelimitedFormat.Formats.HoursSince => TimeSpan.FromHours(1),
        DelimitedFormat.Formats.DaysSince => TimeSpan.FromDays(1),
        _ => null,
    };

    /// <summary>What is wrong with a .NET custom format, or null when it writes and reads back a date and time.</summary>
    /// <param name="format">A custom date and time format.</param>
    public static string? CheckCustom(string format)
    {
        if (format.Length > 1 && (!format.Contains('y', StringComparison.Ordinal) || !format.Contains('M', StringComparison.Ordinal) || !format.Contains('d', StringComparison.Ordinal)))
        {
            return $"'{format}' is neither iso, epoch-seconds, epoch-milliseconds, *-since nor a .NET date format with year (y), month (M) and day (d)";
        }

        if (format.Contains("hh", StringComparison.Ordinal) && !format.Contains('t', StringComparison.Ordinal))
        {
            return $"'{format}' uses 'hh', the 12-hour clock; use 'HH' for hours 00-23";
        }

        try
        {
            string text = s_probe.ToString(format, CultureInfo.InvariantCulture);
            return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null
                : $"'{format}' does not read back what it writes ('{text}')";
        }
        catch (FormatException)
        {
            return $"'{format}' is not a valid .NET date and time format";
        }
    }

    /// <summary>Parses <paramref name="text"/>; false when it does not match the format.</summary>
    /// <param name="text">The time field (several fields joined with a space).</param>
    /// <param name="time">The instant.</param>
    public bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset time)
    {
        time = default;
        if (_unitTicks != 0)
        {
            if (!double.TryParse(text, NumberStyles.Float, _numbers, out double units) || !double.IsFinite(units))
            {
                return false;
            }

            double ticks = _originTicks + Math.Round(units * _unitTicks);
            if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
            {
                return false;
            }

            time = new DateTimeOffset((long)ticks, TimeSpan.Zero);
            return true;
        }

        if (_format == DelimitedFormat.Formats.Iso)
        {
            return Iso(text, out time);
        }

        return Custom(text, out time);
    }

    private bool Iso(ReadOnlySpan<char> text, out DateTimeOffset time)
    {
        time = default;
        return IsoTime.TryParse(text, out var naive, out var offset) && Make(naive, offset ?? _zone, out time);
    }

    private bool Custom(ReadOnlySpan<char> text, out DateTimeOffset time)
    {
        time = default;
        if (!DateTime.TryParseExact(text, _format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        if (_customWithOffset && parsed.Kind != DateTimeKind.Unspecified)
        {
            return DateTimeOffset.TryParseExact(text, _format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out time);
        }

        return Make(DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified), _zone, out time);
    }

    private static bool Make(DateTime naive, TimeSpan offset, out DateTimeOffset time)
    {
        long utc = naive.Ticks - offset.Ticks;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks)
        {
            time = default;
            return false;
        }

        time = new DateTimeOffset(utc, TimeSpan.Zero);
        return true;
    }
}
