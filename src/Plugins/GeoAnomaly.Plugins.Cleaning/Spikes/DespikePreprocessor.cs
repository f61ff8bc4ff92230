using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Spikes;

/// <summary>Hampel-filter despiking with a centred window: spikes are replaced by the window median and reported in <c>removed</c>.</summary>
/// <remarks>
/// <para><b>Method.</b> The Hampel filter (Pearson 2002, "Outliers in process modeling and identification", IEEE Trans.
/// Control Systems Technology 10(1):55-63; Pearson et al. 2016, "Generalized Hampel filters", EURASIP J. Adv. Signal
/// Process. 2016:87) applies Hampel's outlier identifier (Hampel 1974, JASA 69:383-393; Davies and Gather 1993) in a
/// moving window. For sample i with window W = x[i - k .. i + k]: m = median W, S = 1.4826 × median |W - m| (the MAD,
/// scaled to estimate a normal σ), and x[i] is a spike when |x[i] - m| &gt; t·S (and above the <c>minDeviation</c>
/// floor, <see cref="HampelRule"/>). A spike is replaced by m; the original value goes to <c>removed</c>, so the host
/// reports it and nothing is lost. Detection uses the raw samples (the non-recursive filter), so a replaced spike does
/// not hide its neighbours.</para>
/// <para><b>Defaults.</b> k = 7 (15-sample window) and t = 4, where the literature's usual pair is k = 3, t = 3
/// (Pearson 2002; MATLAB's <c>hampel</c>). On Gaussian noise a 7-sample MAD is so unsteady that k = 3, t = 3 replaces
/// 4.7 % of ordinary samples, which would flood the <c>removed</c> report; k = 7, t = 4 replaces 0.6 % and still
/// catches 88 % of isolated 6σ spikes (measured rates in the plugin README). A spike run may be at most k samples
/// long to be caught (more would move the median); the synthetic network's spikes last 1 to 5 samples. On a steep
/// signal (tides much larger than the noise) the window's spread includes the slope, which raises the threshold:
/// despike after tide removal where spikes are small.</para>
/// <para><b>Why retrospective, and the causal twin.</b> The centred window needs k samples after i. This component
/// declares <see cref="ProcessingMode.Retrospective"/> and gets the whole series at once. <c>despike-causal</c>
/// (<see cref="CausalDespikePreprocessor"/>) applies the same rule with the trailing window x[i - 2k .. i] for streaming
/// chains, at a price: after a step in the data its first k samples are judged against the old level and replaced.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Needs training?</term><description>No.</description></item>
/// <item><term>Streaming?</term><description>No: retrospective, centred window (see <c>despike-causal</c>).</description></item>
/// <item><term>Warm-up</term><description>None in effect; reported as k, the look-back. Windows are cut at the series ends.</description></item>
/// <item><term>Missing samples</term><description>NaN out (both outputs); NaN samples are left out of windows; a window with fewer than k + 1 valid samples replaces nothing.</description></item>
/// <item><term>Constant series</term><description>Unchanged (MAD 0 flags nothing without a floor).</description></item>
/// <item><term>Cost</term><description>O(n k): sorted-window insert/remove and an O(k) MAD per sample.</description></item>
/// </list>
/// </remarks>
internal sealed class DespikePreprocessor : Preprocessor<DespikeOptions>
{
    public override string Name => "despike";

    public override string Summary => "Hampel filter with a centred window: spikes replaced by the window median and reported in 'removed'.";

    public override ProcessingMode Mode => ProcessingMode.Retrospective;

    public override IComponentState Start(DespikeOptions options, ComponentStart start) => new DespikeState(options);
}
