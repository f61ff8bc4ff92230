using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Ssa;

/// <summary>Change points (level shifts, trend and variance changes) by SSA forecasting and an exchangeability martingale, as ML.NET's <c>DetectChangePointBySsa</c>.</summary>
/// <remarks>
/// <para><b>Method.</b> Singular spectrum analysis models the recent series as a sum of a few oscillations and trends:
/// the trajectory (Hankel) matrix of the last <c>trainingWindowSize</c> = N samples with window
/// <c>seasonalWindowSize</c> = L is decomposed by SVD, the leading r singular vectors span the signal, and the linear
/// recurrence they imply forecasts the next sample from the smoothed recent ones (<see cref="SsaTrainer"/>,
/// <see cref="SsaModel"/>, <see cref="SsaForecaster"/>; Golyandina, Nekrutkin and Zhigljavsky 2001). The forecast error
/// (<see cref="ErrorFunction"/>) is the raw score; its p-value against the raw scores of the last
/// <c>changeHistoryLength</c> = H samples comes from a Gaussian kernel density (<see cref="KernelPValue"/>), two-sided:
/// <c>p = min(p⁺, 1 - p⁺)</c>, kept in [10⁻⁸, 1 - 10⁻⁸]. A martingale bets on each p-value and multiplies the last H bets,
/// <c>M = Π b(p)</c> with <c>b(p) = ε p^(ε-1)</c> (power) or its mixture over ε (<see cref="Martingale"/>; Fedorova et
/// al., ICML 2012). Under exchangeable residuals small p-values are rare and M stays small; after a change they
/// cluster and M grows by orders of magnitude. An alert is raised when <c>M ≥ b(1 - confidence/100)^H</c>.</para>
/// <para><b>Outputs.</b> <c>score</c> = log₁₀ M, the primary score: it is the martingale (what rises on level shifts,
/// trend and variance changes) on a scale events and calibration can use (about -30 on quiet data, log₁₀ of the
/// threshold at an alert: 3.41 for the defaults, up to about 6H). Without a martingale it is <c>-log₁₀ p</c>.
/// Then ML.NET's four outputs: <c>alert</c> (1 or 0), <c>rawScore</c> (the forecast error, what ML.NET calls the raw
/// score), <c>pValue</c>, <c>martingale</c> (M, saturating at the largest double); and <c>expected</c>, the forecast.</para>
/// <para><b>Where this differs from ML.NET, and why.</b> ML.NET trains once on the first N samples and never updates
/// (its change-point detector sets <c>IsAdaptive = false</c>), so its output depends on where the series starts. Here
/// the model is re-fitted on the trailing N samples every <c>refitInterval</c> samples, on a schedule aligned to
/// absolute time, so streaming equals batch and a state resumed <see cref="SsaChangePointState.WarmUp"/> samples early
/// agrees with one that saw everything. After each fit the smoothed values are recomputed with the new vectors (ML.NET
/// starts from one projection). ML.NET's p-value bandwidth uses a running sum that cancels catastrophically; it is
/// recomputed here. ML.NET suppresses alerts for H-1 samples after each alert, so a long excursion alerts every H
/// samples with a phase set by where it began; here an alert needs the martingale to have stayed below the threshold
/// for the previous H-1 samples, so one excursion alerts once. Scoring starts at sample N, after the first fit on
/// samples 0..N-1; ML.NET scores from sample 0 with the model fitted on samples 0..N-1 (look-ahead) and a state taken
/// from the end of that window. Arithmetic is double, not single precision.</para>
/// <para><b>Missing samples.</b> NaN in gives NaN in every output at that sample. Up to <c>maxGapFill</c> consecutive
/// missing samples are bridged by repeating the last valid value into the model (so its windows stay a fixed span of
/// time) and leave no raw score and no bet; a longer gap restarts the detector, which warms up again after it.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Needs training?</term><description>No separate training: fits itself on the trailing window as it goes.</description></item>
/// <item><term>Streaming?</term><description>Yes, causal; streaming equals batch bitwise for any chunking.</description></item>
/// <item><term>Warm-up</term><description><c>N + maxGapFill + refitInterval + 3H</c> samples (270 with the defaults);
/// the first score comes after N samples.</description></item>
/// <item><term>Missing samples</term><description>NaN out; short gaps bridged, long ones restart it (above).</description></item>
/// <item><term>Constant series</term><description>Finite: exact-zero windows take the averaging model, zero residual spread takes the 10⁻⁶ bandwidth floor.</description></item>
/// <item><term>Cost</term><description>O(rL + H) per sample, plus O(NL²) per re-fit every <c>refitInterval</c> samples.</description></item>
/// <item><term>Windows</term><description>Trailing; the step comes from the data; re-fits at absolute indices divisible by <c>refitInterval</c>.</description></item>
/// </list>
/// </remarks>
internal sealed class SsaChangePointDetector : Detector<SsaChangePointOptions>
{
    public override string Name => "ssa-changepoint";

    public override string Summary =>
        "Change points by singular spectrum analysis: SSA forecast errors, kernel p-values and a power martingale (ML.NET DetectChangePointBySsa).";

    public override IComponentState Start(SsaChangePointOptions options, ComponentStart start) => new SsaChangePointState(options);
}
