namespace GeoAnomaly.Plugins.Barometric;

/// <summary>Cosine and sine at 1 and 2 cycles per solar day at each sample: the tidal nuisance regressors.</summary>
/// <remarks>
/// <para>Air pressure has solar tides (S1, S2), so earth tides in the level at the same frequencies would be taken for a
/// pressure response if nothing else could explain them. Over a span of weeks, harmonics at exactly 1 and 2 cycles per
/// solar day stand for the earth tides there: S2 and K2 (2.0000 and 2.0055 cycles/day), S1, K1 and P1 (1.0000, 1.0027,
/// 0.9973), which drift apart by less than 40° over 14 days. The lunar tides (M2, N2, O1, Q1) have no counterpart in
/// pressure, so they cannot bias the response and are left in the residual; leaving them out also avoids the M2-S2 and
/// K1-O1 pairs, which take 15 days to separate. (The tides component removes all of them from the level.)</para>
/// <para>Phases are taken from J2000 (2000-01-01T12:00Z) so they depend on absolute time only. They are computed exactly at
/// an anchor (each refit boundary) and advanced by one rotation per sample in between, which costs two complex
/// multiplications instead of four trigonometric calls; the rounding of one block's rotations stays near 1e-13.</para>
/// </remarks>
internal sealed class TidalHarmonics
{
    /// <summary>Frequencies in cycles per solar day: S1, S2.</summary>
    private static readonly double[] s_cyclesPerDay = [1.0, 2.0];

    private static readonly long s_j2000Ticks = new DateTimeOffset(2000, 1, 1, 12, 0, 0, TimeSpan.Zero).UtcTicks;

    private readonly double[] _cos;
    private readonly double[] _sin;
    private readonly double[] _stepCos;
    private readonly double[] _stepSin;

    /// <summary>Harmonics advanced by <paramref name="step"/> per sample.</summary>
    /// <param name="step">Sampling interval.</param>
    public TidalHarmonics(TimeSpan step)
    {
        int count = s_cyclesPerDay.Length;
        _cos = new double[count];
        _sin = new double[count];
        _stepCos = new double[count];
        _stepSin = new double[count];
        double stepDays = step.Ticks / (double)TimeSpan.TicksPerDay;
        for (int k = 0; k < count; k++)
        {
            double angle = 2 * Math.PI * Fraction(s_cyclesPerDay[k] * stepDays);
            _stepCos[k] = Math.Cos(angle);
            _stepSin[k] = Math.Sin(angle);
        }
    }

    /// <summary>Number of regressors: a cosine and a sine per constituent.</summary>
    public static int RegressorCount => 2 * 2;

    /// <summary>Sets the phases exactly for the sample at <paramref name="utcTicks"/>.</summary>
    /// <param name="utcTicks">UTC time of the sample, in ticks.</param>
    public void Anchor(long utcTicks)
    {
        double days = (utcTicks - s_j2000Ticks) / (double)TimeSpan.TicksPerDay;
        for (int k = 0; k < _cos.Length; k++)
        {
            double angle = 2 * Math.PI * Fraction(s_cyclesPerDay[k] * days);
            _cos[k] = Math.Cos(angle);
            _sin[k] = Math.Sin(angle);
        }
    }

    /// <summary>Advances the phases by one sample.</summary>
    public void Advance()
    {
        for (int k = 0; k < _cos.Length; k++)
        {
            double c = _cos[k];
            double s = _sin[k];
            _cos[k] = (c * _stepCos[k]) - (s * _stepSin[k]);
            _sin[k] = (s * _stepCos[k]) + (c * _stepSin[k]);
        }
    }

    /// <summary>Writes cos, sin of each constituent at the current sample into <paramref name="destination"/>.</summary>
    /// <param name="destination">At least <see cref="RegressorCount"/> values.</param>
    public void Write(Span<double> destination)
    {
        for (int k = 0; k < _cos.Length; k++)
        {
            destination[2 * k] = _cos[k];
            destination[(2 * k) + 1] = _sin[k];
        }
    }

    private static double Fraction(double cycles) => cycles - Math.Floor(cycles);
}
