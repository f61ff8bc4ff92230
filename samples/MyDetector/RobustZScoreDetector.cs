using GeoAnomaly.Sdk;

namespace MyDetector;

/// <summary>Robust z-score: how many robust standard deviations a sample lies from the median of the samples before it.</summary>
/// <remarks>
/// <para>score = |x - median| / (1.4826 * MAD), where median and MAD (median absolute deviation from the median) are
/// taken over the valid samples among the previous <see cref="RobustZScoreOptions.WindowSize"/> samples. For Gaussian
/// noise 1.4826 * MAD estimates the standard deviation, so the score reads like a z-score, but one outlier in the
/// window barely moves it.</para>
/// <list type="table">
/// <item><term>Streaming</term><description>Causal; warm-up = window size.</description></item>
/// <item><term>Missing samples</term><description>NaN in gives NaN out, and NaN while the window holds fewer than
/// <see cref="RobustZScoreOptions.MinValid"/> valid samples.</description></item>
/// <item><term>MAD = 0</term><description>Falls back to 1.2533 * the mean absolute deviation; if that is 0 too (a
/// constant window) the score is 0 for the same value and <see cref="MaxScore"/> for any other.</description></item>
/// <item><term>Cost</term><description>O(window) per sample.</description></item>
/// </list>
/// </remarks>
internal sealed class RobustZScoreDetector : Detector<RobustZScoreOptions>
{
    /// <summary>The largest score given: a departure from a perfectly constant window.</summary>
    public const double MaxScore = 1000;

    public override string Name => "robust-zscore";

    public override string Summary => "Distance from the trailing median in robust standard deviations (median and MAD over a trailing window).";

    public override IComponentState Start(RobustZScoreOptions options, ComponentStart start) =>
        new RobustZScoreState(options.WindowSize, options.MinValid);
}
