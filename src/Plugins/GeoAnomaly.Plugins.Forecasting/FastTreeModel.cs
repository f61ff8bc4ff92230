using GeoAnomaly.Plugins.Forecasting.MlNet;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace GeoAnomaly.Plugins.Forecasting;

/// <summary>Gradient-boosted regression trees on the logistic loss (ML.NET <c>FastTree</c> binary, MART).</summary>
/// <remarks>
/// <para><b>Method.</b> F(x) = Σₘ η·fₘ(x), each tree fₘ fitted to the gradient of the weighted logistic loss of the
/// trees before it (Friedman's MART, Burges' FastRank implementation). Features are binned into histograms, so no
/// normalisation is needed. The score is F(x), the boosted logit.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Weights</term><description>Used (ML.NET example weights).</description></item>
/// <item><term>Seed</term><description>The host's seed is the trainer's seed; one thread, so the same seed and data give the same trees.</description></item>
/// <item><term>Score</term><description>The sum of the trees' outputs (a logit, uncalibrated).</description></item>
/// </list>
/// </remarks>
internal sealed class FastTreeModel : MlNetForecastModel<FastTreeOptions>
{
    public override string Name => "fast-tree";

    public override string Summary =>
        "Weighted gradient-boosted trees on the logistic loss (ML.NET FastTree binary, MART); single-threaded and seeded, so deterministic.";

    protected override IEstimator<ITransformer> Pipeline(MLContext ml, FastTreeOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(options);
        return ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = MlNetData.Label,
            FeatureColumnName = MlNetData.Features,
            ExampleWeightColumnName = MlNetData.Weight,
            NumberOfTrees = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinimumExampleCountPerLeaf,
            NumberOfThreads = 1,
            Seed = seed,
            FeatureSelectionSeed = seed,
        });
    }
}
