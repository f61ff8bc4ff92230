namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Allocation-free parsing of ISO 8601 calendar stamps (<c>YYYY-MM-DD[T| ]hh:mm[:ss[.fffffff]][Z|±hh[:mm]]</c>).</summary>
/// <remarks>
/// Faster and stricter than <see cref="DateTimeOffset.TryParse(string?, out DateTimeOffset)"/>: only the extended ISO
/// layout is accepted, never a culture's layout. Fraction digits beyond the seventh (100 ns) are truncated.
/// </remarks>
internal static class IsoTime
{
    /// <summary>Parses a whole stamp; <paramref name="offset"/> is null when the stamp carries no zone designator.</summary>
    /// <param name="text">The stamp, without surrounding white space.</param>
    /// <param name="naive">The wall-clock time as written (<see cref="DateTimeKind.Unspecified"/>).</param>
    /// <param name="offset">The written offset (<c>Z</c> is zero), or null for a naive stamp.</param>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime naive, out TimeSpan? offset)
    {
        naive = default;
        offset = null;
        if (!TryParseDate(text, out long dayTicks))
        {
            return false;
        }

        if (text.Length == 10)
        {
            naive = new DateTime(dayTicks, DateTimeKind.Unspecified);
            return true;
        }

        if (text[10] is not ('T' or 't' or ' '))
        {
            return false;
        }

        var rest = text[11..];
        int zone = rest.IndexOfAny('Z', 'z', '+');
        if (zone < 0)
        {
            zone = rest.LastIndexOf('-');
        }

        var clock = zone < 0 ? rest : rest[..zone];
        if (!TryParseTimeOfDay(clock, out long timeTicks))
        {
            return false;
        }

        if (zone >= 0)
        {
            if (!TryParseDesignator(rest[zone..], out var parsed))
            {
                return false;
            }

            offset = parsed;
        }

        naive = new DateTime(dayTicks + timeTicks, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>Parses <c>YYYY-MM-DD</c> (the first ten characters) into ticks since 0001-01-01.</summary>
    /// <param name="text">Text starting with the date.</param>
    /// <param name="dayTicks">Ticks of midnight of that date.</param>
    public static bool TryParseDate(ReadOnlySpan<char> text, out long dayTicks)
    {
        dayTicks = 0;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-'
            || !Digits(text[..4], out int year) || !Digits(text.Slice(5, 2), out int month) || !Digits(text.Slice(8, 2), out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        dayTicks = new DateTime(year, month, day).Ticks;
        return true;
    }

    /// <summary>Parses <c>hh:mm</c>, <c>hh:mm:ss</c> or <c>hh:mm:ss.f…</c> into ticks since midnight.</summary>
    /// <param name="text">The time of day, nothing else.</param>
    /// <param name="ticks">Ticks since midnight.</param>
    public static bool TryParseTimeOfDay(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        if (text.Length < 5 || text[2] != ':' || !Digits(text[..2], out int hour) || !Digits(text.Slice(3, 2), out int minute)
            || hour > 23 || minute > 59)
        {
            return false;
        }

        int second = 0;
        long fraction = 0;
        if (text.Length > 5)
        {
            if (text.Length < 8 || text[5] != ':' || !Digits(text.Slice(6, 2), out second) || second > 59)
            {
                return false;
            }

            if (text.Length > 8 && !TryFraction(text[8..], out fraction))
            {
                return false;
            }
        }

        ticks = (((hour * 60L) + minute) * 60L + second) * TimeSpan.TicksPerSecond + fraction;
        return true;
    }

    private static bool TryFraction(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        if (text.Length < 2 || text[0] is not ('.' or ','))
        {
            return false;
        }

        long scale = TimeSpan.TicksPerSecond;
        for (int i = 1; i < text.Length; i++)
        {
            int d = text[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            scale /= 10;
            ticks += d * scale;
        }

        return true;
    }

    private static bool TryParseDesignator(ReadOnlySpan<char> text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text is "Z" or "z")
        {
            return true;
        }

        if (text.Length is not (3 or 5 or 6) || text[0] is not ('+' or '-') || !Digits(text.Slice(1, 2), out int hours))
        {
            return false;
        }

        int minutes = 0;
        if (text.Length > 3)
        {
            var mm = text.Length == 6 ? text[4..] : text[3..];
            if ((text.Length == 6 && text[3] != ':') || !Digits(mm, out minutes) || minutes > 59)
            {
                return false;
            }
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return hours <= 14;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            int d = c - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return text.Length > 0;
    }
}
