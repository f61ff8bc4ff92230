namespace GeoAnomaly.Plugins.Cleaning.Gaps;

/// <summary>How <see cref="GapFillPreprocessor"/> bridges a short gap.</summary>
public enum GapFillMethod
{
    /// <summary>A straight line from the last valid sample before the gap to the first one after it.</summary>
    Linear,

    /// <summary>A natural cubic spline through up to <see cref="GapFillOptions.Neighbours"/> valid samples on each side,
    /// evaluated inside the gap: follows curvature (tides, daily variation) that a straight chord cuts.</summary>
    Spline,
}
