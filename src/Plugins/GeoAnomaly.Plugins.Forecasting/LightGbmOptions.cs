using System.ComponentModel;
using GeoAnomaly.Plugins.Forecasting.Shared;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Forecasting;

/// <summary>Options of the <c>lightgbm</c> model; names follow ML.NET's <c>LightGbmBinaryTrainer.Options</c>, defaults
/// are LightGBM's own (ML.NET leaves some of them to an automatic choice).</summary>
public sealed record LightGbmOptions : IComponentOptions
{
    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="NumberOfIterations"/>: 100 (ML.NET's default).</summary>
        public const int NumberOfIterations = 100;

        /// <summary>Default <see cref="NumberOfLeaves"/>: 31 (LightGBM's num_leaves default).</summary>
        public const int NumberOfLeaves = 31;

        /// <summary>Default <see cref="LearningRate"/>: 0.1 (LightGBM's learning_rate default).</summary>
        public const double LearningRate = 0.1;

        /// <summary>Default <see cref="MinimumExampleCountPerLeaf"/>: 20 (LightGBM's min_data_in_leaf default).</summary>
        public const int MinimumExampleCountPerLeaf = 20;

        /// <summary>Default <see cref="L2Regularization"/>: 0.01 (ML.NET's default).</summary>
        public const double L2Regularization = 0.01;
    }

    /// <summary>Boosting rounds. Default 100; 1 to 100,000.</summary>
    [Description("Boosting rounds (ML.NET NumberOfIterations, LightGBM num_iterations); 1 to 100000.")]
    public int NumberOfIterations { get; init; } = Defaults.NumberOfIterations;

    /// <summary>Most leaves per tree. Default 31; 2 to 131,072.</summary>
    [Description("Most leaves per tree (LightGBM num_leaves); 2 to 131072.")]
    public int NumberOfLeaves { get; init; } = Defaults.NumberOfLeaves;

    /// <summary>Shrinkage of each tree. Default 0.1; in (0, 1].</summary>
    [Description("Shrinkage applied to each tree (LightGBM learning_rate); in (0, 1].")]
    public double LearningRate { get; init; } = Defaults.LearningRate;

    /// <summary>Fewest training rows in a leaf. Default 20; 1 to 1,000,000.</summary>
    [Description("Fewest training rows a leaf may hold (LightGBM min_data_in_leaf); 1 to 1000000.")]
    public int MinimumExampleCountPerLeaf { get; init; } = Defaults.MinimumExampleCountPerLeaf;

    /// <summary>L2 penalty on leaf values. Default 0.01; 0 to 1e6.</summary>
    [Description("L2 penalty on leaf values (LightGBM lambda_l2); 0 to 1e6.")]
    public double L2Regularization { get; init; } = Defaults.L2Regularization;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate() => OptionChecks.All(
        OptionChecks.Within(nameof(NumberOfIterations), NumberOfIterations, 1, 100_000),
        OptionChecks.Within(nameof(NumberOfLeaves), NumberOfLeaves, 2, 131_072),
        OptionChecks.Within(nameof(LearningRate), LearningRate, 0, 1, minExclusive: true),
        OptionChecks.Within(nameof(MinimumExampleCountPerLeaf), MinimumExampleCountPerLeaf, 1, 1_000_000),
        OptionChecks.Within(nameof(L2Regularization), L2Regularization, 0, 1e6));
}
