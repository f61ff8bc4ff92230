using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>The running state of the quietDay method: the samples of the last <c>span</c> days by slot, and at the start
/// of each day a reference curve from the quietest of them, removed from every sample.</summary>
internal sealed class QuietDayState : DayCycleState<QuietDayCurve>
{
    private readonly DaySlots[] _days;
    private readonly int _quietDays;
    private readonly int _halfWidth;
    private readonly int _minDayCount;
    private readonly double[] _sums;
    private readonly int[] _counts;
    private readonly List<DaySlots> _candidates = [];
    private DaySlots _today;

    /// <summary>Creates the state.</summary>
    /// <param name="options">Valid options.</param>
    /// <param name="clock">Day boundaries and slots.</param>
    public QuietDayState(DailyVariationOptions options, DayClock clock)
        : base(clock, options.Span, options.Blend, ["value", "daily", "level"])
    {
        int slots = clock.SlotsPerDay;
        _days = new DaySlots[options.Span + 1];
        for (int d = 0; d < _days.Length; d++)
        {
            _days[d] = new DaySlots(slots);
        }

        _today = _days[0];
        _quietDays = options.QuietDays;
        _halfWidth = options.Smoothing;
        _minDayCount = Math.Max(1, (int)Math.Ceiling(options.MinCoverage * slots));
        _sums = new double[slots];
        _counts = new int[slots];
    }

    protected override void ProcessSample(SampleBlock input, int i, long utcTicks, long ticksIntoDay, double weight, Span<double> output)
    {
        int n = input.Length;
        int slot = Clock.Slot(ticksIntoDay);
        double y = input.Values[i];
        var previous = Previous;
        var current = Current;
        if (current is null && previous is null)
        {
            WriteMissing(output, i, n);
        }
        else
        {
            WriteBlended(output, i, n, y, weight, current is null ? null : (current.Values[slot], current.Level), previous is null ? null : (previous.Values[slot], previous.Level));
        }

        _today.Values[slot] = y;
    }

    protected override void EndDay(long day) => _today.Summarise();

    protected override QuietDayCurve? Fit(long day, QuietDayCurve? reuse)
    {
        _candidates.Clear();
        foreach (var d in _days)
        {
            if (d.Day >= day - Span && d.Day < day && d.Count >= _minDayCount)
            {
                _candidates.Add(d);
            }
        }

        if (_candidates.Count == 0)
        {
            return null;
        }

        // Quietest first; among equal ranges the more recent day.
        _candidates.Sort((a, b) => a.Range != b.Range ? a.Range.CompareTo(b.Range) : b.Day.CompareTo(a.Day));
        if (_candidates.Count > _quietDays)
        {
            _candidates.RemoveRange(_quietDays, _candidates.Count - _quietDays);
        }

        var curve = reuse ?? new QuietDayCurve(Clock.SlotsPerDay);
        curve.Build(_candidates, _halfWidth, _sums, _counts);
        return curve;
    }

    protected override void BeginDay(long day)
    {
        _today = _days[DayClock.RingIndex(day, _days.Length)];
        _today.Clear(day);
    }

    protected override void ResetDays()
    {
        foreach (var d in _days)
        {
            d.Clear(long.MinValue);
        }

        _today = _days[0];
    }
}
