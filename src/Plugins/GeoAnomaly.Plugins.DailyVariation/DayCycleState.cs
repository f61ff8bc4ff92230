using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>
/// The day-by-day schedule shared by the fitted methods: at the start of each day a model is fitted on the
/// <c>span</c> days before it, and every sample of the day is corrected with it (blended with yesterday's model when
/// <c>blend</c> is on).
/// </summary>
/// <remarks>
/// <para>The state is a function of the last <c>span</c> whole days plus the current one, and days are fixed in
/// absolute time (<see cref="DayClock"/>), so streaming equals batch for any chunking and a state started
/// <see cref="WarmUp"/> samples early agrees with one that saw everything.</para>
/// <para>Blending: with <c>u</c> the fraction of day D elapsed, the model in force is <c>(1 - u)·M(D-1) + u·M(D)</c>,
/// M(D) being fitted at the start of day D; at the boundary both sides use M(D-1), so nothing jumps at midnight. When
/// only one of the two models exists (the first fitted day, or a fit that failed for lack of data) it is used alone.</para>
/// </remarks>
/// <typeparam name="TModel">What a daily fit produces.</typeparam>
internal abstract class DayCycleState<TModel> : IComponentState
    where TModel : class
{
    private const long NoDay = long.MinValue;

    private readonly bool _blend;
    private long _day = NoDay;

    /// <summary>Creates the schedule.</summary>
    /// <param name="clock">Day boundaries and slots.</param>
    /// <param name="span">Days each fit uses.</param>
    /// <param name="blend">Blend yesterday's model into today's.</param>
    /// <param name="outputs">Output names, <c>value</c> first.</param>
    protected DayCycleState(DayClock clock, int span, bool blend, IReadOnlyList<string> outputs)
    {
        Clock = clock;
        Span = span;
        _blend = blend;
        Outputs = outputs;

        // A fit for day D uses days D - span .. D - 1 (blending: also the fit of D - 1, on days D - 1 - span .. D - 2).
        // A sample of day D is less than a day after D starts, and a fresh state's first whole day starts less than a
        // day after its first sample, so span + 2 days (span + 3 with blending) make every day used a whole one.
        WarmUp = (int)Math.Min(int.MaxValue, (long)(span + (blend ? 3 : 2)) * clock.SlotsPerDay);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Outputs { get; }

    /// <summary><c>(span + 3) × samples per day</c> with blending, <c>(span + 2) × samples per day</c> without.</summary>
    public int WarmUp { get; }

    /// <summary>Day boundaries and slots.</summary>
    protected DayClock Clock { get; }

    /// <summary>Days each fit uses.</summary>
    protected int Span { get; }

    /// <summary>The model fitted at the start of the previous day (null when none or not blending).</summary>
    protected TModel? Previous { get; private set; }

    /// <summary>The model fitted at the start of the current day (null when the fit had too little data).</summary>
    protected TModel? Current { get; private set; }

    /// <inheritdoc />
    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length != Outputs.Count * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected {Outputs.Count} x {n}", nameof(output));
        }

        long step = input.Step.Ticks;
        long ticks = input.Start.UtcTicks;
        long dayStart = _day == NoDay ? 0 : Clock.DayStart(_day);
        for (int i = 0; i < n; i++, ticks += step)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            long into = ticks - dayStart;
            if (_day == NoDay || into < 0 || into >= DayClock.DayTicks)
            {
                ChangeDay(Clock.Day(ticks));
                dayStart = Clock.DayStart(_day);
                into = ticks - dayStart;
            }

            double weight = Previous is null ? 1 : Current is null ? 0 : (double)into / DayClock.DayTicks;
            ProcessSample(input, i, ticks, into, weight, output);
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        _day = NoDay;
        Previous = null;
        Current = null;
        ResetDays();
    }

    /// <summary>Handles sample <paramref name="i"/> of <paramref name="input"/>: writes its outputs and records it.</summary>
    /// <param name="input">The block.</param>
    /// <param name="i">Index in the block.</param>
    /// <param name="utcTicks">Time of the sample.</param>
    /// <param name="ticksIntoDay">Time of the sample after its day's start, ticks (0 to one day exclusive).</param>
    /// <param name="weight">Weight of <see cref="Current"/> against <see cref="Previous"/> (1 = current alone).</param>
    /// <param name="output">Output block; output k of sample i at <c>k * input.Length + i</c>.</param>
    protected abstract void ProcessSample(SampleBlock input, int i, long utcTicks, long ticksIntoDay, double weight, Span<double> output);

    /// <summary>Called when <paramref name="day"/> has had its last sample.</summary>
    /// <param name="day">The day that ended.</param>
    protected abstract void EndDay(long day);

    /// <summary>Fits the model for <paramref name="day"/> on days <c>day - span .. day - 1</c>; null when it cannot.</summary>
    /// <param name="day">The day about to start.</param>
    /// <param name="reuse">A model no longer in force whose storage may be reused, or null.</param>
    protected abstract TModel? Fit(long day, TModel? reuse);

    /// <summary>Called before the first sample of <paramref name="day"/>, after its model is fitted.</summary>
    /// <param name="day">The day that starts.</param>
    protected abstract void BeginDay(long day);

    /// <summary>Forgets every recorded day.</summary>
    protected abstract void ResetDays();

    /// <summary>Writes NaN to every output of sample <paramref name="i"/>.</summary>
    /// <param name="output">The output block.</param>
    /// <param name="i">Index in the block.</param>
    /// <param name="n">Block length.</param>
    protected void WriteMissing(Span<double> output, int i, int n)
    {
        for (int k = 0; k < Outputs.Count; k++)
        {
            output[(k * n) + i] = double.NaN;
        }
    }

    /// <summary>
    /// Writes the corrected value, the daily curve and the level at sample <paramref name="i"/>: the current day's fit
    /// blended with the previous one by <paramref name="weight"/> (the current fit's share, so the removed curve has no
    /// step at a refit), and the sample minus both.
    /// </summary>
    /// <param name="output">The output block (value, daily, level first).</param>
    /// <param name="i">Index in the block.</param>
    /// <param name="n">Block length.</param>
    /// <param name="y">The sample.</param>
    /// <param name="weight">The current fit's share, 0..1.</param>
    /// <param name="current">The current fit's curve value at this slot and its level, or null.</param>
    /// <param name="previous">The previous fit's, or null.</param>
    protected static void WriteBlended(Span<double> output, int i, int n, double y, double weight, (double Daily, double Level)? current, (double Daily, double Level)? previous)
    {
        double daily = 0;
        double level = 0;
        if (current is { } c)
        {
            daily += weight * c.Daily;
            level += weight * c.Level;
        }

        if (previous is { } p && weight < 1)
        {
            daily += (1 - weight) * p.Daily;
            level += (1 - weight) * p.Level;
        }

        output[i] = double.IsNaN(y) ? double.NaN : y - level - daily;
        output[n + i] = daily;
        output[(2 * n) + i] = level;
    }

    private void ChangeDay(long day)
    {
        if (_day != NoDay)
        {
            EndDay(_day);
        }

        bool consecutive = _day != NoDay && day == _day + 1;
        var retired = _blend && consecutive ? Previous : Current;
        var fitted = Fit(day, retired);
        Previous = _blend && consecutive ? Current : null;
        Current = fitted;
        BeginDay(day);
        _day = day;
    }
}
