namespace GeoAnomaly.Synthetic;

/// <summary>A geomagnetic storm seen by every station at the same UT: sudden commencement, main phase, recovery.</summary>
/// <param name="Onset">Sudden commencement (SSC) time, UTC.</param>
/// <param name="SuddenCommencement">Positive jump of H at onset, nT (10..40).</param>
/// <param name="InitialPhase">Time H stays raised after the SSC (1..6 h).</param>
/// <param name="MainPhase">Time H takes to fall from the raised level to the minimum (3..12 h).</param>
/// <param name="Depth">Decrease of H at the minimum, nT, positive (40..400, log-uniform: tens to hundreds of nT).</param>
/// <param name="RecoveryTime">E-folding time of the recovery after the minimum (10..30 h, so recovery takes a day or more).</param>
/// <remarks>
/// <para>
/// The shape follows the textbook Dst storm profile (e.g. Gonzalez et al. 1994, "What is a geomagnetic storm?",
/// JGR 99(A4)): with t measured from <paramref name="Onset"/>, the disturbance of H at a low/mid-latitude station is
/// </para>
/// <code>
/// S(t) = a·min(1, t / 3 min)                                for 0 ≤ t &lt; Ti            (SSC and initial phase)
/// S(t) = a + (−D − a)·smoothstep((t − Ti) / Tm)              for Ti ≤ t &lt; Ti + Tm       (main phase)
/// S(t) = −D·exp(−(t − Ti − Tm) / τ)                           afterwards                (recovery)
/// </code>
/// <para>
/// where smoothstep(x) = 3x² − 2x³. Each station sees S scaled by its own response (about cos(latitude) for H,
/// smaller factors for E and Z). Storms are space weather: the generator never labels them as anomalies and keeps
/// injected anomalies on electromagnetic channels clear of them.
/// </para>
/// </remarks>
internal sealed record MagneticStorm(
    DateTimeOffset Onset,
    double SuddenCommencement,
    TimeSpan InitialPhase,
    TimeSpan MainPhase,
    double Depth,
    TimeSpan RecoveryTime)
{
    /// <summary>Rise time of the sudden commencement.</summary>
    public static readonly TimeSpan RiseTime = TimeSpan.FromMinutes(3);

    /// <summary>Time of the minimum of H (end of the main phase).</summary>
    public DateTimeOffset Minimum => Onset + InitialPhase + MainPhase;

    /// <summary>When the storm has faded below 1 % of its depth (minimum plus 4.6 recovery times).</summary>
    public DateTimeOffset Fade => Minimum + (RecoveryTime * 4.6);

    /// <summary>The disturbance of H (nT, before the station's response factor) <paramref name="hours"/> after onset; 0 before it.</summary>
    /// <param name="hours">Hours since <see cref="Onset"/>.</param>
    public double ValueAt(double hours)
    {
        if (hours < 0)
        {
            return 0;
        }

        double ti = InitialPhase.TotalHours;
        double tm = MainPhase.TotalHours;
        if (hours < ti)
        {
            return SuddenCommencement * Math.Min(1, hours / RiseTime.TotalHours);
        }

        if (hours < ti + tm)
        {
            double x = (hours - ti) / tm;
            double smooth = x * x * (3 - (2 * x));
            return SuddenCommencement + ((-Depth - SuddenCommencement) * smooth);
        }

        return -Depth * Math.Exp(-(hours - ti - tm) / RecoveryTime.TotalHours);
    }
}
