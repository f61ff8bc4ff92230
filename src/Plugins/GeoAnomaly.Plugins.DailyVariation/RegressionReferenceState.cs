using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>The reference method with regression: at the start of each day, <c>x ≈ a + b·r</c> is fitted by least
/// squares on the pairs of the last <c>span</c> days where both channels are valid, and <c>p = a + b·r</c> is removed
/// (difference) or divided out (ratio).</summary>
/// <remarks>
/// Sums are taken about the means (two passes), so baselines of tens of thousands of nT cost no precision. A reference
/// that is flat over the span (standard deviation below 10⁻⁹ of its mean, or 10⁻⁹ when the mean is below 1) cannot
/// give a scale; then b = 1 and a = mean(x - r), the offset-corrected plain difference.
/// </remarks>
internal sealed class RegressionReferenceState : DayCycleState<RegressionReferenceState.Line>
{
    private const double FlatReference = 1e-9;

    private readonly ReferenceCombination _combine;
    private readonly DaySlots[] _x;
    private readonly DaySlots[] _r;
    private readonly long _minCount;
    private int _today;

    /// <summary>Creates the state.</summary>
    /// <param name="options">Valid options.</param>
    /// <param name="clock">Day boundaries and slots.</param>
    public RegressionReferenceState(DailyVariationOptions options, DayClock clock)
        : base(clock, options.Span, options.Blend, ["value", "reference", "scale", "offset"])
    {
        _combine = options.Combine;
        _x = new DaySlots[options.Span + 1];
        _r = new DaySlots[options.Span + 1];
        for (int d = 0; d < _x.Length; d++)
        {
            _x[d] = new DaySlots(clock.SlotsPerDay);
            _r[d] = new DaySlots(clock.SlotsPerDay);
        }

        _minCount = Math.Max(2L, (long)Math.Ceiling(options.MinCoverage * options.Span * clock.SlotsPerDay));
    }

    protected override void ProcessSample(SampleBlock input, int i, long utcTicks, long ticksIntoDay, double weight, Span<double> output)
    {
        int n = input.Length;
        int slot = Clock.Slot(ticksIntoDay);
        double x = input.Values[i];
        double r = input.Companion(0)[i];
        var previous = Previous;
        var current = Current;
        if (current is null && previous is null)
        {
            WriteMissing(output, i, n);
        }
        else
        {
            double a = 0;
            double b = 0;
            if (current is not null)
            {
                a += weight * current.Offset;
                b += weight * current.Scale;
            }

            if (previous is not null && weight < 1)
            {
                a += (1 - weight) * previous.Offset;
                b += (1 - weight) * previous.Scale;
            }

            double p = a + (b * r);
            output[i] = ReferencePrediction.Combine(x, p, _combine);
            output[n + i] = p;
            output[(2 * n) + i] = b;
            output[(3 * n) + i] = a;
        }

        _x[_today].Values[slot] = x;
        _r[_today].Values[slot] = r;
    }

    protected override void EndDay(long day)
    {
    }

    protected override Line? Fit(long day, Line? reuse)
    {
        // One pass over the span's pairs with Welford's updates of the means and co-moments (as stable as centring
        // in a second pass).
        long count = 0;
        double mx = 0;
        double mr = 0;
        double sxr = 0;
        double srr = 0;
        for (long d = day - Span; d < day; d++)
        {
            int k = DayClock.RingIndex(d, _x.Length);
            if (_x[k].Day != d)
            {
                continue;
            }

            var xs = _x[k].Values;
            var rs = _r[k].Values;
            for (int s = 0; s < xs.Length; s++)
            {
                if (!double.IsNaN(xs[s]) && !double.IsNaN(rs[s]))
                {
                    count++;
                    double dx = xs[s] - mx;
                    double dr = rs[s] - mr;
                    mx += dx / count;
                    mr += dr / count;
                    double after = rs[s] - mr;
                    sxr += dx * after;
                    srr += dr * after;
                }
            }
        }

        if (count < _minCount)
        {
            return null;
        }

        double flat = FlatReference * Math.Max(1, Math.Abs(mr));
        double scale = srr / count > flat * flat ? sxr / srr : 1;
        var line = reuse ?? new Line();
        line.Scale = scale;
        line.Offset = mx - (scale * mr);
        return line;
    }

    protected override void BeginDay(long day)
    {
        _today = DayClock.RingIndex(day, _x.Length);
        _x[_today].Clear(day);
        _r[_today].Clear(day);
    }

    protected override void ResetDays()
    {
        for (int d = 0; d < _x.Length; d++)
        {
            _x[d].Clear(long.MinValue);
            _r[d].Clear(long.MinValue);
        }

        _today = 0;
    }

    /// <summary>A fitted line <c>p = Offset + Scale·r</c>.</summary>
    internal sealed class Line
    {
        /// <summary>a, channel units.</summary>
        public double Offset { get; set; }

        /// <summary>b, channel units per reference unit.</summary>
        public double Scale { get; set; }
    }
}
