using System.ComponentModel;
using GeoAnomaly.Plugins.Forecasting.MlNet;
using GeoAnomaly.Plugins.Forecasting.Shared;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Forecasting;

/// <summary>Options of the <c>linear-svm</c> model; names and defaults follow ML.NET's <c>LinearSvmTrainer.Options</c>.</summary>
public sealed record LinearSvmOptions : IComponentOptions
{
    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Normalization"/>: mean-variance.</summary>
        public const FeatureNormalization Normalization = FeatureNormalization.MeanVariance;

        /// <summary>Default <see cref="NumberOfIterations"/>: 1 (ML.NET's default).</summary>
        public const int NumberOfIterations = 1;

        /// <summary>Default <see cref="Lambda"/>: 0.001 (ML.NET's default).</summary>
        public const double Lambda = 0.001;
    }

    /// <summary>How features are rescaled inside the pipeline before the fit. Default mean-variance.</summary>
    [Description("Feature rescaling learnt on the training rows and saved with the model: MinMax ([0, 1]) or MeanVariance (mean 0, variance 1).")]
    public FeatureNormalization Normalization { get; init; } = Defaults.Normalization;

    /// <summary>Passes over the training rows. Default 1; 1 to 10,000.</summary>
    [Description("Passes over the training rows (ML.NET NumberOfIterations); 1 to 10000.")]
    public int NumberOfIterations { get; init; } = Defaults.NumberOfIterations;

    /// <summary>Regulariser weight λ of the Pegasos objective. Default 0.001; in (0, 1e3].</summary>
    [Description("Regulariser weight lambda of the Pegasos objective (ML.NET Lambda); in (0, 1000].")]
    public double Lambda { get; init; } = Defaults.Lambda;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate() => OptionChecks.All(
        OptionChecks.Defined(nameof(Normalization), Normalization),
        OptionChecks.Within(nameof(NumberOfIterations), NumberOfIterations, 1, 10_000),
        OptionChecks.Within(nameof(Lambda), Lambda, 0, 1000, minExclusive: true));
}
