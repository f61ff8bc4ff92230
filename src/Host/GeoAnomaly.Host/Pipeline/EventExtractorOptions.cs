namespace GeoAnomaly.Host.Pipeline;

/// <summary>How <see cref="EventExtractor"/> turns a score column into events.</summary>
internal sealed record EventExtractorOptions
{
    /// <summary>Defaults, used by the record and by the command-line help.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Threshold"/>: 3 (raw score units).</summary>
        public const double Threshold = 3.0;

        /// <summary>Default <see cref="MergeGap"/>: 5 samples.</summary>
        public const int MergeGap = 5;

        /// <summary>Default <see cref="MinDuration"/>: 1 sample (keep every event).</summary>
        public const int MinDuration = 1;
    }

    /// <summary>
    /// A sample is anomalous when its score is at least this (NaN never is). In the detector's raw score units until
    /// calibration maps scores to 0..1; default 3, which suits z-score-like scores.
    /// </summary>
    public double Threshold { get; init; } = Defaults.Threshold;

    /// <summary>
    /// Anomalous runs separated by fewer than this many samples below the threshold (or missing) become one event.
    /// Default 5 samples; 0 or 1 never merges (runs are already separated by at least one sample).
    /// </summary>
    public int MergeGap { get; init; } = Defaults.MergeGap;

    /// <summary>Events shorter than this many samples (first to last, after merging) are dropped. Default 1 (none).</summary>
    public int MinDuration { get; init; } = Defaults.MinDuration;

    /// <summary>Returns every problem, each naming the option.</summary>
    public IEnumerable<string> Validate()
    {
        if (!double.IsFinite(Threshold))
        {
            yield return $"threshold: must be a finite number, got {Threshold}";
        }

        if (MergeGap < 0)
        {
            yield return $"mergeGap: must be at least 0, got {MergeGap}";
        }

        if (MinDuration < 1)
        {
            yield return $"minDuration: must be at least 1, got {MinDuration}";
        }
    }
}
