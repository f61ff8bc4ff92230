namespace GeoAnomaly.Plugins.Cleaning.Gaps;

/// <summary>How <see cref="GapFillPreprocessor"/> bridges a short gap.</summary>
public enum GapFillMethod
{
    /// <summary>A straight line from the last valid sample before the gap to the first one after it.</summary>
    Linear,

    /// <summary>A natural cubic spline through up to <see cref="GapFillOptions.Neighbours"/> valid samples on each side,
    /// evaluated inside the gap: follows curvature (tides, daily variation) that a straight chord cuts, but passes
    /// exactly through noisy neighbours, so it suits smooth, quiet records.</summary>
    Spline,

    /// <summary>A least-squares cubic through up to <see cref="GapFillOptions.Neighbours"/> valid samples on each side,
    /// evaluated inside the gap: follows curvature like the spline while averaging the neighbours' noise (it does not
    /// pass exactly through the samples at the gap's edges).</summary>
    Cubic,
}
