using System.ComponentModel;
using GeoAnomaly.Plugins.Forecasting.MlNet;
using GeoAnomaly.Plugins.Forecasting.Shared;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Forecasting;

/// <summary>Options of the <c>logistic-regression</c> model; names and defaults follow ML.NET's
/// <c>LbfgsLogisticRegressionBinaryTrainer.Options</c>, except the iteration limit (ML.NET: unlimited).</summary>
public sealed record LogisticRegressionOptions : IComponentOptions
{
    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Normalization"/>: mean-variance.</summary>
        public const FeatureNormalization Normalization = FeatureNormalization.MeanVariance;

        /// <summary>Default <see cref="L1Regularization"/>: 1 (ML.NET's default).</summary>
        public const double L1Regularization = 1;

        /// <summary>Default <see cref="L2Regularization"/>: 1 (ML.NET's default).</summary>
        public const double L2Regularization = 1;

        /// <summary>Default <see cref="OptimizationTolerance"/>: 1e-7 (ML.NET's default).</summary>
        public const double OptimizationTolerance = 1e-7;

        /// <summary>Default <see cref="HistorySize"/>: 20 (ML.NET's default).</summary>
        public const int HistorySize = 20;

        /// <summary>Default <see cref="MaximumNumberOfIterations"/>: 1,000.</summary>
        public const int MaximumNumberOfIterations = 1000;
    }

    /// <summary>How features are rescaled inside the pipeline before the fit. Default mean-variance.</summary>
    [Description("Feature rescaling learnt on the training rows and saved with the model: MinMax ([0, 1]) or MeanVariance (mean 0, variance 1).")]
    public FeatureNormalization Normalization { get; init; } = Defaults.Normalization;

    /// <summary>Weight of the L1 (lasso) penalty on the coefficients, against a loss summed over the weighted rows. Default 1; 0 to 1e6.</summary>
    [Description("L1 (lasso) penalty weight on the coefficients, against the loss summed over weighted rows (ML.NET L1Regularization); 0 to 1e6.")]
    public double L1Regularization { get; init; } = Defaults.L1Regularization;

    /// <summary>Weight of the L2 (ridge) penalty on the coefficients. Default 1; 0 to 1e6.</summary>
    [Description("L2 (ridge) penalty weight on the coefficients (ML.NET L2Regularization); 0 to 1e6.")]
    public double L2Regularization { get; init; } = Defaults.L2Regularization;

    /// <summary>Relative improvement of the loss below which L-BFGS stops. Default 1e-7; in (0, 0.1].</summary>
    [Description("L-BFGS stops when the loss improves by less than this fraction (ML.NET OptimizationTolerance); in (0, 0.1].")]
    public double OptimizationTolerance { get; init; } = Defaults.OptimizationTolerance;

    /// <summary>Past gradients L-BFGS keeps to approximate the Hessian. Default 20; 1 to 1,000.</summary>
    [Description("Past gradients L-BFGS keeps to approximate the Hessian (ML.NET HistorySize); 1 to 1000.")]
    public int HistorySize { get; init; } = Defaults.HistorySize;

    /// <summary>Most L-BFGS iterations. Default 1,000; 1 to 1,000,000.</summary>
    [Description("Most L-BFGS iterations (ML.NET MaximumNumberOfIterations); 1 to 1000000.")]
    public int MaximumNumberOfIterations { get; init; } = Defaults.MaximumNumberOfIterations;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate() => OptionChecks.All(
        OptionChecks.Defined(nameof(Normalization), Normalization),
        OptionChecks.Within(nameof(L1Regularization), L1Regularization, 0, 1e6),
        OptionChecks.Within(nameof(L2Regularization), L2Regularization, 0, 1e6),
        OptionChecks.Within(nameof(OptimizationTolerance), OptimizationTolerance, 0, 0.1, minExclusive: true),
        OptionChecks.Within(nameof(HistorySize), HistorySize, 1, 1000),
        OptionChecks.Within(nameof(MaximumNumberOfIterations), MaximumNumberOfIterations, 1, 1_000_000));
}
