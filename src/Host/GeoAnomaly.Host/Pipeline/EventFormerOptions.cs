using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>How <see cref="EventFormer"/> turns a score column into events.</summary>
internal sealed record EventFormerOptions
{
    /// <summary>Defaults, used by the record and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Threshold"/>: 0.999 (calibrated: rarer than 1 in 1,000 quiet samples).</summary>
        public const double Threshold = 0.999;

        /// <summary>Default <see cref="MergeGap"/>: 5 samples.</summary>
        public static readonly SampleSpan MergeGap = SampleSpan.OfSamples(5);

        /// <summary>Default <see cref="MinDuration"/>: 1 sample (keep every event).</summary>
        public static readonly SampleSpan MinDuration = SampleSpan.OfSamples(1);

        /// <summary>Default <see cref="GuardGaps"/>: true.</summary>
        public const bool GuardGaps = true;

        /// <summary>Default <see cref="ClassifyKinds"/>: true.</summary>
        public const bool ClassifyKinds = true;
    }

    /// <summary>
    /// A sample is anomalous when its score is at least this (NaN never is). On calibrated scores (0..1) 0.999 means
    /// "rarer than 1 in 1,000 quiet samples"; with calibration <c>none</c> it is in the detector's raw units. Default 0.999.
    /// </summary>
    [Description("Score at or above which a sample is anomalous: calibrated 0..1 (0.999 = rarer than 1 in 1,000 quiet samples), or raw units with calibration none.")]
    public double Threshold { get; init; } = Defaults.Threshold;

    /// <summary>
    /// Anomalous runs separated by fewer than this many samples below the threshold (or missing), or by a gap shorter
    /// than this duration, become one event. Default 5 samples; 0 or 1 never merges.
    /// </summary>
    [Description("Runs separated by less than this (samples, or a duration such as \"10min\") merge into one event.")]
    public SampleSpan MergeGap { get; init; } = Defaults.MergeGap;

    /// <summary>Events shorter than this (samples, or a duration), first to last sample after merging, are dropped. Default 1 sample.</summary>
    [Description("Events shorter than this (samples, or a duration such as \"5min\") after merging are dropped.")]
    public SampleSpan MinDuration { get; init; } = Defaults.MinDuration;

    /// <summary>
    /// Whether samples just after a gap are kept out of events: after <c>g</c> missing samples, the next
    /// <c>min(g, w)</c> samples (<c>w</c> the detector's warm-up; for an ensemble the largest of its members') cannot
    /// start or join an event, because a detector's window then still holds filled values (a noise-free stretch that
    /// makes ordinary noise look salient). Their scores are still written. Default true.
    /// </summary>
    [Description("Keep the min(gap length, warm-up) samples after each gap out of events (detector windows still hold filled values there).")]
    public bool GuardGaps { get; init; } = Defaults.GuardGaps;

    /// <summary>Whether to classify each event's kind from the channel's values (otherwise <c>other</c>). Default true.</summary>
    [Description("Classify each event as spike, level-shift, trend-change or variance-change from the channel's values.")]
    public bool ClassifyKinds { get; init; } = Defaults.ClassifyKinds;

    /// <summary>The kind classification's context and thresholds.</summary>
    [Description("Context length and thresholds of the kind classification.")]
    public KindClassifierOptions Kinds { get; init; } = new();

    /// <summary>Returns every problem, each naming the option.</summary>
    public IEnumerable<OptionError> Validate()
    {
        if (!double.IsFinite(Threshold))
        {
            yield return OptionError.For(nameof(Threshold), $"must be a finite number, got {Threshold}");
        }

        if (MergeGap.IsNegative)
        {
            yield return OptionError.For(nameof(MergeGap), $"must not be negative, got {MergeGap}");
        }

        if (MinDuration.Samples < 1 || MinDuration.Time < TimeSpan.Zero)
        {
            yield return OptionError.For(nameof(MinDuration), $"must be at least 1 sample (or a non-negative duration), got {MinDuration}");
        }

        if (Kinds is null)
        {
            yield return OptionError.For(nameof(Kinds), "must be an object of kind-classification options, got null");
            yield break;
        }

        foreach (var error in Kinds.Validate())
        {
            yield return error with { Option = "kinds." + error.Option };
        }
    }
}
