using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Signals;

/// <summary>Groundwater recharge seen in a well: a slow trend plus rain-driven rises that recede over days to weeks.</summary>
/// <remarks>
/// <para>
/// Events arrive as a Poisson process (0.05 per day, from 30 days before the start so recessions can be under way).
/// Each raises the level by A = 0.02..0.2 m over a rise time T_r = 6..48 h and then recedes exponentially with
/// τ = 5..30 days (a linear-reservoir recession):
/// </para>
/// <code>
/// r(t) = A·(t − t_e)/T_r for t_e ≤ t &lt; t_e + T_r,   r(t) = A·exp(−(t − t_e − T_r)/τ) afterwards
/// </code>
/// <para>plus a linear trend of ±5 mm/day. Everything is multiplied by the spec's drift scale. Recharge is not labelled:
/// it is environmental, like weather, and detectors must cope with it.</para>
/// </remarks>
internal static class Recharge
{
    private const double EventsPerDay = 0.05;
    private const double LeadDays = 30;

    /// <summary>Adds trend and recharge events to the water level, m.</summary>
    /// <param name="buffer">Samples to add to.</param>
    /// <param name="axis">The sample grid.</param>
    /// <param name="random">The station's recharge stream.</param>
    /// <param name="scale">Multiplier (the spec's drift scale); nothing is added when zero.</param>
    public static void AddTo(Span<double> buffer, TimeAxis axis, SeededRandom random, double scale)
    {
        double rate = random.Uniform(-0.005, 0.005);
        int count = random.Poisson(EventsPerDay * (axis.Days + LeadDays));
        if (scale == 0)
        {
            return;
        }

        Drift.Linear(scale * rate).AddTo(buffer, axis);
        double dt = axis.StepDays;
        for (int k = 0; k < count; k++)
        {
            double onset = random.Uniform(-LeadDays, axis.Days);
            double amplitude = scale * random.Uniform(0.02, 0.2);
            double rise = random.Uniform(6, 48) / 24.0;
            double tau = random.Uniform(5, 30);
            int first = Math.Max(0, (int)Math.Ceiling(onset / dt));
            int peak = Math.Clamp((int)Math.Ceiling((onset + rise) / dt), first, buffer.Length);
            for (int i = first; i < peak; i++)
            {
                buffer[i] += amplitude * ((i * dt) - onset) / rise;
            }

            // amplitude·exp(−(t_i − onset − rise)/τ) from the peak on, t_i = i·dt
            Exponential.AddDecay(buffer[peak..], amplitude, -((peak * dt) - onset - rise) / tau, dt / tau);
        }
    }
}
