using System.Globalization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>The kind of an anomaly event, judged from the channel's values around it, with the evidence.</summary>
/// <param name="Kind">Spike, level shift, trend change, variance change or other.</param>
/// <param name="Details">The measurements behind the verdict (keys below), as text.</param>
internal sealed record KindVerdict(AnomalyKind Kind, IReadOnlyDictionary<string, string> Details);

/// <summary>
/// Classifies an event by comparing the channel's values before and after it: a simple, documented rule set, not a
/// model. It sees the values the detector saw (after any preprocessing).
/// </summary>
/// <remarks>
/// <para>Take <c>W</c> = <see cref="KindClassifierOptions.ContextSamples"/> samples before the event's first sample
/// <c>s</c> and <c>W</c> after its end. On each side fit a least-squares line and the robust spread of its residuals
/// (<see cref="RobustLine"/>): <c>before</c> and <c>after</c>. With fewer than
/// <see cref="KindClassifierOptions.MinContext"/> valid samples on a side the kind is <c>other</c>. The noise scale is
/// <c>σ</c> = the spread before (or after, if that is 0; or a negligible 1e-12 × level if both are 0, so any change
/// counts). With <c>k</c> = <see cref="KindClassifierOptions.Sigmas"/> and <c>r</c> =
/// <see cref="KindClassifierOptions.SpreadRatio"/>, the first rule that holds wins:</para>
/// <list type="number">
/// <item><b>level-shift</b>: <c>|shift| &gt; kσ</c>, where <c>shift = after(s) − before(s)</c>, both lines taken at
/// the event's start (so a steady trend through the event is no shift);</item>
/// <item><b>variance-change</b>: <c>spread after / spread before ≥ r</c> or <c>≤ 1/r</c>;</item>
/// <item><b>trend-change</b>: <c>|slope after − slope before| × W &gt; kσ</c> (the new line leaves the old by more than
/// kσ over the context length);</item>
/// <item><b>spike</b>: the channel returns to the prior level (none of the above) and the largest excursion inside the
/// event from the before-line, <c>max |x − before(i)|</c>, exceeds <c>kσ</c>;</item>
/// <item><b>other</b>: none of these.</item>
/// </list>
/// <para><c>step</c> (an instrument offset) is never assigned here; it is reserved for the step preprocessor.</para>
/// <para>Details: <c>sigma</c>, <c>shift</c>, <c>shift_sigmas</c>, <c>slope_before</c>, <c>slope_after</c> (per sample),
/// <c>trend_sigmas</c>, <c>spread_ratio</c>, <c>excursion_sigmas</c>; or <c>context</c> when there is too little.
/// Cost: O(W log W + event length) per event.</para>
/// </remarks>
internal static class EventKindClassifier
{
    /// <summary>Classifies the event covering samples <paramref name="first"/> to <paramref name="end"/> (exclusive).</summary>
    /// <param name="values">The channel's values, NaN where missing.</param>
    /// <param name="first">The event's first sample.</param>
    /// <param name="end">The sample after the event's last.</param>
    /// <param name="options">Context length and thresholds (assumed valid).</param>
    public static KindVerdict Classify(ReadOnlySpan<double> values, int first, int end, KindClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, values.Length);
        int w = options.ContextSamples;
        var before = RobustLine.Fit(values, Math.Max(0, first - w), first);
        var after = RobustLine.Fit(values, end, Math.Min(values.Length, end + w));
        var details = new Dictionary<string, string>();
        if (before.Count < options.MinContext || after.Count < options.MinContext)
        {
            details["context"] = $"{before.Count} valid before, {after.Count} after, need {options.MinContext} each side";
            return new KindVerdict(AnomalyKind.Other, details);
        }

        double sigma = before.Spread > 0 ? before.Spread
            : after.Spread > 0 ? after.Spread
            : 1e-12 * Math.Max(1, Math.Abs(before.At(first)));
        double shift = after.At(first) - before.At(first);
        double ratio = before.Spread > 0 ? after.Spread / before.Spread : after.Spread > 0 ? double.PositiveInfinity : 1;
        double trend = Math.Abs(after.Slope - before.Slope) * w / sigma;
        double excursion = 0;
        for (int i = first; i < end; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                excursion = Math.Max(excursion, Math.Abs(values[i] - before.At(i)) / sigma);
            }
        }

        details["sigma"] = Text(sigma);
        details["shift"] = Text(shift);
        details["shift_sigmas"] = Text(shift / sigma);
        details["slope_before"] = Text(before.Slope);
        details["slope_after"] = Text(after.Slope);
        details["trend_sigmas"] = Text(trend);
        details["spread_ratio"] = Text(ratio);
        details["excursion_sigmas"] = Text(excursion);

        double k = options.Sigmas;
        var kind = Math.Abs(shift) > k * sigma ? AnomalyKind.LevelShift
            : ratio >= options.SpreadRatio || ratio <= 1 / options.SpreadRatio ? AnomalyKind.VarianceChange
            : trend > k ? AnomalyKind.TrendChange
            : excursion > k ? AnomalyKind.Spike
            : AnomalyKind.Other;
        return new KindVerdict(kind, details);
    }

    private static string Text(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
