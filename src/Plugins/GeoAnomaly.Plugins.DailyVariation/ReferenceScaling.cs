namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>How the reference method turns the reference channel <c>r</c> into a prediction <c>p</c> of the channel.</summary>
public enum ReferenceScaling
{
    /// <summary><c>p = r</c>: the plain inter-station difference or ratio; no fit, no warm-up (the default).</summary>
    None,

    /// <summary><c>p = a + b·r</c>, with offset <c>a</c> and scale <c>b</c> fitted by least squares over the trailing
    /// span and re-fitted every day: allows for a different response of the two stations to the common field.</summary>
    Regression,
}
