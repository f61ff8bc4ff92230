using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>How raw scores are mapped to 0..1 (see <see cref="ScoreCalibrator"/>).</summary>
internal enum CalibrationMethod
{
    /// <summary>Empirical distribution of the scores on a quiet reference stretch, with a fitted tail above it.</summary>
    Empirical,

    /// <summary>The scores are already probabilities in 0..1: used as they are (values outside 0..1 are clipped and counted).</summary>
    Probability,

    /// <summary>No calibration: thresholds are in the detector's raw units and events carry raw scores.</summary>
    None,
}

/// <summary>The model of the upper tail of the reference scores (see <see cref="ScoreCalibrator"/>).</summary>
internal enum TailModel
{
    /// <summary>Exponential excesses (a generalized Pareto tail with shape 0); its scale is the mean excess.</summary>
    Exponential,

    /// <summary>Generalized Pareto excesses, shape from probability-weighted moments, clipped to 0..<see cref="ScoreCalibrationOptions.MaxTailShape"/>.</summary>
    GeneralizedPareto,
}

/// <summary>Options of <see cref="ScoreCalibrator"/>: the method, the quiet reference stretch, and the tail model.</summary>
internal sealed record ScoreCalibrationOptions
{
    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Method"/>: empirical.</summary>
        public const CalibrationMethod Method = CalibrationMethod.Empirical;

        /// <summary>Default <see cref="ReferenceFraction"/>: the first 25 % of the scored series.</summary>
        public const double ReferenceFraction = 0.25;

        /// <summary>Default <see cref="TailFraction"/>: the top 5 % of the reference scores.</summary>
        public const double TailFraction = 0.05;

        /// <summary>Default <see cref="MinReferenceScores"/>: 100 valid scores.</summary>
        public const int MinReferenceScores = 100;

        /// <summary>Default <see cref="Tail"/>: generalized Pareto.</summary>
        public const TailModel Tail = TailModel.GeneralizedPareto;

        /// <summary>Default <see cref="MaxTailShape"/>: 0.5.</summary>
        public const double MaxTailShape = 0.5;
    }

    /// <summary>How scores are mapped to 0..1. Default <c>empirical</c>.</summary>
    [Description("empirical (reference distribution with a fitted tail), probability (scores already 0..1) or none (raw units).")]
    public CalibrationMethod Method { get; init; } = Defaults.Method;

    /// <summary>The reference is the first this-fraction of the samples after the detector's warm-up. Default 0.25; 0 &lt; f ≤ 1.</summary>
    [Description("Reference = this fraction of the series after the detector's warm-up (used when referenceDays and referenceFrom/To are not given).")]
    public double ReferenceFraction { get; init; } = Defaults.ReferenceFraction;

    /// <summary>The reference is the first this-many days after the warm-up; wins over <see cref="ReferenceFraction"/>. Default none.</summary>
    [Description("Reference = the first this-many days after the detector's warm-up; wins over referenceFraction.")]
    public double? ReferenceDays { get; init; }

    /// <summary>Start of an explicit reference range (UTC); with <see cref="ReferenceTo"/> it wins over the other choices. Default none.</summary>
    [Description("Start of an explicit quiet reference range (ISO 8601); give referenceTo too.")]
    public DateTimeOffset? ReferenceFrom { get; init; }

    /// <summary>End (exclusive) of the explicit reference range. Default none.</summary>
    [Description("End (exclusive) of the explicit quiet reference range (ISO 8601).")]
    public DateTimeOffset? ReferenceTo { get; init; }

    /// <summary>Share of the reference scores, from the top, modelled by the tail. Default 0.05; 0 &lt; f ≤ 0.5.</summary>
    [Description("Share of the highest reference scores modelled by the fitted tail (0 < f <= 0.5).")]
    public double TailFraction { get; init; } = Defaults.TailFraction;

    /// <summary>Valid reference scores needed to calibrate; fewer leave the channel's detector without events. Default 100; at least 10.</summary>
    [Description("Valid (non-NaN) reference scores needed to calibrate; fewer leave that detector on that channel without events.")]
    public int MinReferenceScores { get; init; } = Defaults.MinReferenceScores;

    /// <summary>Model of the scores above the tail threshold. Default <c>generalizedPareto</c>.</summary>
    [Description("exponential or generalizedPareto: model of the reference scores above the tail threshold.")]
    public TailModel Tail { get; init; } = Defaults.Tail;

    /// <summary>Largest generalized Pareto shape accepted (heavier tails are clipped to it). Default 0.5; 0..0.9.</summary>
    [Description("Largest generalized Pareto shape accepted; heavier fitted tails are clipped to it (0..0.9).")]
    public double MaxTailShape { get; init; } = Defaults.MaxTailShape;

    /// <summary>Returns every problem, each naming the option.</summary>
    public IEnumerable<OptionError> Validate()
    {
        if (!Enum.IsDefined(Method))
        {
            yield return OptionError.For(nameof(Method), $"must be empirical, probability or none, got {Method}");
        }

        if (!(ReferenceFraction is > 0 and <= 1))
        {
            yield return OptionError.For(nameof(ReferenceFraction), $"must be more than 0 and at most 1, got {ReferenceFraction}");
        }

        if (ReferenceDays is { } days && !(days > 0 && double.IsFinite(days)))
        {
            yield return OptionError.For(nameof(ReferenceDays), $"must be a positive number of days, got {days}");
        }

        if (ReferenceFrom.HasValue != ReferenceTo.HasValue)
        {
            yield return OptionError.For(ReferenceFrom.HasValue ? nameof(ReferenceTo) : nameof(ReferenceFrom), "give referenceFrom and referenceTo together");
        }
        else if (ReferenceFrom >= ReferenceTo)
        {
            yield return OptionError.For(nameof(ReferenceTo), $"must be after referenceFrom ({ReferenceFrom:O}), got {ReferenceTo:O}");
        }

        if (!(TailFraction is > 0 and <= 0.5))
        {
            yield return OptionError.For(nameof(TailFraction), $"must be more than 0 and at most 0.5, got {TailFraction}");
        }

        if (MinReferenceScores < 10)
        {
            yield return OptionError.For(nameof(MinReferenceScores), $"must be at least 10, got {MinReferenceScores}");
        }

        if (!Enum.IsDefined(Tail))
        {
            yield return OptionError.For(nameof(Tail), $"must be exponential or generalizedPareto, got {Tail}");
        }

        if (!(MaxTailShape is >= 0 and <= 0.9))
        {
            yield return OptionError.For(nameof(MaxTailShape), $"must be from 0 to 0.9, got {MaxTailShape}");
        }
    }
}
