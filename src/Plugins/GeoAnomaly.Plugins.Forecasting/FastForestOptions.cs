using System.ComponentModel;
using GeoAnomaly.Plugins.Forecasting.Shared;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Forecasting;

/// <summary>Options of the <c>fast-forest</c> model; names and defaults follow ML.NET's <c>FastForestBinaryTrainer.Options</c>.</summary>
public sealed record FastForestOptions : IComponentOptions
{
    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="NumberOfTrees"/>: 100 (ML.NET's default).</summary>
        public const int NumberOfTrees = 100;

        /// <summary>Default <see cref="NumberOfLeaves"/>: 20 (ML.NET's default).</summary>
        public const int NumberOfLeaves = 20;

        /// <summary>Default <see cref="MinimumExampleCountPerLeaf"/>: 10 (ML.NET's default).</summary>
        public const int MinimumExampleCountPerLeaf = 10;

        /// <summary>Default <see cref="FeatureFraction"/>: 0.7 (ML.NET's forest default).</summary>
        public const double FeatureFraction = 0.7;

        /// <summary>Default <see cref="BaggingExampleFraction"/>: 0.7 (ML.NET's default).</summary>
        public const double BaggingExampleFraction = 0.7;
    }

    /// <summary>Trees in the forest. Default 100; 1 to 100,000.</summary>
    [Description("Trees in the forest (ML.NET NumberOfTrees); 1 to 100000.")]
    public int NumberOfTrees { get; init; } = Defaults.NumberOfTrees;

    /// <summary>Most leaves per tree. Default 20; 2 to 4,096.</summary>
    [Description("Most leaves per tree (ML.NET NumberOfLeaves); 2 to 4096.")]
    public int NumberOfLeaves { get; init; } = Defaults.NumberOfLeaves;

    /// <summary>Fewest training rows in a leaf. Default 10; 1 to 1,000,000.</summary>
    [Description("Fewest training rows a leaf may hold (ML.NET MinimumExampleCountPerLeaf); 1 to 1000000.")]
    public int MinimumExampleCountPerLeaf { get; init; } = Defaults.MinimumExampleCountPerLeaf;

    /// <summary>Fraction of the features each tree may use, drawn per tree. Default 0.7; in (0, 1].</summary>
    [Description("Fraction of the features drawn for each tree (ML.NET FeatureFraction); in (0, 1].")]
    public double FeatureFraction { get; init; } = Defaults.FeatureFraction;

    /// <summary>Fraction of the rows drawn (with replacement) for each tree. Default 0.7; in (0, 1].</summary>
    [Description("Fraction of the rows bagged for each tree (ML.NET BaggingExampleFraction); in (0, 1].")]
    public double BaggingExampleFraction { get; init; } = Defaults.BaggingExampleFraction;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate() => OptionChecks.All(
        OptionChecks.Within(nameof(NumberOfTrees), NumberOfTrees, 1, 100_000),
        OptionChecks.Within(nameof(NumberOfLeaves), NumberOfLeaves, 2, 4096),
        OptionChecks.Within(nameof(MinimumExampleCountPerLeaf), MinimumExampleCountPerLeaf, 1, 1_000_000),
        OptionChecks.Within(nameof(FeatureFraction), FeatureFraction, 0, 1, minExclusive: true),
        OptionChecks.Within(nameof(BaggingExampleFraction), BaggingExampleFraction, 0, 1, minExclusive: true));
}
