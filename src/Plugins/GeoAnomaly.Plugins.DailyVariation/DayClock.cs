namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>Where a sample falls in the day: which day (counted from 0001-01-01 plus the day-start offset), how far
/// into it, and in which slot of the day (one slot per step).</summary>
/// <remarks>
/// Days are 24 h long and start at a fixed UTC hour (<see cref="DailyVariationOptions.DayStartHour"/>), so the day
/// of a sample is a function of its time alone, never of where processing started: that keeps streaming equal to
/// batch and makes a resumed state agree with one that saw everything.
/// </remarks>
internal sealed class DayClock
{
    /// <summary>Ticks in a day.</summary>
    public const long DayTicks = TimeSpan.TicksPerDay;

    /// <summary>Creates the clock.</summary>
    /// <param name="step">The sampling step, positive and at most one day.</param>
    /// <param name="dayStartHour">UTC hour at which days start, 0 to 24 exclusive.</param>
    public DayClock(TimeSpan step, double dayStartHour)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(step, TimeSpan.FromDays(1));
        StepTicks = step.Ticks;
        OffsetTicks = (long)Math.Round(dayStartHour * TimeSpan.TicksPerHour) % DayTicks;
        SlotsPerDay = (int)((DayTicks + StepTicks - 1) / StepTicks);
    }

    /// <summary>The step, ticks.</summary>
    public long StepTicks { get; }

    /// <summary>Start of every day after UTC midnight, ticks.</summary>
    public long OffsetTicks { get; }

    /// <summary>Slots (samples) in a day: one day over the step, rounded up.</summary>
    public int SlotsPerDay { get; }

    /// <summary>The day holding the instant <paramref name="utcTicks"/>.</summary>
    /// <param name="utcTicks">UTC ticks of a sample.</param>
    public long Day(long utcTicks) => FloorDiv(utcTicks - OffsetTicks, DayTicks);

    /// <summary>UTC ticks at which <paramref name="day"/> starts.</summary>
    /// <param name="day">A day index from <see cref="Day"/>.</param>
    public long DayStart(long day) => (day * DayTicks) + OffsetTicks;

    /// <summary>The slot of a sample <paramref name="ticksIntoDay"/> after its day's start.</summary>
    /// <param name="ticksIntoDay">0 to one day exclusive.</param>
    public int Slot(long ticksIntoDay) => (int)(ticksIntoDay / StepTicks);

    /// <summary>Angle of the solar day at <paramref name="utcTicks"/>, radians: 0 at UTC midnight, 2π/24 per hour.</summary>
    /// <param name="utcTicks">UTC ticks of a sample.</param>
    public static double UtcAngle(long utcTicks) => 2 * Math.PI * ((double)(utcTicks % DayTicks) / DayTicks);

    /// <summary>Ring position of <paramref name="day"/> in a ring of <paramref name="size"/> days.</summary>
    /// <param name="day">A day index.</param>
    /// <param name="size">Ring size.</param>
    public static int RingIndex(long day, int size) => (int)(((day % size) + size) % size);

    private static long FloorDiv(long a, long b)
    {
        long q = a / b;
        return (a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q;
    }
}
