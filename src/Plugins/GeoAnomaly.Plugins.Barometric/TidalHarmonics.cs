namespace GeoAnomaly.Plugins.Barometric;

/// <summary>Cosine and sine of the main tidal constituents (M2, S2, K1, O1) at each sample, as nuisance regressors.</summary>
/// <remarks>
/// Phases are taken from J2000 (2000-01-01T12:00Z) so they depend on absolute time only. They are computed exactly at
/// an anchor (each refit boundary) and advanced by one rotation per sample in between, which costs four complex
/// multiplications instead of eight trigonometric calls; the rounding of one block's rotations stays near 1e-13.
/// M2-S2 and K1-O1 separate in about 15 days; over a shorter span they are partly collinear, which the solver's
/// rank cut handles (they are nuisances: only their span matters, not their own coefficients).
/// </remarks>
internal sealed class TidalHarmonics
{
    /// <summary>Frequencies in cycles per day: M2, S2, K1, O1 (Doodson's values).</summary>
    private static readonly double[] s_cyclesPerDay = [1.9322736, 2.0, 1.0027379, 0.9295357];

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
    public static int RegressorCount => 2 * 4;

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
