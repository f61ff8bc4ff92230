using GeoAnomaly.Plugins.Forecasting.MlNet;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace GeoAnomaly.Plugins.Forecasting;

/// <summary>Random forest of regression trees on the labels (ML.NET <c>FastForest</c> binary).</summary>
/// <remarks>
/// <para><b>Method.</b> Each tree is grown on a bag of the rows and a draw of the features; a tree's leaf holds the
/// weighted mean label of its rows and the forest's score is the mean over trees (Breiman 2001, with FastTree's binned
/// splits). The score lies in [−1, 1] (labels are coded ±1 inside ML.NET) and ranks rows; it is uncalibrated.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Weights</term><description>Used (ML.NET example weights).</description></item>
/// <item><term>Seed</term><description>The host's seed drives bagging and feature draws; one thread, so the same seed and data give the same forest.</description></item>
/// <item><term>Score</term><description>The mean tree output.</description></item>
/// </list>
/// </remarks>
internal sealed class FastForestModel : MlNetForecastModel<FastForestOptions>
{
    public override string Name => "fast-forest";

    public override string Summary =>
        "Weighted random forest (ML.NET FastForest binary): bagged rows, drawn features; single-threaded and seeded, so deterministic.";

    protected override IEstimator<ITransformer> Pipeline(MLContext ml, FastForestOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(options);
        return ml.BinaryClassification.Trainers.FastForest(new FastForestBinaryTrainer.Options
        {
            LabelColumnName = MlNetData.Label,
            FeatureColumnName = MlNetData.Features,
            ExampleWeightColumnName = MlNetData.Weight,
            NumberOfTrees = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            MinimumExampleCountPerLeaf = options.MinimumExampleCountPerLeaf,
            FeatureFraction = options.FeatureFraction,
            BaggingExampleFraction = options.BaggingExampleFraction,
            NumberOfThreads = 1,
            Seed = seed,
            FeatureSelectionSeed = seed,
        });
    }
}
