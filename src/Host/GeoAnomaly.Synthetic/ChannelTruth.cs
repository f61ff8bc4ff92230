namespace GeoAnomaly.Synthetic;

/// <summary>The true parameters behind one generated channel, for tests and evaluation (a real network never tells you these).</summary>
/// <param name="TideAmplitudes">Amplitude of each constituent of <c>TidalConstituent.Principal</c> (M2, S2, N2, K2, K1, O1, P1, Q1), channel units; empty for channels without tides.</param>
/// <param name="PressureCoefficient">Immediate response to air pressure, channel units per hPa (for water level −BE × 0.0101972 m/hPa; atmospheric loading for strain and tilt; 0 when none).</param>
/// <param name="DailyRange">Signed daily range of the Sq variation on an average day, nT; 0 for non-geomagnetic channels.</param>
/// <param name="StormGain">Factor applied to the network storm disturbance; 0 for non-geomagnetic channels.</param>
/// <param name="WhiteNoise">Standard deviation of the white noise actually added, channel units.</param>
/// <param name="RedNoise">Stationary standard deviation of the red noise actually added, channel units.</param>
internal sealed record ChannelTruth(
    IReadOnlyList<double> TideAmplitudes,
    double PressureCoefficient,
    double DailyRange,
    double StormGain,
    double WhiteNoise,
    double RedNoise);
