using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Steps;

/// <summary>Finds instrument offsets (resets, maintenance, sensor swaps) and removes them, reporting each step's size at its first sample.</summary>
/// <remarks>
/// <para><b>Method.</b> At every boundary between consecutive valid samples a step h is fitted together with a local
/// polynomial of degree <c>degree</c> shared by the <c>window</c> samples either side, by least squares
/// (<see cref="StepStatistic"/>): y(j) = Σₖ cₖ tᵏ + h·[j after the boundary]. Sharing the polynomial is what lets a step
/// be told from a slope: a difference of window medians (the textbook level comparison) reads a tide's rise over the
/// window, about slope × window, as a step, while a shared cubic absorbs slope and curvature over the window (on a
/// strain-like record with 120-sample windows the statistic scatters 0.37 units with a cubic, 2.5 with a parabola,
/// README). h is standardised by its
/// own noise scale (<see cref="StepNoise"/>): S₀ = 1.4826 × MAD of h over the series for boundaries without a gap
/// (steps are rare, so the MAD sees the ordinary fluctuation of h: white noise, red noise, the part of the signal the
/// polynomial leaves), and S(g), measured by blanking g samples at 256 clean places of the series, across a gap of g
/// samples (bridging a gap is less certain, and how much less depends on the record). The scale of first differences,
/// the other usual choice, sees only the white part of the noise and would fire on red noise. A detection is a
/// boundary where z = |h| / S exceeds <c>threshold</c> (and |h| <c>minStep</c>) and z is the largest within
/// ±<c>window</c> samples. The detection is then placed where a step fits best in its window (the least-squares change
/// point, <see cref="StepLocator"/>; a step hidden by a gap goes to the first sample after it) and re-fitted with
/// Tukey's bisquare (iteratively reweighted least squares, so a spike in the window does not bias it), with the other
/// steps' offsets taken out of its window, twice over. A step is kept if it exceeds <c>minStep</c> and
/// <c>threshold</c> times its local standard error (robust residual scale of the refit × √[(XᵀWX)⁻¹]ₕₕ), which rejects
/// the jumps noise makes inside a burst of high variance.</para>
/// <para><b>What counts as a step.</b> An instrument offset persists. A jump that an opposite jump of 75 % to 125 % of
/// its size undoes within <c>returnSpan</c> samples is a level shift that came back (a candidate anomaly, not an
/// instrument fault), and both are left in the series for the detectors; <c>returnSpan</c> = 0 removes them too.
/// Raise <c>threshold</c> or set <c>minStep</c> to keep smaller shifts. Two steps closer than <c>window</c> count as
/// one. Measured on the synthetic network (README): 94 % of labelled steps found, 86 % within 5 % of their size (94 %
/// of those clear of gaps; after a gap the size is known only to about S(g)).</para>
/// <para><b>Outputs.</b> <c>value</c> = x minus the sum of the steps at or before each sample, so the series keeps the
/// level of its first stretch; <c>step</c> = the size removed, at the first sample after each step (the first valid
/// one after a gap, where loggers usually resume at a new level), NaN elsewhere. Steps across gaps longer than
/// <c>maxGap</c> are not estimated, and neither are steps within window/2 samples of the series ends.</para>
/// <para><b>Why retrospective.</b> A step at sample i is only seen <c>window</c> samples later, and its size belongs
/// at sample i and to every sample after it; a causal state would have emitted those samples already. So the component
/// declares <see cref="ProcessingMode.Retrospective"/> and gets the whole series at once.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Needs training?</term><description>No.</description></item>
/// <item><term>Streaming?</term><description>No: retrospective (look-ahead of <c>window</c> samples; offsets accumulate to the end).</description></item>
/// <item><term>Warm-up</term><description>None in effect; reported as <c>window</c> + <c>maxGap</c>, the look-back of a decision.</description></item>
/// <item><term>Missing samples</term><description>NaN stays NaN; boundaries span gaps up to <c>maxGap</c>; windows use the valid samples.</description></item>
/// <item><term>Constant series</term><description>Unchanged: h is exactly 0, S = 0, nothing exceeds the threshold.</description></item>
/// <item><term>Cost</term><description>O(n × window) for a 2 × <c>window</c>-tap filter per sample (vectorised); O(n × degree³) near gaps (running sums); O(window) per detection.</description></item>
/// </list>
/// </remarks>
internal sealed class StepRemovalPreprocessor : Preprocessor<StepRemovalOptions>
{
    public override string Name => "step-removal";

    public override string Summary => "Finds instrument offsets (resets, maintenance) by a local polynomial-plus-step fit and removes them; 'step' holds each size.";

    public override ProcessingMode Mode => ProcessingMode.Retrospective;

    public override IComponentState Start(StepRemovalOptions options, ComponentStart start) => new StepRemovalState(options);
}
