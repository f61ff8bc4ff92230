using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Spikes;

/// <summary>Hampel-filter despiking with a trailing window, for streaming: spikes are replaced by the window median and reported in <c>removed</c>.</summary>
/// <remarks>
/// <para><b>Method.</b> The rule of <see cref="DespikePreprocessor"/> (Hampel identifier in a moving window; Pearson
/// 2002) with the window ending at the sample tested: W = x[i - 2k .. i], m = median W, S = 1.4826 × MAD of W, spike
/// when |x[i] - m| &gt; t·S (and above <c>minDeviation</c>). The window holds 2k + 1 samples, as the centred one, so the
/// two share their options and false-alarm rate on stationary noise.</para>
/// <para><b>Trade-offs of a trailing window.</b> Its median lags k samples behind the sample tested. On a slope s
/// (tides, Sq) that offsets the test by about k·s, which the window's own spread largely absorbs when s is large
/// against the noise, but raises false replacements when the two are comparable (README: measured rates on a tidal
/// signal). After a step in the data, the first k samples at the new level are in the minority, are replaced by the
/// old level and reported as removed; the step then appears k samples late. Prefer <c>despike</c> (centred,
/// retrospective) when the chain is retrospective anyway.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Needs training?</term><description>No.</description></item>
/// <item><term>Streaming?</term><description>Yes, causal; streaming equals batch bitwise for any chunking.</description></item>
/// <item><term>Warm-up</term><description>2k samples (14 with the defaults).</description></item>
/// <item><term>Missing samples</term><description>NaN out (both outputs); NaN samples are left out of the window; fewer than k + 1 valid samples in it replace nothing.</description></item>
/// <item><term>Constant series</term><description>Unchanged.</description></item>
/// <item><term>Cost</term><description>O(k) per sample.</description></item>
/// </list>
/// </remarks>
internal sealed class CausalDespikePreprocessor : Preprocessor<DespikeOptions>
{
    public override string Name => "despike-causal";

    public override string Summary => "Hampel filter with a trailing window (streaming): spikes replaced by the window median and reported in 'removed'.";

    public override IComponentState Start(DespikeOptions options, ComponentStart start) => new CausalDespikeState(options);
}
