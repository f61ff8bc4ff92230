using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Trends;

/// <summary>Removes a linear, polynomial or robust trend fitted on a trailing span, causally; outputs the residual, the trend and its slope.</summary>
/// <remarks>
/// <para><b>Method.</b> At re-fit samples r (every <c>refitInterval</c> samples, aligned to absolute time) a polynomial
/// p(t) = Σₖ cₖ tᵏ of degree <c>degree</c> is fitted to the valid samples of the trailing span r - span + 1 .. r, with
/// t = (j - r) / span ∈ (-1, 0]. Until the next re-fit that fit is in force and is extrapolated: at sample i,
/// trend = p((i - r)/span), value = x[i] - trend, slope = p'((i - r)/span) / span, in channel units per day.
/// <c>leastSquares</c> minimises Σ (x - p)² (degree 1 is the linear trend, higher degrees the polynomial one);
/// <c>bisquare</c> is robust: iteratively reweighted least squares with Tukey's bisquare weights
/// w = (1 - (r / 4.685 s)²)², s = 1.4826 × median |r| (Beaton and Tukey 1974; Holland and Welsch 1977), so spikes,
/// steps and anomalies in the span pull the trend little. Theil-Sen, the other common robust line, is O(span²) per fit
/// and limited to degree 1; the bisquare fit costs a few least-squares passes and works for every degree.</para>
/// <para><b>What a trailing span removes.</b> Everything slower than about the span: drift, relaxation, seasonal
/// trends. A linear fit over a day passes tides and daily variation through to the residual (remove those first or
/// after with their own components); a polynomial of high degree over a short span starts following them. The fit is
/// made on the past only and extrapolated up to <c>refitInterval</c> samples, so <c>trend</c> steps slightly at each
/// re-fit. <c>detrend-entire</c> fits one trend to the whole series instead (retrospective).</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Needs training?</term><description>No: fits itself on the trailing span as it goes.</description></item>
/// <item><term>Streaming?</term><description>Yes, causal; streaming equals batch bitwise for any chunking.</description></item>
/// <item><term>Warm-up</term><description><c>span + refitInterval - 1</c> samples (1,499 with the defaults); a fresh state fits as soon as half the span is present.</description></item>
/// <item><term>Missing samples</term><description><c>value</c> NaN at gaps (trend and slope still given); fits skip NaN and need max(degree + 2, span / 2) valid samples, else the outputs are NaN.</description></item>
/// <item><term>Constant series</term><description>Residual 0, slope 0.</description></item>
/// <item><term>Cost</term><description>O(span × degree² / refitInterval) per sample for least squares, times the reweighting rounds (usually under 20) for bisquare.</description></item>
/// </list>
/// </remarks>
internal sealed class DetrendPreprocessor : Preprocessor<DetrendOptions>
{
    public override string Name => "detrend";

    public override string Summary => "Removes a linear, polynomial or robust (bisquare) trend fitted on a trailing span; outputs residual, trend and slope per day.";

    public override IComponentState Start(DetrendOptions options, ComponentStart start) => new DetrendState(options);
}
