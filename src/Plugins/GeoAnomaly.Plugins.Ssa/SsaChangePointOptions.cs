using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Ssa;

/// <summary>Options of <see cref="SsaChangePointDetector"/>.</summary>
/// <remarks>
/// The first seven options are those of ML.NET's <c>DetectChangePointBySsa</c> (<c>SsaChangePointDetector.Options</c>),
/// with its names and defaults. <see cref="RefitInterval"/> and <see cref="MaxGapFill"/> are GeoAnomaly's own: ML.NET
/// trains once on the head of the series, this detector re-fits on a trailing window so that it can stream.
/// </remarks>
public sealed record SsaChangePointOptions : IComponentOptions
{
    /// <summary>Largest <see cref="SeasonalWindowSize"/> accepted (bounds the SVD cost per re-fit).</summary>
    public const int MaxSeasonalWindowSize = 1000;

    /// <summary>Largest <see cref="TrainingWindowSize"/> accepted (bounds memory and the cost per re-fit).</summary>
    public const int MaxTrainingWindowSize = 100_000;

    /// <summary>Largest <see cref="ChangeHistoryLength"/> accepted.</summary>
    public const int MaxChangeHistoryLength = 10_000;

    /// <summary>Largest <see cref="RefitInterval"/> accepted (the warm-up grows with it).</summary>
    public const int MaxRefitInterval = 1_000_000;

    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="TrainingWindowSize"/>: 100 samples (ML.NET's default).</summary>
        public const int TrainingWindowSize = 100;

        /// <summary>Default <see cref="SeasonalWindowSize"/>: 10 samples (ML.NET's default).</summary>
        public const int SeasonalWindowSize = 10;

        /// <summary>Default <see cref="ChangeHistoryLength"/>: 20 samples (ML.NET's default).</summary>
        public const int ChangeHistoryLength = 20;

        /// <summary>Default <see cref="Confidence"/>: 95 percent (ML.NET's default).</summary>
        public const double Confidence = 95;

        /// <summary>Default <see cref="ErrorFunction"/>: signed difference (ML.NET's default).</summary>
        public const ErrorFunction ErrorFunction = Ssa.ErrorFunction.SignedDifference;

        /// <summary>Default <see cref="Martingale"/>: power martingale (ML.NET's default).</summary>
        public const MartingaleType Martingale = MartingaleType.Power;

        /// <summary>Default <see cref="PowerMartingaleEpsilon"/>: 0.1 (ML.NET's default).</summary>
        public const double PowerMartingaleEpsilon = 0.1;

        /// <summary>Default <see cref="RefitInterval"/>: 100 samples, one re-fit per default training window.</summary>
        public const int RefitInterval = 100;

        /// <summary>Default <see cref="MaxGapFill"/>: 10 samples.</summary>
        public const int MaxGapFill = 10;
    }

    /// <summary>Samples in the trailing window the SSA model is fitted on (ML.NET: "the number of points from the
    /// beginning of the sequence used for training"). Default 100; more than twice <see cref="SeasonalWindowSize"/>.</summary>
    [Description("Samples in the trailing window the SSA model is fitted on; more than twice seasonalWindowSize. ML.NET's trainingWindowSize.")]
    public int TrainingWindowSize { get; init; } = Defaults.TrainingWindowSize;

    /// <summary>Embedding window L of the trajectory matrix, an upper bound on the longest seasonality to model, in
    /// samples. Default 10; at least 2.</summary>
    [Description("Embedding window (rows of the trajectory matrix) in samples: an upper bound on the longest seasonality modelled; at least 2.")]
    public int SeasonalWindowSize { get; init; } = Defaults.SeasonalWindowSize;

    /// <summary>Samples of residual history the p-value is computed against, and samples the martingale multiplies
    /// bets over. Default 20; at least 1.</summary>
    [Description("Samples of residual history for the p-value, and the window of bets the martingale multiplies; at least 1.")]
    public int ChangeHistoryLength { get; init; } = Defaults.ChangeHistoryLength;

    /// <summary>Confidence of the alert, percent: the martingale must exceed what <see cref="ChangeHistoryLength"/>
    /// bets on p-values of <c>1 - confidence/100</c> give. Default 95; strictly between 0 and 100.</summary>
    [Description("Confidence for an alert in percent, strictly between 0 and 100; sets the martingale threshold as in ML.NET.")]
    public double Confidence { get; init; } = Defaults.Confidence;

    /// <summary>How the raw score is computed from the observed value and its forecast. Default
    /// <see cref="ErrorFunction.SignedDifference"/>.</summary>
    [Description("Raw score from value and forecast: signedDifference, absoluteDifference, signedProportion, absoluteProportion or squaredDifference.")]
    public ErrorFunction ErrorFunction { get; init; } = Defaults.ErrorFunction;

    /// <summary>The martingale that accumulates p-values. Default <see cref="MartingaleType.Power"/>.</summary>
    [Description("Martingale over the p-values: power, mixture, or none (no alerts; score = -log10 p-value).")]
    public MartingaleType Martingale { get; init; } = Defaults.Martingale;

    /// <summary>ε of the power martingale's betting function <c>ε p^(ε-1)</c>. Default 0.1; strictly between 0 and 1.</summary>
    [Description("Epsilon of the power martingale's betting function eps * p^(eps - 1); strictly between 0 and 1.")]
    public double PowerMartingaleEpsilon { get; init; } = Defaults.PowerMartingaleEpsilon;

    /// <summary>Samples between re-fits of the SSA model. Re-fits happen at samples whose absolute index
    /// (time since 0001-01-01 divided by the step) is a multiple of this, so the schedule does not depend on where
    /// processing started (top of every hour for minute data and 60). Smaller follows the series more closely and
    /// costs more. Default 100; 1 to 1,000,000.</summary>
    [Description("Samples between re-fits of the SSA model, aligned to absolute time (index since 0001-01-01 divisible by it); 1 to 1,000,000.")]
    public int RefitInterval { get; init; } = Defaults.RefitInterval;

    /// <summary>Longest run of missing samples bridged by repeating the last valid value into the model; a longer
    /// gap restarts the detector, which then warms up again. Default 10; 0 to <see cref="TrainingWindowSize"/>.</summary>
    [Description("Longest run of missing samples bridged by repeating the last value into the model; a longer gap restarts the detector. 0 to trainingWindowSize.")]
    public int MaxGapFill { get; init; } = Defaults.MaxGapFill;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (SeasonalWindowSize < 2 || SeasonalWindowSize > MaxSeasonalWindowSize)
        {
            yield return OptionError.For(nameof(SeasonalWindowSize), $"must be 2 to {MaxSeasonalWindowSize}, got {SeasonalWindowSize}");
        }

        if (TrainingWindowSize > MaxTrainingWindowSize)
        {
            yield return OptionError.For(nameof(TrainingWindowSize), $"must be at most {MaxTrainingWindowSize}, got {TrainingWindowSize}");
        }
        else if ((long)TrainingWindowSize <= 2L * SeasonalWindowSize)
        {
            yield return OptionError.For(nameof(TrainingWindowSize), $"must be more than twice seasonalWindowSize ({SeasonalWindowSize}), got {TrainingWindowSize}");
        }

        if (ChangeHistoryLength < 1 || ChangeHistoryLength > MaxChangeHistoryLength)
        {
            yield return OptionError.For(nameof(ChangeHistoryLength), $"must be 1 to {MaxChangeHistoryLength}, got {ChangeHistoryLength}");
        }

        if (!(Confidence > 0 && Confidence < 100))
        {
            yield return OptionError.For(nameof(Confidence), $"must be greater than 0 and less than 100, got {Confidence}");
        }

        if (!Enum.IsDefined(ErrorFunction))
        {
            yield return OptionError.For(nameof(ErrorFunction), $"must be one of {string.Join(", ", Enum.GetNames<ErrorFunction>())}, got {(int)ErrorFunction}");
        }

        if (!Enum.IsDefined(Martingale))
        {
            yield return OptionError.For(nameof(Martingale), $"must be one of {string.Join(", ", Enum.GetNames<MartingaleType>())}, got {(int)Martingale}");
        }

        if (!(PowerMartingaleEpsilon > 0 && PowerMartingaleEpsilon < 1))
        {
            yield return OptionError.For(nameof(PowerMartingaleEpsilon), $"must be greater than 0 and less than 1, got {PowerMartingaleEpsilon}");
        }

        if (RefitInterval < 1 || RefitInterval > MaxRefitInterval)
        {
            yield return OptionError.For(nameof(RefitInterval), $"must be 1 to {MaxRefitInterval}, got {RefitInterval}");
        }

        if (MaxGapFill < 0 || MaxGapFill > TrainingWindowSize)
        {
            yield return OptionError.For(nameof(MaxGapFill), $"must be 0 to trainingWindowSize ({TrainingWindowSize}), got {MaxGapFill}");
        }
    }
}
