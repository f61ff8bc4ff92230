using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Signals;

/// <summary>Instrument drift: exponential relaxation after installation plus a linear rate.</summary>
/// <param name="RelaxationAmplitude">Total size of the relaxation, channel units (signed).</param>
/// <param name="RelaxationTime">E-folding time of the relaxation, days.</param>
/// <param name="InstalledDaysBefore">How long before the series start the instrument was installed, days.</param>
/// <param name="RatePerDay">Linear drift, channel units per day.</param>
/// <remarks>
/// <para>
/// A borehole strainmeter or tiltmeter grouted into rock records the relaxation of the borehole and the curing of the
/// grout for months to years after installation, as an exponential (plus often a logarithmic) trend of hundreds to
/// thousands of nstrain (Gladwin et al. 1987; Roeloffs 2010, "Tidal calibration of Plate Boundary Observatory
/// borehole strainmeters", JGR 115). The generator uses
/// </para>
/// <code>
/// d(t) = A·[exp(−t_i/τ) − exp(−(t_i + t)/τ)] + r·t       (t in days since the series start, t_i days since installation)
/// </code>
/// <para>which is zero at the start, so the channel begins at its baseline.</para>
/// </remarks>
internal sealed record Drift(double RelaxationAmplitude, double RelaxationTime, double InstalledDaysBefore, double RatePerDay)
{
    /// <summary>Draws a drift for a strain gauge: ±200..3000 nstrain relaxing over 20..200 days, ±5 nstrain/day.</summary>
    /// <param name="random">The channel's parameter stream.</param>
    /// <param name="scale">Multiplier (the spec's drift scale).</param>
    public static Drift Strain(SeededRandom random, double scale) => new(
        scale * random.Sign() * random.LogUniform(200, 3000),
        random.Uniform(20, 200),
        random.Uniform(10, 200),
        scale * random.Uniform(-5, 5));

    /// <summary>Draws a drift for a tiltmeter: ±0.05..1 µrad relaxing over 20..200 days, ±0.05 µrad/day.</summary>
    /// <param name="random">The channel's parameter stream.</param>
    /// <param name="scale">Multiplier (the spec's drift scale).</param>
    public static Drift Tilt(SeededRandom random, double scale) => new(
        scale * random.Sign() * random.LogUniform(0.05, 1),
        random.Uniform(20, 200),
        random.Uniform(10, 200),
        scale * random.Uniform(-0.05, 0.05));

    /// <summary>A linear trend only.</summary>
    /// <param name="ratePerDay">Channel units per day.</param>
    public static Drift Linear(double ratePerDay) => new(0, 1, 0, ratePerDay);

    /// <summary>Adds the drift to every sample.</summary>
    /// <param name="buffer">Samples to add to.</param>
    /// <param name="axis">The sample grid.</param>
    public void AddTo(Span<double> buffer, TimeAxis axis)
    {
        double dt = axis.StepDays;
        double start = RelaxationAmplitude * Math.Exp(-InstalledDaysBefore / RelaxationTime);
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] += start + (RatePerDay * (i * dt));
        }

        Exponential.AddDecay(buffer, -RelaxationAmplitude, -InstalledDaysBefore / RelaxationTime, dt / RelaxationTime);
    }
}
