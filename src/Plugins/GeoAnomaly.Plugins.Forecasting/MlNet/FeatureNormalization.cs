using Microsoft.ML;

namespace GeoAnomaly.Plugins.Forecasting.MlNet;

/// <summary>How linear models rescale features before training, inside the saved pipeline (the scaling is learnt on
/// the training rows and applied unchanged to every row scored later).</summary>
public enum FeatureNormalization
{
    /// <summary>Each feature shifted and scaled to [0, 1] over the training rows (ML.NET <c>NormalizeMinMax</c>, fixZero false).</summary>
    MinMax,

    /// <summary>Each feature shifted to mean 0 and scaled to variance 1 over the training rows (ML.NET <c>NormalizeMeanVariance</c>, fixZero false).</summary>
    MeanVariance,
}

/// <summary>Builds the normalising step of <see cref="FeatureNormalization"/>.</summary>
internal static class FeatureNormalizationExtensions
{
    /// <summary>The ML.NET estimator that normalises the feature column in place.</summary>
    /// <param name="normalization">Which scaling.</param>
    /// <param name="ml">The context.</param>
    public static IEstimator<ITransformer> Estimator(this FeatureNormalization normalization, MLContext ml) => normalization switch
    {
        FeatureNormalization.MinMax => ml.Transforms.NormalizeMinMax(MlNetData.Features, fixZero: false),
        FeatureNormalization.MeanVariance => ml.Transforms.NormalizeMeanVariance(MlNetData.Features, fixZero: false),
        _ => throw new ArgumentOutOfRangeException(nameof(normalization), normalization, "unknown normalization"),
    };
}
