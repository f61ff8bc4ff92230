using GeoAnomaly.Plugins.Forecasting.MlNet;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace GeoAnomaly.Plugins.Forecasting;

/// <summary>Linear support-vector machine trained by Pegasos (ML.NET <c>LinearSvm</c>) on normalised features.</summary>
/// <remarks>
/// <para><b>Method.</b> Minimises (λ/2)‖w‖² + (1/n)Σᵢ vᵢ·max(0, 1 − yᵢ(wᵀzᵢ + b)), yᵢ = ±1, by Pegasos stochastic
/// sub-gradient steps (Shalev-Shwartz et al. 2007) over shuffled rows. The score is the margin wᵀz + b.</para>
/// <para><b>Weights are ignored.</b> ML.NET 5.0.1's <c>LinearSvm</c> accepts an example-weight column but its fit does
/// not use it: with the positives' weights multiplied by 5 the scores are identical (ForecastModelTests). The column is
/// still passed, so a later ML.NET that honours it will; until then class imbalance is not corrected by this model.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Weights</term><description>Ignored by ML.NET 5.0.1 (see above): every row counts once.</description></item>
/// <item><term>Seed</term><description>The context's seed drives the shuffle, so the same seed and data give the same model.</description></item>
/// <item><term>Score</term><description>The signed margin (uncalibrated).</description></item>
/// </list>
/// </remarks>
internal sealed class LinearSvmModel : MlNetForecastModel<LinearSvmOptions>
{
    public override string Name => "linear-svm";

    public override string Summary =>
        "Linear SVM trained by Pegasos (ML.NET LinearSvm) on min-max or mean-variance normalised features; score = margin. Ignores the row weights (ML.NET 5.0.1 does not use them), so class imbalance is not corrected.";

    protected override IEstimator<ITransformer> Pipeline(MLContext ml, LinearSvmOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(options);
        var trainer = ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
        {
            LabelColumnName = MlNetData.Label,
            FeatureColumnName = MlNetData.Features,
            ExampleWeightColumnName = MlNetData.Weight,
            NumberOfIterations = options.NumberOfIterations,
            Lambda = (float)options.Lambda,
        });
        return options.Normalization.Estimator(ml).Append(trainer);
    }
}
