namespace GeoAnomaly.Synthetic.Signals;

/// <summary>The sample grid every signal is computed on: sample i is at <see cref="Start"/> + i·<see cref="Step"/> (UTC).</summary>
/// <param name="Start">Time of sample 0, UTC.</param>
/// <param name="Step">Sampling interval.</param>
/// <param name="Count">Number of samples.</param>
/// <remarks>
/// Periodic signals take their phase from the time since <see cref="Epoch"/> (J2000.0, 2000-01-01T12:00:00Z), never from
/// the series start, so two spans of the same network join without a phase jump.
/// </remarks>
internal readonly record struct TimeAxis(DateTimeOffset Start, TimeSpan Step, int Count)
{
    /// <summary>J2000.0, the reference instant of every phase.</summary>
    public static readonly DateTimeOffset Epoch = new(2000, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Hours from <see cref="Epoch"/> to sample 0.</summary>
    public double EpochHours => (Start - Epoch).TotalHours;

    /// <summary>Step in hours.</summary>
    public double StepHours => Step.TotalHours;

    /// <summary>Step in days.</summary>
    public double StepDays => Step.TotalDays;

    /// <summary>Span in days.</summary>
    public double Days => Count * StepDays;

    /// <summary>Time of sample <paramref name="index"/>.</summary>
    /// <param name="index">Sample index (may be outside the series).</param>
    public DateTimeOffset TimeAt(long index) => Start + TimeSpan.FromTicks(Step.Ticks * index);

    /// <summary>Hours from sample 0 to <paramref name="time"/> (negative before the start).</summary>
    /// <param name="time">Any instant.</param>
    public double HoursFromStart(DateTimeOffset time) => (time - Start).TotalHours;

    /// <summary>Index of the first sample at or after <paramref name="time"/> (may be negative or past the end).</summary>
    /// <param name="time">Any instant.</param>
    public long IndexAtOrAfter(DateTimeOffset time) => (long)Math.Ceiling((double)(time - Start).Ticks / Step.Ticks);

    /// <summary>Number of whole samples in <paramref name="span"/>, at least one.</summary>
    /// <param name="span">A duration.</param>
    public int Samples(TimeSpan span) => (int)Math.Max(1, Math.Round((double)span.Ticks / Step.Ticks));

    /// <summary>Local mean solar time in hours (0..24) of sample 0 at east longitude <paramref name="longitude"/> degrees.</summary>
    /// <param name="longitude">Degrees east.</param>
    public double LocalHoursAtStart(double longitude)
    {
        double ut = Start.UtcDateTime.TimeOfDay.TotalHours;
        double local = (ut + (longitude / 15.0)) % 24.0;
        return local < 0 ? local + 24.0 : local;
    }
}
