using GeoAnomaly.Plugins.Forecasting.MlNet;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace GeoAnomaly.Plugins.Forecasting;

/// <summary>Weighted logistic regression fitted by L-BFGS (ML.NET <c>LbfgsLogisticRegression</c>) on normalised features.</summary>
/// <remarks>
/// <para><b>Method.</b> P(y = 1 | x) = σ(wᵀz + b), z the normalised features; w and b minimise
/// Σᵢ vᵢ·[log(1 + e^(sᵢ)) − yᵢ·sᵢ] + λ₁‖w‖₁ + (λ₂/2)‖w‖², sᵢ = wᵀzᵢ + b, vᵢ the row weights (the host's class balance),
/// by L-BFGS (OWL-QN when λ₁ &gt; 0). The score is the linear predictor s (a logit); ML.NET's calibrated probability is
/// not used, because the host calibrates.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Weights</term><description>Used (ML.NET example weights).</description></item>
/// <item><term>Seed</term><description>The fit is deterministic; one optimisation thread, so the same data give bitwise the same model.</description></item>
/// <item><term>Score</term><description>The logit wᵀz + b; monotone in the probability.</description></item>
/// </list>
/// </remarks>
internal sealed class LogisticRegressionModel : MlNetForecastModel<LogisticRegressionOptions>
{
    public override string Name => "logistic-regression";

    public override string Summary =>
        "Weighted L1/L2-regularised logistic regression (ML.NET LbfgsLogisticRegression) on min-max or mean-variance normalised features; score = logit.";

    protected override IEstimator<ITransformer> Pipeline(MLContext ml, LogisticRegressionOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(options);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = MlNetData.Label,
            FeatureColumnName = MlNetData.Features,
            ExampleWeightColumnName = MlNetData.Weight,
            L1Regularization = (float)options.L1Regularization,
            L2Regularization = (float)options.L2Regularization,
            OptimizationTolerance = (float)options.OptimizationTolerance,
            HistorySize = options.HistorySize,
            MaximumNumberOfIterations = options.MaximumNumberOfIterations,
            NumberOfThreads = 1,
        });
        return options.Normalization.Estimator(ml).Append(trainer);
    }
}
