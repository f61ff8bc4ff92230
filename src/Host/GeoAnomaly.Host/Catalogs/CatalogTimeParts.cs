using System.Globalization;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>An origin time from numeric parts (year, month, day, hour, minute, second), as ZMAP and many exports split it.</summary>
/// <remarks>
/// Parts not mapped are NaN: a missing month or day is 1, a missing hour, minute or second 0. Without a month the year may
/// be a decimal year: <c>Y + f</c> is <c>f</c> of the way through year <c>Y</c>, measured in that year's own length
/// (365 or 366 days), the convention of ZMAP's decimal-year column (Wiemer 2001) and of ObsPy's ZMAP module. With a month,
/// the year's integer part is used and the other columns carry the date. Hour, minute, day and month must be whole
/// numbers in their ranges; the second may have a fraction and may be up to (not including) 61, for leap seconds and
/// rounding in old catalogs (a second of 60.x rolls into the next minute).
/// </remarks>
internal static class CatalogTimeParts
{
    /// <summary>Number of parts.</summary>
    public const int Count = 6;

    /// <summary>The parts' names, in order.</summary>
    public static readonly string[] Names = ["year", "month", "day", "hour", "minute", "second"];

    /// <summary>Builds the instant; false with the offending part's index and the reason when a part is out of range.</summary>
    /// <param name="parts">Year, month, day, hour, minute, second; NaN for parts not mapped (the year is never NaN).</param>
    /// <param name="zone">Offset of the wall-clock time from UTC.</param>
    /// <param name="time">The instant, UTC.</param>
    /// <param name="wrong">Index of the offending part.</param>
    /// <param name="problem">Why the part is wrong.</param>
    public static bool TryBuild(ReadOnlySpan<double> parts, TimeSpan zone, out DateTimeOffset time, out int wrong, out string? problem)
    {
        time = default;
        problem = null;
        wrong = 0;
        double year = parts[0];
        if (!(year >= 1 && year < 10000))
        {
            problem = $"year {Show(year)} is outside 1..9999";
            return false;
        }

        DateTime wall;
        if (double.IsNaN(parts[1]))
        {
            int whole = (int)Math.Floor(year);
            var start = new DateTime(whole, 1, 1);
            wall = start.AddTicks((long)Math.Round((year - whole) * (start.AddYears(1) - start).Ticks));
        }
        else
        {
            int y = (int)Math.Floor(year);
            if (!Whole(parts, 1, 1, 12, 1, ref wrong, ref problem, out int month)
                || !Whole(parts, 2, 1, DateTime.DaysInMonth(y, month), 1, ref wrong, ref problem, out int day)
                || !Whole(parts, 3, 0, 23, 0, ref wrong, ref problem, out int hour)
                || !Whole(parts, 4, 0, 59, 0, ref wrong, ref problem, out int minute))
            {
                return false;
            }

            double second = double.IsNaN(parts[5]) ? 0 : parts[5];
            if (!(second >= 0 && second < 61))
            {
                wrong = 5;
                problem = $"second {Show(second)} is outside 0..60.999";
                return false;
            }

            wall = new DateTime(y, month, day, hour, minute, 0).AddTicks((long)Math.Round(second * TimeSpan.TicksPerSecond));
        }

        long utc = wall.Ticks - zone.Ticks;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks)
        {
            problem = "the time is outside the calendar";
            return false;
        }

        time = new DateTimeOffset(utc, TimeSpan.Zero);
        return true;
    }

    private static bool Whole(ReadOnlySpan<double> parts, int index, int min, int max, int absent, ref int wrong, ref string? problem, out int value)
    {
        double v = parts[index];
        value = absent;
        if (double.IsNaN(v))
        {
            return true;
        }

        if (v != Math.Floor(v) || v < min || v > max)
        {
            wrong = index;
            problem = $"{Names[index]} {Show(v)} is not a whole number in {min}..{max}";
            return false;
        }

        value = (int)v;
        return true;
    }

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
