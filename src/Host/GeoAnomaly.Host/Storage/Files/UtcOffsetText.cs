using System.Globalization;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Reads fixed UTC offsets as analysts write them: <c>UTC</c>, <c>Z</c>, <c>+09:00</c>, <c>-0330</c>, <c>UTC+8</c>, <c>GMT-03:30</c>.</summary>
internal static class UtcOffsetText
{
    /// <summary>The largest offset in use anywhere (UTC+14, Line Islands).</summary>
    public static readonly TimeSpan Largest = TimeSpan.FromHours(14);

    /// <summary>Parses <paramref name="text"/>; false when it is not a fixed offset within ±14 h.</summary>
    /// <param name="text">The offset text.</param>
    /// <param name="offset">The offset east of UTC.</param>
    public static bool TryParse(string? text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        foreach (string prefix in (ReadOnlySpan<string>)["UTC", "GMT"])
        {
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                s = s[prefix.Length..].TrimStart();
                if (s.IsEmpty)
                {
                    return true;
                }

                break;
            }
        }

        if (s is "Z" or "z")
        {
            return true;
        }

        if (s.Length < 2 || s[0] is not ('+' or '-'))
        {
            return false;
        }

        int sign = s[0] == '-' ? -1 : 1;
        var body = s[1..];
        int hours;
        int minutes = 0;
        int colon = body.IndexOf(':');
        if (colon >= 0)
        {
            if (!TryInt(body[..colon], 2, out hours) || body.Length - colon - 1 != 2 || !TryInt(body[(colon + 1)..], 2, out minutes))
            {
                return false;
            }
        }
        else if (body.Length == 4)
        {
            if (!TryInt(body[..2], 2, out hours) || !TryInt(body[2..], 2, out minutes))
            {
                return false;
            }
        }
        else if (!TryInt(body, 2, out hours))
        {
            return false;
        }

        if (minutes > 59)
        {
            return false;
        }

        offset = sign * new TimeSpan(hours, minutes, 0);
        return offset.Duration() <= Largest;
    }

    /// <summary>Writes an offset as <c>+hh:mm</c> / <c>-hh:mm</c>.</summary>
    /// <param name="offset">The offset.</param>
    public static string Format(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static bool TryInt(ReadOnlySpan<char> text, int maxDigits, out int value)
    {
        value = 0;
        return text.Length >= 1 && text.Length <= maxDigits
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
