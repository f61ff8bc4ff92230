using System.ComponentModel;
using System.Globalization;
using GeoAnomaly.Plugins.IsolationForest.Features;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.IsolationForest;

/// <summary>Options of the <c>isolation-forest</c> detector; names and defaults follow scikit-learn's <c>IsolationForest</c>.</summary>
/// <remarks>
/// scikit-learn's <c>n_estimators</c>, <c>max_samples</c>, <c>max_features</c>, <c>contamination</c> and
/// <c>random_state</c> appear here as <see cref="NEstimators"/>, <see cref="MaxSamples"/>, <see cref="MaxFeatures"/>,
/// <see cref="Contamination"/> and <see cref="Seed"/>; the rest (features, training window, refit schedule,
/// companions) is how the detector turns a channel into feature vectors and keeps the forest current.
/// </remarks>
public sealed record IsolationForestOptions : IComponentOptions
{
    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="NEstimators"/>: 100 trees (scikit-learn's <c>n_estimators</c>).</summary>
        public const int NEstimators = 100;

        /// <summary>Default <see cref="MaxSamples"/>: 256 samples per tree (scikit-learn's <c>max_samples="auto"</c>).</summary>
        public const int MaxSamples = 256;

        /// <summary>Default <see cref="MaxFeatures"/>: 1.0, every feature in every tree (scikit-learn's <c>max_features</c>).</summary>
        public const double MaxFeatures = 1.0;

        /// <summary>Default <see cref="Contamination"/>: <c>auto</c>, alert where the score exceeds 0.5 (the paper's threshold).</summary>
        public const string Contamination = "auto";

        /// <summary>Default <see cref="Features"/>: first difference, rolling standard deviation, deviation from the rolling mean.</summary>
        public const string Features = "diff,std,deviation";

        /// <summary>Default <see cref="FeatureWindow"/>: 60 samples (an hour of minute data).</summary>
        public const int FeatureWindow = 60;

        /// <summary>Default <see cref="UseCompanions"/>: true.</summary>
        public const bool UseCompanions = true;

        /// <summary>Default <see cref="TrainingWindowSize"/>: 1,440 samples (a day of minute data).</summary>
        public const int TrainingWindowSize = 1440;

        /// <summary>Default <see cref="RefitInterval"/>: 1,440 samples (daily, at midnight UTC for minute data).</summary>
        public const int RefitInterval = 1440;

        /// <summary>Largest <see cref="MaxSamples"/> accepted: 4,096 (trees are stored complete, 2^ceil(log2 n) leaves each).</summary>
        public const int MaxSamplesLimit = 4096;

        /// <summary>Largest <see cref="Contamination"/> fraction accepted: 0.5, as in scikit-learn.</summary>
        public const double ContaminationLimit = 0.5;
    }

    /// <summary>Number of isolation trees. Default 100; 1 to 10,000.</summary>
    [Description("Number of isolation trees (scikit-learn n_estimators); 1 to 10000.")]
    public int NEstimators { get; init; } = Defaults.NEstimators;

    /// <summary>Training vectors drawn (without replacement) for each tree; fewer when the training window holds fewer
    /// valid vectors (scikit-learn's <c>auto</c> = min(256, n)). Trees grow to depth ceil(log2(samples)). Default 256; 2 to 4,096.</summary>
    [Description("Feature vectors drawn without replacement for each tree, min(maxSamples, valid training vectors) (scikit-learn max_samples; 256 = 'auto'); 2 to 4096.")]
    public int MaxSamples { get; init; } = Defaults.MaxSamples;

    /// <summary>Fraction of the features each tree may split on, drawn per tree (at least one). Default 1.0; in (0, 1].</summary>
    [Description("Fraction of the features each tree may split on, drawn per tree, at least one (scikit-learn max_features); in (0, 1].")]
    public double MaxFeatures { get; init; } = Defaults.MaxFeatures;

    /// <summary><c>auto</c> (alert where the score exceeds 0.5) or the expected fraction of anomalies in the training
    /// window, written as a number in (0, 0.5] (alert above that upper quantile of the training scores). Default <c>auto</c>.</summary>
    [Description("'auto' (alert where score > 0.5) or a fraction in (0, 0.5] such as '0.01' (alert above that upper quantile of the training scores), as scikit-learn contamination.")]
    public string Contamination { get; init; } = Defaults.Contamination;

    /// <summary>Features of each channel, comma-separated, from <c>value</c>, <c>diff</c> (first difference), <c>mean</c>
    /// and <c>std</c> (rolling mean and population standard deviation over <see cref="FeatureWindow"/> samples),
    /// <c>deviation</c> (value minus rolling mean). Default <c>diff,std,deviation</c>.</summary>
    [Description("Comma-separated features of each channel: value, diff (first difference), mean, std (rolling mean and population standard deviation over featureWindow samples), deviation (value - rolling mean).")]
    public string Features { get; init; } = Defaults.Features;

    /// <summary>Samples in the trailing window of the rolling features, the current one included. Default 60; 2 to 100,000.</summary>
    [Description("Samples in the trailing window of the rolling features (mean, std, deviation), the current sample included; 2 to 100000.")]
    public int FeatureWindow { get; init; } = Defaults.FeatureWindow;

    /// <summary>Whether the same features of the station's companion channels (other magnetometer components, the
    /// pressure beside a well...) are appended to each vector when the host supplies companions. Default true.</summary>
    [Description("Append the same features of the companion channels (other components, barometric pressure...) when the host supplies them.")]
    public bool UseCompanions { get; init; } = Defaults.UseCompanions;

    /// <summary>Samples in the trailing training window; the valid feature vectors in it train the forest. Default 1,440; 8 to 1,000,000.</summary>
    [Description("Samples in the trailing training window whose valid feature vectors train the forest; 8 to 1000000.")]
    public int TrainingWindowSize { get; init; } = Defaults.TrainingWindowSize;

    /// <summary>Refit when a sample's time index (whole steps since 1970-01-01 UTC) is a multiple of this. Default 1,440; 1 to 1,000,000.</summary>
    [Description("Refit the forest when a sample's time index (whole steps since 1970-01-01T00:00Z) is a multiple of this (1440 at one minute = midnight UTC); 1 to 1000000.")]
    public int RefitInterval { get; init; } = Defaults.RefitInterval;

    /// <summary>Seed of the forest's random draws (scikit-learn's <c>random_state</c>); the host's seed when null. Default null.</summary>
    [Description("Seed of the random draws (scikit-learn random_state); each fit derives its own from this and its time index; null = the host's seed.")]
    public int? Seed { get; init; }

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (NEstimators is < 1 or > 10_000)
        {
            yield return OptionError.For(nameof(NEstimators), $"must be 1 to 10000, got {NEstimators}");
        }

        if (MaxSamples is < 2 or > Defaults.MaxSamplesLimit)
        {
            yield return OptionError.For(nameof(MaxSamples), $"must be 2 to {Defaults.MaxSamplesLimit}, got {MaxSamples}");
        }

        if (!(MaxFeatures > 0 && MaxFeatures <= 1))
        {
            yield return OptionError.For(nameof(MaxFeatures), $"must be in (0, 1], got {MaxFeatures.ToString(CultureInfo.InvariantCulture)}");
        }

        if (!TryParseContamination(Contamination, out _))
        {
            yield return OptionError.For(nameof(Contamination), $"must be 'auto' or a fraction in (0, {Defaults.ContaminationLimit.ToString(CultureInfo.InvariantCulture)}], got '{Contamination}'");
        }

        if (!FeatureKindsParser.TryParse(Features, out _, out string? featureError))
        {
            yield return OptionError.For(nameof(Features), featureError);
        }

        if (FeatureWindow is < 2 or > 100_000)
        {
            yield return OptionError.For(nameof(FeatureWindow), $"must be 2 to 100000, got {FeatureWindow}");
        }

        if (TrainingWindowSize is < 8 or > 1_000_000)
        {
            yield return OptionError.For(nameof(TrainingWindowSize), $"must be 8 to 1000000, got {TrainingWindowSize}");
        }

        if (RefitInterval is < 1 or > 1_000_000)
        {
            yield return OptionError.For(nameof(RefitInterval), $"must be 1 to 1000000, got {RefitInterval}");
        }
    }

    /// <summary>Reads <see cref="Contamination"/>: null for <c>auto</c>, else the fraction.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="fraction">The fraction, or null for <c>auto</c>.</param>
    internal static bool TryParseContamination(string? text, out double? fraction)
    {
        fraction = null;
        string trimmed = text?.Trim() ?? "";
        if (trimmed.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            && value > 0 && value <= Defaults.ContaminationLimit)
        {
            fraction = value;
            return true;
        }

        return false;
    }
}
