using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>The running state of the harmonics method: per-day normal equations of the last <c>span</c> days, a
/// least-squares fit at the start of each day, and the fitted curve removed from every sample.</summary>
internal sealed class HarmonicState : DayCycleState<HarmonicModel>
{
    private const int FixedOutputs = 3;

    private readonly DailyVariationLevel _level;
    private readonly int _harmonicOutputs;
    private readonly HarmonicBasis _basis;
    private readonly HarmonicDay[] _days;
    private readonly long _minCount;
    private readonly double[] _beta;
    private readonly HarmonicFitter _fitter;
    private HarmonicDay _today;
    private HarmonicTable? _table;

    /// <summary>Creates the state.</summary>
    /// <param name="options">Valid options.</param>
    /// <param name="clock">Day boundaries.</param>
    public HarmonicState(DailyVariationOptions options, DayClock clock)
        : base(clock, options.Span, options.Blend, OutputNames(options.HarmonicOutputs ? options.Harmonics : 0))
    {
        _harmonicOutputs = options.HarmonicOutputs ? options.Harmonics : 0;
        _level = options.Level;
        _basis = new HarmonicBasis(options.Harmonics, options.Level == DailyVariationLevel.Trend);
        int p = _basis.Count;
        _days = new HarmonicDay[options.Span + 1];
        for (int d = 0; d < _days.Length; d++)
        {
            _days[d] = new HarmonicDay(clock.SlotsPerDay, p);
        }

        _today = _days[0];
        _minCount = Math.Max(2L * p, (long)Math.Ceiling(options.MinCoverage * options.Span * clock.SlotsPerDay));
        _beta = new double[p];
        _fitter = new HarmonicFitter(p, options.Span, options.Robust);
    }

    /// <summary><c>value</c>, <c>daily</c>, <c>level</c>, then <c>S{k}_amplitude</c> and <c>S{k}_phase</c> per harmonic.</summary>
    /// <param name="harmonics">Number of harmonics with amplitude and phase columns.</param>
    public static IReadOnlyList<string> OutputNames(int harmonics)
    {
        var names = new List<string> { "value", "daily", "level" };
        for (int k = 1; k <= harmonics; k++)
        {
            names.Add($"S{k}_amplitude");
            names.Add($"S{k}_phase");
        }

        return names;
    }

    protected override void ProcessSample(SampleBlock input, int i, long utcTicks, long ticksIntoDay, double weight, Span<double> output)
    {
        int n = input.Length;
        double y = input.Values[i];
        _table ??= new HarmonicTable(Clock, _basis, ticksIntoDay % Clock.StepTicks);
        int slot = Clock.Slot(ticksIntoDay);
        var previous = Previous;
        var current = Current;
        var shown = current ?? previous;
        if (shown is null)
        {
            WriteMissing(output, i, n);
        }
        else
        {
            WriteBlended(output, i, n, y, weight, current is null ? null : (current.Curve[slot], current.Level), previous is null ? null : (previous.Curve[slot], previous.Level));
            for (int k = 0; k < _harmonicOutputs; k++)
            {
                output[((FixedOutputs + (2 * k)) * n) + i] = shown.Amplitudes[k];
                output[((FixedOutputs + (2 * k) + 1) * n) + i] = shown.Phases[k];
            }
        }

        _today.Values[slot] = y;
    }

    protected override void EndDay(long day)
    {
        if (_table is not null)
        {
            _today.Summarise(_table);
        }
    }

    protected override HarmonicModel? Fit(long day, HarmonicModel? reuse)
    {
        long count = 0;
        HarmonicDay? newest = null;
        foreach (var d in _days)
        {
            if (d.Day >= day - Span && d.Day < day && d.Count > 0)
            {
                count += d.Count;
                if (newest is null || d.Day > newest.Day)
                {
                    newest = d;
                }
            }
        }

        if (newest is null || count < _minCount || _table is null)
        {
            return null;
        }

        _fitter.Clear();
        double origin = newest.Origin;
        for (long d = day - Span; d < day; d++)
        {
            var acc = _days[DayClock.RingIndex(d, _days.Length)];
            if (acc.Day == d && acc.Count > 0)
            {
                _fitter.Add(acc, origin, d - day, _basis.Trend, _level == DailyVariationLevel.Daily);
            }
        }

        if (!_fitter.Solve(_beta))
        {
            return null;
        }

        var model = reuse ?? new HarmonicModel(_basis.Harmonics, Clock.SlotsPerDay);
        double level = _level == DailyVariationLevel.Daily ? newest.Level(_beta, _basis.First) : origin + _beta[0];
        model.Set(level, _beta.AsSpan(_basis.First), _table);
        return model;
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
        _table = null;
    }
}
