namespace GeoAnomaly.Plugins.Tides;

/// <summary>What the <c>&lt;NAME&gt;_amplitude</c> and <c>&lt;NAME&gt;_phase</c> outputs of the earth-tide components mean.</summary>
public enum TidePhaseConvention
{
    /// <summary>
    /// Harmonic constants: the constituent's tide is <c>f·H·cos(V(t) + u − g)</c>, where V is the equilibrium argument at
    /// Greenwich (Schureman's convention), f and u the nodal factor and angle at the middle of the fitted data; the
    /// amplitude output is H (the fitted amplitude divided by f) and the phase output is the Greenwich phase lag g in
    /// degrees [0, 360). The equilibrium tide itself has g = 0 at Greenwich, g = −m·λ at east longitude λ for species m.
    /// </summary>
    Greenwich = 0,

    /// <summary>
    /// Plain sinusoids: the constituent's tide is <c>A·cos(ω(t − t0) − φ)</c> with ω its speed, t − t0 the time since
    /// J2000.0 (2000-01-01T12:00:00Z) in hours; the amplitude output is A as fitted (nodal modulation included) and the
    /// phase output is φ in degrees [0, 360).
    /// </summary>
    Epoch = 1,
}
