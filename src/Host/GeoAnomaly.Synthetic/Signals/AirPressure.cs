using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Signals;

/// <summary>True air pressure at a station: altitude, synoptic weather, the S1/S2 atmospheric tides and small fast fluctuations.</summary>
/// <remarks>
/// <para>The pressure, in hPa, is</para>
/// <code>
/// p(t) = p0 + Σ_k A_k·cos(2π·t/P_k − 2π·(λ − λ0)/(v·P_k) + φ_k) + local(t)
///        + 1.16·cos³φ·cos(2·(2π/24)·(τ − 10 h)) + 0.5·cos³φ·cos((2π/24)·(τ − 5 h)) + fast(t)
/// </code>
/// <list type="bullet">
/// <item>p0 = 1013.25·(1 − 2.25577e-5·z)^5.25588, the standard atmosphere at the station's elevation z (m).</item>
/// <item>Synoptic systems: six network-wide waves with periods 2..12 days (log-uniform), total standard deviation
/// 4..7 hPa, moving east at v = 8..15 °/day so stations further east see them later; plus a station-local part with a
/// quarter of that amplitude. Mid-latitude pressure varies by ±10..20 hPa over a few days in this way.</item>
/// <item>Atmospheric tides in local solar time τ, after Haurwitz (1956, "The geographical distribution of the solar
/// semidiurnal pressure oscillation", Meteor. Pap. 2(5)): S2 ≈ 1.16·cos³φ hPa with maxima near 10 and 22 h; S1 is
/// weaker and more variable with place and season, taken here as 0.5·cos³φ hPa with an early-morning maximum.</item>
/// <item>fast(t): AR(1), σ = 0.1 hPa, correlation time 20 min (gusts, gravity waves). Real, so the well feels it too.</item>
/// </list>
/// <para>The barometer channel is this plus instrument noise; the well responds to this without it.</para>
/// </remarks>
internal sealed class AirPressure
{
    private const int NetworkWaves = 6;
    private const int LocalWaves = 3;
    private readonly double[] _periodsDays;
    private readonly double[] _amplitudes;
    private readonly double[] _phases;
    private readonly double _eastwardDegreesPerDay;
    private readonly double _referenceLongitude;

    private AirPressure(double[] periodsDays, double[] amplitudes, double[] phases, double eastwardDegreesPerDay, double referenceLongitude)
    {
        _periodsDays = periodsDays;
        _amplitudes = amplitudes;
        _phases = phases;
        _eastwardDegreesPerDay = eastwardDegreesPerDay;
        _referenceLongitude = referenceLongitude;
    }

    /// <summary>Draws the network's synoptic weather.</summary>
    /// <param name="random">The network weather stream.</param>
    /// <param name="referenceLongitude">Longitude where wave phases are defined (the region's west edge).</param>
    public static AirPressure DrawWeather(SeededRandom random, double referenceLongitude)
    {
        double sigma = random.Uniform(4, 7);
        var (periods, amplitudes, phases) = Waves(random, NetworkWaves, sigma);
        return new AirPressure(periods, amplitudes, phases, random.Uniform(8, 15), referenceLongitude);
    }

    /// <summary>Standard-atmosphere pressure at <paramref name="elevation"/> metres, hPa.</summary>
    /// <param name="elevation">Metres above sea level.</param>
    public static double StandardPressure(double elevation) => 1013.25 * Math.Pow(1 - (2.25577e-5 * elevation), 5.25588);

    /// <summary>The true pressure at a station on every sample, hPa.</summary>
    /// <param name="axis">The sample grid.</param>
    /// <param name="latitude">Station latitude, degrees.</param>
    /// <param name="longitude">Station east longitude, degrees.</param>
    /// <param name="elevation">Station elevation, m.</param>
    /// <param name="random">The station's weather stream (fresh, so every call gives the same series).</param>
    public double[] TruePressure(TimeAxis axis, double latitude, double longitude, double elevation, SeededRandom random)
    {
        double[] p = new double[axis.Count];
        p.AsSpan().Fill(StandardPressure(elevation));
        double t0Days = axis.EpochHours / 24.0;
        double dtDays = axis.StepDays;
        double delayDays = (longitude - _referenceLongitude) / _eastwardDegreesPerDay;
        AddWaves(p, _periodsDays, _amplitudes, _phases, t0Days - delayDays, dtDays);

        var (localPeriods, localAmplitudes, localPhases) = Waves(random, LocalWaves, random.Uniform(1, 1.75));
        AddWaves(p, localPeriods, localAmplitudes, localPhases, t0Days, dtDays);

        double cos3 = Math.Pow(Math.Cos(latitude * Math.PI / 180), 3);
        double local0 = axis.LocalHoursAtStart(longitude);
        double omega = 2 * Math.PI / 24.0;
        Sinusoid.AddCosine(p, 1.16 * cos3, 2 * omega * axis.StepHours, 2 * omega * (local0 - 10));
        Sinusoid.AddCosine(p, 0.5 * cos3, omega * axis.StepHours, omega * (local0 - 5));
        Noise.AddRed(p, 0.1, TimeSpan.FromMinutes(20), axis.Step, random);
        return p;
    }

    private static (double[] Periods, double[] Amplitudes, double[] Phases) Waves(SeededRandom random, int count, double sigma)
    {
        double[] periods = new double[count];
        double[] amplitudes = new double[count];
        double[] phases = new double[count];
        double power = 0;
        for (int k = 0; k < count; k++)
        {
            periods[k] = random.LogUniform(2, 12);
            amplitudes[k] = random.Uniform(0.5, 1.5);
            phases[k] = random.Uniform(0, 2 * Math.PI);
            power += amplitudes[k] * amplitudes[k] / 2;
        }

        double norm = sigma / Math.Sqrt(power);
        for (int k = 0; k < count; k++)
        {
            amplitudes[k] *= norm;
        }

        return (periods, amplitudes, phases);
    }

    private static void AddWaves(Span<double> p, double[] periods, double[] amplitudes, double[] phases, double t0Days, double dtDays)
    {
        for (int k = 0; k < periods.Length; k++)
        {
            double omega = 2 * Math.PI / periods[k];
            double phase0 = Math.IEEERemainder((omega * t0Days) + phases[k], 2 * Math.PI);
            Sinusoid.AddCosine(p, amplitudes[k], omega * dtDays, phase0);
        }
    }
}
