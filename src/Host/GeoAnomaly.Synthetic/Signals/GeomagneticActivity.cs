using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Signals;

/// <summary>Network-wide external field: magnetic storms and the irregular disturbance every station sees at the same UT.</summary>
/// <remarks>
/// <para>
/// External (magnetospheric and ionospheric) fields are coherent over hundreds of kilometres, so one disturbance is
/// drawn per network and each station sees it through its own gains. Two independent AR(1) series (σ = 2 nT,
/// correlation time 30 min) stand for the north and east directions of the disturbance. Activity rises during storms:
/// the disturbance is multiplied by 1 + min(7, |S(t)| / 25 nT), S being the storm signal, as substorms and
/// pulsations are strongest in the main phase.
/// </para>
/// <para>
/// Storms: a Poisson number with mean rate × (days + 3), onsets uniform from 3 days before the start (so a recovery
/// can be in progress when the series begins) to the end. Sizes are drawn as documented on <see cref="MagneticStorm"/>.
/// </para>
/// </remarks>
internal static class GeomagneticActivity
{
    /// <summary>Standard deviation of the quiet-time disturbance, nT.</summary>
    public const double QuietSigma = 2.0;

    private static readonly TimeSpan s_correlationTime = TimeSpan.FromMinutes(30);

    /// <summary>Draws the network's storms, in onset order.</summary>
    /// <param name="random">The network storm stream.</param>
    /// <param name="axis">The sample grid.</param>
    /// <param name="ratePerDay">Expected storms per day.</param>
    public static IReadOnlyList<MagneticStorm> DrawStorms(SeededRandom random, TimeAxis axis, double ratePerDay)
    {
        const double LeadDays = 3;
        int count = random.Poisson(ratePerDay * (axis.Days + LeadDays));
        var storms = new List<MagneticStorm>(count);
        for (int k = 0; k < count; k++)
        {
            double onsetDays = random.Uniform(-LeadDays, axis.Days);
            var onset = axis.Start + TimeSpan.FromMinutes(Math.Round(onsetDays * 1440));
            storms.Add(new MagneticStorm(
                onset,
                SuddenCommencement: random.Uniform(10, 40),
                InitialPhase: TimeSpan.FromMinutes(Math.Round(random.Uniform(1, 6) * 60)),
                MainPhase: TimeSpan.FromMinutes(Math.Round(random.Uniform(3, 12) * 60)),
                Depth: random.LogUniform(40, 400),
                RecoveryTime: TimeSpan.FromMinutes(Math.Round(random.Uniform(10, 30) * 60))));
        }

        storms.Sort((a, b) => a.Onset.CompareTo(b.Onset));
        return storms;
    }

    /// <summary>The summed storm disturbance of H (before station response), nT, on every sample.</summary>
    /// <param name="axis">The sample grid.</param>
    /// <param name="storms">The storms.</param>
    public static double[] StormSignal(TimeAxis axis, IReadOnlyList<MagneticStorm> storms)
    {
        double[] signal = new double[axis.Count];
        foreach (var storm in storms)
        {
            long first = Math.Max(0, axis.IndexAtOrAfter(storm.Onset));
            long last = Math.Min(axis.Count, axis.IndexAtOrAfter(storm.Fade));
            double hours0 = -axis.HoursFromStart(storm.Onset);
            for (long i = first; i < last; i++)
            {
                signal[i] += storm.ValueAt(hours0 + (i * axis.StepHours));
            }
        }

        return signal;
    }

    /// <summary>The network's north and east disturbance series, nT, activity-scaled by the storm signal.</summary>
    /// <param name="random">The network activity stream.</param>
    /// <param name="axis">The sample grid.</param>
    /// <param name="stormSignal">From <see cref="StormSignal"/>.</param>
    public static (double[] North, double[] East) Disturbance(SeededRandom random, TimeAxis axis, double[] stormSignal)
    {
        double[] north = new double[axis.Count];
        double[] east = new double[axis.Count];
        Noise.AddRed(north, QuietSigma, s_correlationTime, axis.Step, random);
        Noise.AddRed(east, QuietSigma, s_correlationTime, axis.Step, random);
        for (int i = 0; i < axis.Count; i++)
        {
            double activity = 1 + Math.Min(7, Math.Abs(stormSignal[i]) / 25.0);
            north[i] *= activity;
            east[i] *= activity;
        }

        return (north, east);
    }
}
