namespace GeoAnomaly.Synthetic;

/// <summary>How a station's well water level answers air pressure: an immediate part and, optionally, a lagged part.</summary>
/// <param name="Efficiency">Barometric efficiency at lag 0 (0.2..0.8): an instantaneous pressure change Δp lowers the level by BE·Δp/(ρg).</param>
/// <param name="LongTermEfficiency">Efficiency for slow changes, after the lagged part has caught up; equal to <paramref name="Efficiency"/> without a lagged part.</param>
/// <param name="LagTime">Time constant of the lagged part (2..24 h); zero without one.</param>
/// <remarks>
/// <para>The water level responds to the true air pressure p (the barometer channel adds its own small noise):</para>
/// <code>
/// h_baro(t) = −[ BE·(p(t) − p0) + (BE∞ − BE)·(L(t) − p0) ] / (ρg),   τ·dL/dt = p − L
/// </code>
/// <para>
/// with ρg = 1000 kg/m³ × 9.80665 m/s², so 1 hPa of water is 0.0101972 m. L is p through a first-order (exponential)
/// lag, the simplest barometric response function with a memory (Rasmussen and Crawford 1997, "Identification of
/// confined, semiconfined and unconfined aquifers using barometric response functions", Ground Water 35(3)). With
/// BE∞ &lt; BE, as here, a leaky aquifer slowly equalises, so an efficiency from minute differences (≈ BE) and one
/// from a regression of levels (≈ BE∞ for synoptic changes) differ several-fold, as in the shared well data.
/// </para>
/// </remarks>
internal sealed record BarometricResponse(double Efficiency, double LongTermEfficiency, TimeSpan LagTime)
{
    /// <summary>Metres of fresh water per hPa: 100 Pa / (1000 kg/m³ × 9.80665 m/s²).</summary>
    public const double MetresPerHectopascal = 100.0 / (1000.0 * 9.80665);

    /// <summary>True when the response has a lagged part.</summary>
    public bool IsLagged => LagTime > TimeSpan.Zero && LongTermEfficiency != Efficiency;
}
