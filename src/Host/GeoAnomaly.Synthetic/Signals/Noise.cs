using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Signals;

/// <summary>White and red (first-order autoregressive) Gaussian noise.</summary>
/// <remarks>
/// <para>Red noise is the AR(1) process</para>
/// <code>
/// x_0 ~ N(0, σ²),   x_i = φ·x_{i−1} + σ·√(1 − φ²)·z_i,   φ = exp(−Δt / T),   z_i ~ N(0, 1)
/// </code>
/// <para>
/// which is stationary with standard deviation σ and autocorrelation exp(−lag / T): a random walk over times
/// shorter than T (the wandering of borehole and magnetometer baselines) that never runs away over long spans.
/// Its spectrum is flat below 1/(2πT) and falls as 1/f² above.
/// </para>
/// </remarks>
internal static class Noise
{
    /// <summary>Adds independent N(0, <paramref name="sigma"/>²) samples.</summary>
    /// <param name="buffer">Samples to add to.</param>
    /// <param name="sigma">Standard deviation; nothing is drawn when zero.</param>
    /// <param name="random">Source of deviates.</param>
    public static void AddWhite(Span<double> buffer, double sigma, SeededRandom random)
    {
        if (sigma <= 0)
        {
            return;
        }

        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] += sigma * random.Normal();
        }
    }

    /// <summary>Adds AR(1) noise of stationary standard deviation <paramref name="sigma"/> and correlation time <paramref name="time"/>.</summary>
    /// <param name="buffer">Samples to add to.</param>
    /// <param name="sigma">Stationary standard deviation; nothing is drawn when zero.</param>
    /// <param name="time">Correlation time T.</param>
    /// <param name="step">Sampling interval Δt.</param>
    /// <param name="random">Source of deviates.</param>
    public static void AddRed(Span<double> buffer, double sigma, TimeSpan time, TimeSpan step, SeededRandom random)
    {
        if (sigma <= 0 || buffer.Length == 0)
        {
            return;
        }

        double phi = Math.Exp(-step / time);
        double innovation = sigma * Math.Sqrt(1 - (phi * phi));
        double x = sigma * random.Normal();
        buffer[0] += x;
        for (int i = 1; i < buffer.Length; i++)
        {
            x = (phi * x) + (innovation * random.Normal());
            buffer[i] += x;
        }
    }
}
