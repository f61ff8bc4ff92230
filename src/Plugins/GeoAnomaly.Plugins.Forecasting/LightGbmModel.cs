using GeoAnomaly.Plugins.Forecasting.MlNet;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace GeoAnomaly.Plugins.Forecasting;

/// <summary>Gradient-boosted trees by LightGBM (ML.NET <c>LightGbm</c> binary, native <c>lib_lightgbm</c>).</summary>
/// <remarks>
/// <para><b>Method.</b> Leaf-wise gradient boosting on the weighted logistic loss with histogram splits (Ke et al.,
/// "LightGBM", NIPS 2017). The native library ships in the plugin folder (<c>runtimes/&lt;rid&gt;/native/</c>) and is
/// resolved by the plugin's load context. The score is the boosted logit.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Weights</term><description>Used (ML.NET example weights, LightGBM sample weights).</description></item>
/// <item><term>Seed</term><description>The host's seed is LightGBM's seed; one thread and LightGBM's <c>deterministic</c> flag, so the same seed and data give the same trees.</description></item>
/// <item><term>Score</term><description>The sum of the trees' outputs (a logit, uncalibrated).</description></item>
/// </list>
/// </remarks>
internal sealed class LightGbmModel : MlNetForecastModel<LightGbmOptions>
{
    public override string Name => "lightgbm";

    public override string Summary =>
        "Weighted gradient-boosted trees by LightGBM (ML.NET LightGbm binary, native library); single-threaded, seeded and deterministic.";

    protected override IEstimator<ITransformer> Pipeline(MLContext ml, LightGbmOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(options);
        return ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = MlNetData.Label,
            FeatureColumnName = MlNetData.Features,
            ExampleWeightColumnName = MlNetData.Weight,
            NumberOfIterations = options.NumberOfIterations,
            NumberOfLeaves = options.NumberOfLeaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinimumExampleCountPerLeaf,
            Booster = new GradientBooster.Options { L2Regularization = options.L2Regularization },
            NumberOfThreads = 1,
            Seed = seed,
            Deterministic = true,
            Silent = true,
        });
    }
}
