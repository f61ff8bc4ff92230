using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Gaps;

/// <summary>Fills gaps of up to <c>maxGap</c> samples by linear or cubic-spline interpolation; longer gaps stay NaN.</summary>
/// <remarks>
/// <para><b>Method.</b> A gap is a run of missing (NaN) samples with a valid sample on each side. If it is at most
/// <c>maxGap</c> samples long it is bridged: <c>linear</c> draws the chord between the samples either side,
/// x̂(j) = x(a-1) + (x(b) - x(a-1)) (j - a + 1) / (b - a + 1) for the gap [a, b); <c>spline</c> passes a natural cubic
/// spline (zero second derivative at the outer knots) through up to <c>neighbours</c> valid samples on each side,
/// found within 2 × <c>neighbours</c> samples of the gap, and reads it inside the gap (falling back to the chord when a
/// side has fewer than 2). Longer gaps, and gaps at the start or end of the series, are left NaN: they hide more than
/// interpolation can honestly restore, and the detectors downstream handle NaN. Valid samples pass unchanged.</para>
/// <para><b>Why retrospective.</b> A filled value needs the first sample after the gap. A causal state could emit the
/// filled run only once the gap closes, up to <c>maxGap</c> samples late; the host writes each output at its own
/// sample's time, so late values would be either lost or misplaced, and streaming would not equal batch. So the
/// component declares <see cref="ProcessingMode.Retrospective"/>: the host hands it the whole series in one call.</para>
/// <para><b>Choosing.</b> Linear is the safe default for short gaps in noisy data; the spline follows tidal or daily
/// curvature across gaps of tens of minutes, where the chord sags (see the plugin README for measured errors), but
/// with noisy neighbours it can overshoot, more so with few neighbours.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Needs training?</term><description>No.</description></item>
/// <item><term>Streaming?</term><description>No: retrospective (needs the sample after each gap).</description></item>
/// <item><term>Warm-up</term><description>None in effect; reported as the look-back, <c>maxGap</c> + 1 (+ 2 × <c>neighbours</c> for the spline).</description></item>
/// <item><term>Missing samples</term><description>Short interior gaps filled; long or edge gaps stay NaN.</description></item>
/// <item><term>Constant series</term><description>Unchanged; gaps in it are filled with the constant.</description></item>
/// <item><term>Cost</term><description>O(n); the spline adds O(<c>neighbours</c> + gap length) per filled gap.</description></item>
/// </list>
/// </remarks>
internal sealed class GapFillPreprocessor : Preprocessor<GapFillOptions>
{
    public override string Name => "gap-fill";

    public override string Summary => "Fills gaps of up to maxGap samples by linear or cubic-spline interpolation; longer gaps stay NaN.";

    public override ProcessingMode Mode => ProcessingMode.Retrospective;

    public override IComponentState Start(GapFillOptions options, ComponentStart start) => new GapFillState(options);
}
