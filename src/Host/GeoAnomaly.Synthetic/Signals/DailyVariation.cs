namespace GeoAnomaly.Synthetic.Signals;

/// <summary>The solar-quiet (Sq) daily variation of the geomagnetic field: a daytime pulse in local time, its size varying day to day.</summary>
/// <remarks>
/// <para>
/// Sq comes from ionospheric currents driven on the dayside, so it follows local solar time (UT + longitude/15 h) and
/// is nearly flat at night. It is described, since Chapman and Bartels (1940, Geomagnetism), by its first four
/// harmonics of the solar day: 24, 12, 8 and 6 h. Here the daytime shape is a half-cosine pulse 10 h wide centred on
/// local noon, p(x) = cos(πx/10) for |x| ≤ 5 h (x = local time − 12 h), reduced to those four harmonics:
/// </para>
/// <code>
/// c_n = (1/12) ∫ p(x)·cos(nπx/12) dx = (1/12)·[sin((a − b)h)/(a − b) + sin((a + b)h)/(a + b)],  a = π/10, b = nπ/12, h = 5
/// pulse(τ) = Σ_{n=1..4} c_n·cos(n·2π(τ − 12)/24) / range      (H and Z: peak at local noon)
/// swing(τ) = Σ_{n=1..4} c_n·sin(n·2π(τ − 12)/24) / range      (E: morning and afternoon of opposite sign)
/// </code>
/// <para>
/// which gives c ≈ 0.449, 0.258, 0.071, −0.026 (24, 12, 8, 6 h); each shape is divided by its daily range, so a
/// component's amplitude is its peak-to-trough daily range in nT. The size varies from day to day (Sq is notoriously
/// variable): a network-wide log-normal factor per day (σ of ln = 0.3, driven by the Sun and shared by all stations)
/// times a smaller station factor (σ = 0.1), interpolated linearly between local noons so it never jumps.
/// </para>
/// </remarks>
internal static class DailyVariation
{
    private const double PulseWidthHours = 10;
    private static readonly double[] s_harmonics = Harmonics();
    private static readonly double s_pulseRange = Range(cosine: true);
    private static readonly double s_swingRange = Range(cosine: false);

    /// <summary>Coefficients of the 24, 12, 8 and 6 h harmonics of the daytime pulse (before normalising to unit range).</summary>
    public static IReadOnlyList<double> HarmonicCoefficients => s_harmonics;

    /// <summary>
    /// Adds amplitude × factor(t) × shape(local time) to <paramref name="buffer"/>, where factor interpolates
    /// <paramref name="dayFactors"/> between local noons and shape is the unit-range pulse or swing.
    /// </summary>
    /// <param name="buffer">Samples to add to.</param>
    /// <param name="axis">The sample grid.</param>
    /// <param name="longitude">Station east longitude, degrees (sets local time).</param>
    /// <param name="amplitude">Daily range on an average day, in the buffer's units (sign flips the shape).</param>
    /// <param name="swing">False for the noon-peaked pulse (H, Z), true for the antisymmetric swing (E).</param>
    /// <param name="dayFactors">Day-to-day factors: entry k applies at local noon of local day k − 1 counted from the first local day of the series.</param>
    /// <param name="shiftHours">Shift of the whole pattern in local time (station-to-station differences), hours.</param>
    public static void AddTo(Span<double> buffer, TimeAxis axis, double longitude, double amplitude, bool swing, IReadOnlyList<double> dayFactors, double shiftHours)
    {
        if (amplitude == 0)
        {
            return;
        }

        double[] shape = new double[buffer.Length];
        double local0 = axis.LocalHoursAtStart(longitude);
        double dh = axis.StepHours;
        double range = swing ? s_swingRange : s_pulseRange;
        for (int n = 1; n <= s_harmonics.Length; n++)
        {
            double omegaHour = n * 2 * Math.PI / 24.0;
            double phase0 = (omegaHour * (local0 - 12 - shiftHours)) - (swing ? Math.PI / 2 : 0);
            Sinusoid.AddCosine(shape, s_harmonics[n - 1] / range, omegaHour * dh, phase0);
        }

        for (int i = 0; i < buffer.Length; i++)
        {
            // Local days since the local midnight before sample 0; factor k sits at local noon of day k - 1.
            double u = ((local0 + (i * dh) - 12) / 24.0) + 1;
            int k = (int)Math.Floor(u);
            double frac = u - k;
            double f = (dayFactors[Math.Clamp(k, 0, dayFactors.Count - 1)] * (1 - frac)) + (dayFactors[Math.Clamp(k + 1, 0, dayFactors.Count - 1)] * frac);
            buffer[i] += amplitude * f * shape[i];
        }
    }

    /// <summary>Number of day factors needed to cover <paramref name="axis"/> at any longitude.</summary>
    /// <param name="axis">The sample grid.</param>
    public static int FactorCount(TimeAxis axis) => (int)Math.Ceiling(axis.Days) + 4;

    /// <summary>The unit-range pulse (or swing) at local time <paramref name="localHours"/>, without day-to-day variation.</summary>
    /// <param name="localHours">Local solar time, hours.</param>
    /// <param name="swing">True for the E-component swing.</param>
    public static double Shape(double localHours, bool swing)
    {
        double sum = 0;
        for (int n = 1; n <= s_harmonics.Length; n++)
        {
            double x = n * 2 * Math.PI * (localHours - 12) / 24.0;
            sum += s_harmonics[n - 1] * (swing ? Math.Sin(x) : Math.Cos(x));
        }

        return sum / (swing ? s_swingRange : s_pulseRange);
    }

    private static double[] Harmonics()
    {
        double a = Math.PI / PulseWidthHours;
        double h = PulseWidthHours / 2;
        double[] c = new double[4];
        for (int n = 1; n <= 4; n++)
        {
            double b = n * Math.PI / 12;
            c[n - 1] = ((Math.Sin((a - b) * h) / (a - b)) + (Math.Sin((a + b) * h) / (a + b))) / 12;
        }

        return c;
    }

    private static double Range(bool cosine)
    {
        double min = double.MaxValue;
        double max = double.MinValue;
        for (int m = 0; m < 1440; m++)
        {
            double sum = 0;
            for (int n = 1; n <= 4; n++)
            {
                double x = n * 2 * Math.PI * ((m / 60.0) - 12) / 24.0;
                sum += s_harmonics[n - 1] * (cosine ? Math.Cos(x) : Math.Sin(x));
            }

            min = Math.Min(min, sum);
            max = Math.Max(max, sum);
        }

        return max - min;
    }
}
