namespace GeoAnomaly.Synthetic.Signals;

/// <summary>Applies a <see cref="BarometricResponse"/> to a true air-pressure series, giving the water-level change in metres.</summary>
/// <remarks>
/// The lag L follows τ·dL/dt = p − L, discretised exactly for a pressure held constant over each step:
/// L_i = L_{i−1} + α·(p_i − L_{i−1}), α = 1 − exp(−Δt/τ), starting from L_0 = p_0 (the well is assumed in equilibrium
/// at the start). See <see cref="BarometricResponse"/> for the model and its source.
/// </remarks>
internal static class WellResponse
{
    /// <summary>Adds −[BE·(p − p0) + (BE∞ − BE)·(L − p0)]·0.0101972 m/hPa to <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Water level samples, m.</param>
    /// <param name="pressure">True air pressure, hPa, same length.</param>
    /// <param name="reference">Reference pressure p0, hPa.</param>
    /// <param name="response">The well's response.</param>
    /// <param name="step">Sampling interval.</param>
    public static void AddTo(Span<double> buffer, ReadOnlySpan<double> pressure, double reference, BarometricResponse response, TimeSpan step)
    {
        const double K = BarometricResponse.MetresPerHectopascal;
        double be = response.Efficiency;
        double lagged = response.LongTermEfficiency - response.Efficiency;
        double alpha = response.IsLagged ? 1 - Math.Exp(-step / response.LagTime) : 0;
        double lag = pressure.Length > 0 ? pressure[0] : reference;
        for (int i = 0; i < buffer.Length; i++)
        {
            double p = pressure[i];
            lag += alpha * (p - lag);
            double head = (be * (p - reference)) + (response.IsLagged ? lagged * (lag - reference) : 0);
            buffer[i] -= head * K;
        }
    }
}
