using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.IsolationForest;

/// <summary>Isolation forest over trailing-window feature vectors of a channel (and its companions): how easily random
/// axis-parallel cuts isolate the current sample from a reference window of recent ones.</summary>
/// <remarks>
/// <para><b>Method.</b> An isolation tree splits a sample of ψ training vectors recursively on a random feature at a
/// random value between that feature's minimum and maximum, until each point is alone or the depth reaches
/// ceil(log2 ψ). Anomalies, being few and different, are cut off near the root. A vector's path length h(x) in a tree is
/// the depth of the leaf it falls into plus c(n) for the n training points left there, where
/// c(n) = 2H(n − 1) − 2(n − 1)/n is the average path length of an unsuccessful binary-search-tree search
/// (H(i) ≈ ln i + γ). The score is s(x) = 2^(−E[h(x)] / c(ψ)), E over the trees: close to 1 for anomalies, at most
/// about 0.5 for ordinary points (Liu, Ting &amp; Zhou, "Isolation Forest", ICDM 2008). Conventions are
/// scikit-learn's <c>IsolationForest</c>: 100 trees, ψ = min(256, n) drawn without replacement, all features per tree,
/// x ≤ threshold goes left, contamination <c>auto</c> = alert where s &gt; 0.5, or a fraction c = alert above the
/// (1 − c) quantile of the training vectors' scores (linear interpolation). Unlike scikit-learn, features are not
/// rounded to float32 and only an exactly constant feature counts as constant.</para>
/// <para><b>Features</b> (option <c>features</c>, per channel, in this order): value x[t]; diff x[t] − x[t−1]; mean
/// and std, the mean and population standard deviation of x[t−w+1..t] (w = <c>featureWindow</c>, trailing, current
/// sample included); deviation x[t] − mean. With companion channels (the other components of a magnetometer, the air
/// pressure beside a well), each companion's features follow the channel's. The default, diff, std and deviation, is
/// blind to slow level and drift, so tides and trends do not alarm; add value to catch level changes too.</para>
/// <para><b>Streaming and refits.</b> Training vectors are the valid ones among the last <c>trainingWindowSize</c>
/// samples. A state without a forest fits as soon as that whole window is valid (the reference window); after that the
/// forest is refitted whenever a sample's time index (whole steps since 1970-01-01T00:00Z) is a multiple of
/// <c>refitInterval</c> (daily at midnight UTC with the minute defaults), each fit seeded from <c>seed</c> and that time
/// index. A scheduled refit over a window less than half valid leaves no forest until the window fills again. So the
/// forest in force depends only on the last trainingWindowSize + feature span + refitInterval samples, which is the
/// warm-up: a state resumed that far back gives bitwise the same outputs.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Training</term><description>Unsupervised, on the trailing training window; refitted on an absolute-time schedule.</description></item>
/// <item><term>Streaming</term><description>Causal: outputs at a sample use samples up to it only; streaming equals batch bitwise.</description></item>
/// <item><term>Warm-up</term><description>trainingWindowSize + feature span + refitInterval (2,940 samples with the defaults); the first scores come after trainingWindowSize + span − 1 valid samples.</description></item>
/// <item><term>Outputs</term><description><c>score</c> s in (0, 1], higher = more anomalous; <c>alert</c> 1 above the contamination threshold, else 0.</description></item>
/// <item><term>Missing samples</term><description>A sample whose feature span (on any channel used) holds a NaN gets NaN outputs and is left out of training; so is every sample before the first fit.</description></item>
/// <item><term>Complexity</term><description>Score: trees × ceil(log2 ψ) branch-free steps per sample (100 × 8) plus O(w) for the features; fit: O(trees · ψ · log ψ) per refit.</description></item>
/// <item><term>Memory</term><description>2 × trainingWindowSize × features doubles plus trees × 2^ceil(log2 ψ) × 24 bytes (about 0.7 MB with the defaults).</description></item>
/// </list>
/// </remarks>
internal sealed class IsolationForestDetector : Detector<IsolationForestOptions>
{
    public override string Name => "isolation-forest";

    public override string Summary =>
        "Isolation forest (Liu, Ting & Zhou 2008; scikit-learn conventions) over trailing-window features of the channel and its companions, refitted on a schedule.";

    public override IComponentState Start(IsolationForestOptions options, ComponentStart start)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(start);
        return new IsolationForestState(options, start);
    }
}
