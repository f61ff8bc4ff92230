namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>How <c>daily-variation</c> estimates the daily (Sq) variation it removes.</summary>
public enum DailyVariationMethod
{
    /// <summary>Least-squares fit of a level and the first harmonics of the solar day (24, 12, 8, 6 h...) over the
    /// trailing days, re-fitted every day: slowly varying amplitudes (the default).</summary>
    Harmonics,

    /// <summary>The mean daily curve of the quietest recent days (smallest range after removing each day's level),
    /// by time of day.</summary>
    QuietDay,

    /// <summary>Difference (or ratio) against the same component at a reference station, given as companion 0:
    /// removes everything the two stations share (Sq, storms, pulsations).</summary>
    Reference,
}
