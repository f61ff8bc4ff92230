namespace GeoAnomaly.Plugins.Tides.Fitting;

/// <summary>The columns of the least-squares design: a polynomial in time, then a cosine and a sine per constituent.</summary>
/// <remarks>
/// <para>Row layout for a sample at time t (hours after J2000.0): <c>[1, x, …, x^d, cos θ₁, sin θ₁, …, cos θ_K, sin θ_K]</c>,
/// with x = (t − origin) / scale and θ_c = ω_c·t, ω_c the constituent's speed. A fitted pair (a, b) is the wave
/// a·cos θ + b·sin θ = A·cos(θ − φ), A = √(a² + b²), φ = atan2(b, a): the <see cref="TidePhaseConvention.Epoch"/> constants.</para>
/// <para>θ is computed from a time in cycles, reduced to [0, 1) before the sine and cosine, which keeps 10⁻¹¹ cycle
/// precision decades from J2000. Within a block, rows move on by a rotation per step (<see cref="Advance"/>); every
/// block restarts from the exact values at its first sample, so a row depends only on its time stamp and the block
/// schedule (streaming equals batch bitwise).</para>
/// </remarks>
internal sealed class DesignRow
{
    private readonly double[] _cyclesPerHour;

    /// <summary>Creates the layout for <paramref name="settings"/>.</summary>
    /// <param name="settings">Constituents and trend degree.</param>
    public DesignRow(TideModelSettings settings)
    {
        _cyclesPerHour = [.. settings.Constituents.Select(c => c.CyclesPerHour)];
        PolynomialCount = settings.TrendDegree + 1;
        ConstituentCount = _cyclesPerHour.Length;
        Count = PolynomialCount + (2 * ConstituentCount);
    }

    /// <summary>Polynomial columns (degree + 1), first in the row.</summary>
    public int PolynomialCount { get; }

    /// <summary>Constituents, each with a cosine and a sine column after the polynomial.</summary>
    public int ConstituentCount { get; }

    /// <summary>Columns of the design (without the observation).</summary>
    public int Count { get; }

    /// <summary>Column of the cosine of constituent <paramref name="constituent"/>; the sine follows it.</summary>
    /// <param name="constituent">Index in the settings' constituent list.</param>
    public int CosineColumn(int constituent) => PolynomialCount + (2 * constituent);

    /// <summary>Writes the polynomial columns of a sample: 1, x, …, x^d.</summary>
    /// <param name="x">The polynomial variable, (t − origin) / scale.</param>
    /// <param name="row">Receives <see cref="PolynomialCount"/> values.</param>
    public void FillPolynomial(double x, Span<double> row)
    {
        double power = 1.0;
        for (int k = 0; k < PolynomialCount; k++)
        {
            row[k] = power;
            power *= x;
        }
    }

    /// <summary>Writes the cosine and sine columns of a sample exactly (one sine and cosine per constituent).</summary>
    /// <param name="hours">The sample's time, hours after J2000.0.</param>
    /// <param name="harmonics">Receives 2 × <see cref="ConstituentCount"/> values.</param>
    public void FillHarmonics(double hours, Span<double> harmonics)
    {
        for (int c = 0; c < _cyclesPerHour.Length; c++)
        {
            var (sin, cos) = SinCosOfCycles(_cyclesPerHour[c] * hours);
            harmonics[2 * c] = cos;
            harmonics[(2 * c) + 1] = sin;
        }
    }

    /// <summary>Cosine and sine of every constituent's advance over one step, for <see cref="Advance"/>.</summary>
    /// <param name="stepHours">The step, hours.</param>
    public double[] Rotation(double stepHours)
    {
        double[] rotation = new double[2 * _cyclesPerHour.Length];
        FillHarmonics(stepHours, rotation);
        return rotation;
    }

    /// <summary>Moves harmonic columns one step on: (cos, sin)(θ + δ) from (cos, sin)(θ) and (cos, sin)(δ). The error
    /// grows by about one rounding per step; callers restart from <see cref="FillHarmonics"/> at every block.</summary>
    /// <param name="rotation">From <see cref="Rotation"/>.</param>
    /// <param name="harmonics">Columns of the previous sample, replaced by those of the next.</param>
    public static void Advance(ReadOnlySpan<double> rotation, Span<double> harmonics)
    {
        for (int k = 0; k < harmonics.Length; k += 2)
        {
            double cos = harmonics[k];
            double sin = harmonics[k + 1];
            harmonics[k] = (cos * rotation[k]) - (sin * rotation[k + 1]);
            harmonics[k + 1] = (sin * rotation[k]) + (cos * rotation[k + 1]);
        }
    }

    private static (double Sin, double Cos) SinCosOfCycles(double cycles)
    {
        cycles -= Math.Floor(cycles);
        return Math.SinCos(2.0 * Math.PI * cycles);
    }
}
