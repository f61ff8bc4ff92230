using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Signals;

/// <summary>A channel's solid-earth tide: the principal constituents with the channel's own amplitudes and phases.</summary>
/// <remarks>
/// <para>The tide at hour t after J2000 is</para>
/// <code>
/// x(t) = Σ_c A_c · cos(ω_c·t + m_c·λ + φ_station,c + φ_channel + δ_c)
/// </code>
/// <para>
/// with ω_c the constituent's speed (<see cref="TidalConstituent"/>), m_c its species (1 diurnal, 2 semidiurnal),
/// λ the east longitude (the tidal potential's phase moves west with the Moon and Sun, so it advances by m·λ),
/// φ_station,c a per-station lag of ±15° (ocean loading and local structure shift phases by degrees to tens of
/// degrees), φ_channel a per-channel phase (gauge orientation, cavity effect; +180° for water level, which falls when
/// the rock dilates) and δ_c a ±5° jitter. A_c = A_M2 · r_c · u_c, with r_c the equilibrium ratio to M2 and u_c in
/// 0.85..1.15, so M2 is always the largest constituent (the next, K1, is at most 0.584 × 1.15 / 1 = 0.67 of it).
/// </para>
/// <para>
/// Simplifications, stated so nobody mistakes this for a tide prediction: phases are not the astronomical arguments
/// (no Doodson V0 + u, no nodal modulation), and amplitudes do not follow the latitude factors of the potential
/// (cos²φ for semidiurnal, sin 2φ for diurnal waves). The frequencies are exact, which is what tide-removal
/// preprocessing and spectral tests depend on.
/// </para>
/// </remarks>
internal sealed class EarthTide
{
    private readonly double[] _amplitudes;
    private readonly double[] _phasesDegrees;

    private EarthTide(double[] amplitudes, double[] phasesDegrees)
    {
        _amplitudes = amplitudes;
        _phasesDegrees = phasesDegrees;
    }

    /// <summary>Amplitude of each constituent of <see cref="TidalConstituent.Principal"/>, channel units.</summary>
    public IReadOnlyList<double> Amplitudes => _amplitudes;

    /// <summary>Per-station phase lags of each constituent, degrees (±15°), drawn once per station.</summary>
    /// <param name="random">The station's parameter stream.</param>
    public static double[] StationLags(SeededRandom random)
    {
        double[] lags = new double[TidalConstituent.Principal.Count];
        for (int c = 0; c < lags.Length; c++)
        {
            lags[c] = random.Uniform(-15, 15);
        }

        return lags;
    }

    /// <summary>Draws a channel's tide.</summary>
    /// <param name="random">The channel's parameter stream.</param>
    /// <param name="m2Amplitude">Amplitude of M2 in channel units.</param>
    /// <param name="longitude">Station east longitude, degrees.</param>
    /// <param name="stationLags">The station's lags from <see cref="StationLags"/>.</param>
    /// <param name="channelPhase">Phase of the channel's response, degrees.</param>
    public static EarthTide Draw(SeededRandom random, double m2Amplitude, double longitude, IReadOnlyList<double> stationLags, double channelPhase)
    {
        var constituents = TidalConstituent.Principal;
        double[] amplitudes = new double[constituents.Count];
        double[] phases = new double[constituents.Count];
        for (int c = 0; c < constituents.Count; c++)
        {
            double jitter = c == 0 ? 1.0 : random.Uniform(0.85, 1.15);
            amplitudes[c] = m2Amplitude * constituents[c].RelativeAmplitude * jitter;
            phases[c] = (constituents[c].Species * longitude) + stationLags[c] + channelPhase + random.Uniform(-5, 5);
        }

        return new EarthTide(amplitudes, phases);
    }

    /// <summary>Adds the tide to <paramref name="buffer"/>, sample i at <paramref name="axis"/>.TimeAt(i).</summary>
    /// <param name="buffer">Samples to add to, length <paramref name="axis"/>.Count.</param>
    /// <param name="axis">The sample grid.</param>
    /// <param name="scale">Multiplier on every amplitude.</param>
    public void AddTo(Span<double> buffer, TimeAxis axis, double scale = 1.0)
    {
        var constituents = TidalConstituent.Principal;
        for (int c = 0; c < constituents.Count; c++)
        {
            double speed = constituents[c].SpeedDegreesPerHour;
            double phase0 = Sinusoid.Radians((speed * axis.EpochHours) + _phasesDegrees[c]);
            double omega = Sinusoid.Radians(speed * axis.StepHours);
            Sinusoid.AddCosine(buffer, scale * _amplitudes[c], omega, phase0);
        }
    }
}
