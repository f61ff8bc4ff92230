using System.ComponentModel;
using GeoAnomaly.Plugins.Forecasting.Shared;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Forecasting;

/// <summary>Options of the <c>fast-tree</c> model; names and defaults follow ML.NET's <c>FastTreeBinaryTrainer.Options</c>.</summary>
public sealed record FastTreeOptions : IComponentOptions
{
    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="NumberOfTrees"/>: 100 (ML.NET's default).</summary>
        public const int NumberOfTrees = 100;

        /// <summary>Default <see cref="NumberOfLeaves"/>: 20 (ML.NET's default).</summary>
        public const int NumberOfLeaves = 20;

        /// <summary>Default <see cref="LearningRate"/>: 0.2 (ML.NET's default).</summary>
        public const double LearningRate = 0.2;

        /// <summary>Default <see cref="MinimumExampleCountPerLeaf"/>: 10 (ML.NET's default).</summary>
        public const int MinimumExampleCountPerLeaf = 10;
    }

    /// <summary>Boosting rounds, one regression tree each. Default 100; 1 to 100,000.</summary>
    [Description("Boosting rounds, one regression tree each (ML.NET NumberOfTrees); 1 to 100000.")]
    public int NumberOfTrees { get; init; } = Defaults.NumberOfTrees;

    /// <summary>Most leaves per tree. Default 20; 2 to 4,096.</summary>
    [Description("Most leaves per tree (ML.NET NumberOfLeaves); 2 to 4096.")]
    public int NumberOfLeaves { get; init; } = Defaults.NumberOfLeaves;

    /// <summary>Shrinkage of each tree's contribution. Default 0.2; in (0, 1].</summary>
    [Description("Shrinkage applied to each tree's output (ML.NET LearningRate); in (0, 1].")]
    public double LearningRate { get; init; } = Defaults.LearningRate;

    /// <summary>Fewest training rows in a leaf. Default 10; 1 to 1,000,000.</summary>
    [Description("Fewest training rows a leaf may hold (ML.NET MinimumExampleCountPerLeaf); 1 to 1000000.")]
    public int MinimumExampleCountPerLeaf { get; init; } = Defaults.MinimumExampleCountPerLeaf;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate() => OptionChecks.All(
        OptionChecks.Within(nameof(NumberOfTrees), NumberOfTrees, 1, 100_000),
        OptionChecks.Within(nameof(NumberOfLeaves), NumberOfLeaves, 2, 4096),
        OptionChecks.Within(nameof(LearningRate), LearningRate, 0, 1, minExclusive: true),
        OptionChecks.Within(nameof(MinimumExampleCountPerLeaf), MinimumExampleCountPerLeaf, 1, 1_000_000));
}
