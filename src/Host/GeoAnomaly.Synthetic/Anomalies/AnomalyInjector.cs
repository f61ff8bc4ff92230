using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Randomness;
using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Anomalies;

/// <summary>Places anomalies of known start, end, kind and size on a channel, clear of gaps, and labels them.</summary>
/// <remarks>
/// <para>Shapes, with σ the local noise level (<see cref="LocalNoise"/>), k the sample offset from the start and L the length:</para>
/// <list type="table">
/// <listheader><term>kind</term><description>length; size; added signal</description></listheader>
/// <item><term>Spike</term><description>1..5 samples; ±6..12 σ; a·(L − k)/L (sharp rise, linear decay)</description></item>
/// <item><term>LevelShift</term><description>6 h..3 days; ±3..8 σ; a (a box: shift, hold, shift back)</description></item>
/// <item><term>TrendChange</term><description>12 h..4 days; peak ±4..10 σ; linear ramp to a at 50..80 % of L, then linear recovery (two slope changes)</description></item>
/// <item><term>VarianceChange</term><description>2 h..1 day; noise std × 2.5..5; extra N(0, s²) noise, s = σ·√(r² − 1)</description></item>
/// </list>
/// <para>
/// Every anomaly is non-zero on every sample of [start, end) and zero outside it, so "the signal differs from the
/// anomaly-free one exactly inside the label" holds by construction. Placement: for each kind, a Poisson count with
/// mean rate × days; each anomaly tries up to 50 random starts and is dropped if none keeps the window plus a margin
/// on both sides clear of blocked samples (gaps, steps, storms on geomagnetic channels, series ends, and anomalies
/// already placed), so anomalies are at least a margin apart. Labels are written in channel units (see
/// <see cref="InjectedAnomaly.Amplitude"/>). Variance-change deviates below 0.001 in size are redrawn, so that every
/// sample of the window differs from the anomaly-free signal.
/// </para>
/// </remarks>
internal static class AnomalyInjector
{
    private const int Attempts = 50;
    private static readonly AnomalyKind[] s_kinds = [AnomalyKind.Spike, AnomalyKind.LevelShift, AnomalyKind.TrendChange, AnomalyKind.VarianceChange];

    /// <summary>Adds anomalies to <paramref name="values"/> and returns their labels in time order.</summary>
    /// <param name="values">The channel's samples (without gaps applied yet).</param>
    /// <param name="noise">The channel's noise component, for σ.</param>
    /// <param name="blocked">Samples no anomaly window or margin may touch; placed anomalies are added to it.</param>
    /// <param name="sigmaFloor">Nominal white noise of the channel (smallest σ).</param>
    /// <param name="rates">Anomalies per channel-day by kind.</param>
    /// <param name="margin">Clear samples kept on both sides.</param>
    /// <param name="axis">The sample grid.</param>
    /// <param name="channel">Channel identity for the labels.</param>
    /// <param name="random">The channel's anomaly stream.</param>
    public static List<InjectedAnomaly> Inject(
        Span<double> values,
        ReadOnlySpan<double> noise,
        Span<bool> blocked,
        double sigmaFloor,
        AnomalyRates rates,
        int margin,
        TimeAxis axis,
        ChannelId channel,
        SeededRandom random)
    {
        var labels = new List<InjectedAnomaly>();
        int halfWindow = axis.Samples(LocalNoise.HalfWindow);
        foreach (var kind in s_kinds)
        {
            int count = random.Poisson(rates.For(kind) * axis.Days);
            for (int k = 0; k < count; k++)
            {
                int length = Length(kind, axis, random);
                double sign = random.Sign();
                double size = Size(kind, random);
                double shapeParameter = random.Uniform(0.5, 0.8);
                int start = Place(blocked, length, margin, random);
                if (start < 0)
                {
                    continue;
                }

                double sigma = LocalNoise.Sigma(noise, start + (length / 2), halfWindow, sigmaFloor);
                double amplitude = Add(values.Slice(start, length), kind, sign, size, sigma, shapeParameter, random);
                blocked.Slice(start, length).Fill(true);
                labels.Add(new InjectedAnomaly(channel, axis.TimeAt(start), axis.TimeAt(start + length), kind, amplitude));
            }
        }

        labels.Sort((a, b) => a.Start.CompareTo(b.Start));
        return labels;
    }

    /// <summary>Adds one anomaly of given kind, window and size (in σ) to <paramref name="values"/> and returns its label.</summary>
    /// <param name="values">The channel's samples.</param>
    /// <param name="noise">The channel's noise component, for σ.</param>
    /// <param name="start">First sample of the window.</param>
    /// <param name="length">Samples in the window, at least 1 (2 for a trend change).</param>
    /// <param name="kind">Spike, level shift, trend change or variance change.</param>
    /// <param name="size">Size in σ (variance change: noise std ratio, above 1).</param>
    /// <param name="sigmaFloor">Nominal white noise of the channel (smallest σ).</param>
    /// <param name="axis">The sample grid.</param>
    /// <param name="channel">Channel identity for the label.</param>
    /// <param name="random">Draws the sign, the trend change's peak position and variance-change noise.</param>
    /// <remarks>Same shapes as the random anomalies (see the class remarks), over the given window; nothing is blocked or checked for gaps.</remarks>
    public static InjectedAnomaly InjectAt(
        Span<double> values,
        ReadOnlySpan<double> noise,
        int start,
        int length,
        AnomalyKind kind,
        double size,
        double sigmaFloor,
        TimeAxis axis,
        ChannelId channel,
        SeededRandom random)
    {
        double sign = random.Sign();
        double shapeParameter = random.Uniform(0.5, 0.8);
        double sigma = LocalNoise.Sigma(noise, start + (length / 2), axis.Samples(LocalNoise.HalfWindow), sigmaFloor);
        double amplitude = Add(values.Slice(start, length), kind, sign, size, sigma, shapeParameter, random);
        return new InjectedAnomaly(channel, axis.TimeAt(start), axis.TimeAt(start + length), kind, amplitude);
    }

    private static int Length(AnomalyKind kind, TimeAxis axis, SeededRandom random) => kind switch
    {
        AnomalyKind.Spike => 1 + random.Next(5),
        AnomalyKind.LevelShift => axis.Samples(TimeSpan.FromHours(random.Uniform(6, 72))),
        AnomalyKind.TrendChange => axis.Samples(TimeSpan.FromHours(random.Uniform(12, 96))),
        _ => axis.Samples(TimeSpan.FromHours(random.Uniform(2, 24))),
    };

    private static double Size(AnomalyKind kind, SeededRandom random) => kind switch
    {
        AnomalyKind.Spike => random.Uniform(6, 12),
        AnomalyKind.LevelShift => random.Uniform(3, 8),
        AnomalyKind.TrendChange => random.Uniform(4, 10),
        _ => random.Uniform(2.5, 5),
    };

    private static int Place(ReadOnlySpan<bool> blocked, int length, int margin, SeededRandom random)
    {
        int n = blocked.Length;
        int room = n - length - (2 * margin);
        for (int attempt = 0; attempt < Attempts && room > 0; attempt++)
        {
            int start = margin + random.Next(room);
            if (!blocked.Slice(start - margin, length + (2 * margin)).Contains(true))
            {
                return start;
            }
        }

        return -1;
    }

    private static double Add(Span<double> window, AnomalyKind kind, double sign, double size, double sigma, double shapeParameter, SeededRandom random)
    {
        int length = window.Length;
        double a = sign * size * sigma;
        switch (kind)
        {
            case AnomalyKind.Spike:
                for (int k = 0; k < length; k++)
                {
                    window[k] += a * (length - k) / length;
                }

                return a;
            case AnomalyKind.LevelShift:
                for (int k = 0; k < length; k++)
                {
                    window[k] += a;
                }

                return a;
            case AnomalyKind.TrendChange:
                int peak = Math.Clamp((int)Math.Round(length * shapeParameter), 1, length - 1);
                for (int k = 0; k < length; k++)
                {
                    window[k] += k < peak ? a * (k + 1) / peak : a * (length - k) / (length - peak);
                }

                return a;
            default:
                double s = sigma * Math.Sqrt((size * size) - 1);
                for (int k = 0; k < length; k++)
                {
                    double z;
                    do
                    {
                        z = random.Normal();
                    }
                    while (Math.Abs(z) < 1e-3);

                    window[k] += s * z;
                }

                return s;
        }
    }
}
