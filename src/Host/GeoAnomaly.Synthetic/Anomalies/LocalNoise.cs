namespace GeoAnomaly.Synthetic.Anomalies;

/// <summary>The local noise level σ that anomaly and step sizes are measured in.</summary>
/// <remarks>
/// <para>
/// σ is the standard deviation of the channel's noise component (white + red, plus the external disturbance on
/// geomagnetic channels; tides, daily variation, weather and drift excluded) over the <see cref="HalfWindow"/> either
/// side of the anomaly's centre, about its own mean. That is what a detector sees once tides, Sq and trends have been
/// removed, so "a 6σ spike" means six times the residual scatter around it. When noise is switched off (or smaller
/// than the instrument's nominal white noise), the nominal white-noise level of the channel type is used instead, so
/// anomalies never vanish.
/// </para>
/// </remarks>
internal static class LocalNoise
{
    /// <summary>Half-width of the window σ is measured over.</summary>
    public static readonly TimeSpan HalfWindow = TimeSpan.FromHours(12);

    /// <summary>σ around sample <paramref name="center"/>: max(std of the noise in the window, <paramref name="floor"/>).</summary>
    /// <param name="noise">The channel's noise component.</param>
    /// <param name="center">Index of the anomaly centre.</param>
    /// <param name="halfWindow">Half-width, samples.</param>
    /// <param name="floor">Smallest σ returned (the nominal white noise).</param>
    public static double Sigma(ReadOnlySpan<double> noise, int center, int halfWindow, double floor)
    {
        int from = Math.Max(0, center - halfWindow);
        int to = Math.Min(noise.Length, center + halfWindow);
        if (to - from < 2)
        {
            return floor;
        }

        double mean = 0;
        for (int i = from; i < to; i++)
        {
            mean += noise[i];
        }

        mean /= to - from;
        double sum = 0;
        for (int i = from; i < to; i++)
        {
            double d = noise[i] - mean;
            sum += d * d;
        }

        return Math.Max(Math.Sqrt(sum / (to - from - 1)), floor);
    }
}
