namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>How the harmonics method models the level (baseline) of the channel over the span, besides the harmonics.</summary>
public enum DailyVariationLevel
{
    /// <summary>Each day of the span has its own level, so day-to-day baseline changes (storm recovery, drift) stay out
    /// of the harmonics; the level removed is the last day's (the default).</summary>
    Daily,

    /// <summary>One straight line over the span; the level removed is the line at the end of the span.</summary>
    Trend,

    /// <summary>One constant over the span; the level removed is the span's mean.</summary>
    Mean,
}
