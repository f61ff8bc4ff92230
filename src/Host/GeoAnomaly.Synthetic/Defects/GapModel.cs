using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Defects;

/// <summary>Marks missing samples: runs of log-normal length at random places until a target fraction is missing.</summary>
/// <remarks>
/// <para>
/// Real minute data loses samples in runs: a few minutes for a logger hiccup, hours for a telemetry outage. Run lengths
/// are log-normal, L = median·exp(spread·z), z ~ N(0, 1), cut to 1 sample .. the spec's longest gap; starts are uniform.
/// Runs are added until exactly round(fraction × n) samples are marked (the last run is cut short), so the missing
/// fraction of a channel is the configured one, not just on average. Overlapping runs merge.
/// </para>
/// <para>
/// Two layers use this: station outages (all channels of a station at once, a share of the fraction) and channel gaps
/// (the rest); their union is what a channel loses, which is the configured fraction less their small overlap.
/// </para>
/// </remarks>
internal static class GapModel
{
    /// <summary>Marks runs in <paramref name="mask"/> (true = missing) until <paramref name="fraction"/> of it is newly marked.</summary>
    /// <param name="mask">One flag per sample; already-true flags are kept and not counted.</param>
    /// <param name="fraction">Fraction of samples to mark, 0..1.</param>
    /// <param name="medianSamples">Median run length, samples.</param>
    /// <param name="spread">Standard deviation of ln(run length).</param>
    /// <param name="maxSamples">Longest run, samples.</param>
    /// <param name="random">The gap stream.</param>
    public static void Mark(Span<bool> mask, double fraction, double medianSamples, double spread, int maxSamples, SeededRandom random)
    {
        int n = mask.Length;
        int target = (int)Math.Round(fraction * n);
        if (target <= 0 || n == 0)
        {
            return;
        }

        int longest = Math.Clamp(maxSamples, 1, n);
        int marked = 0;
        for (int attempt = 0; marked < target && attempt < 100_000; attempt++)
        {
            int length = (int)Math.Clamp(Math.Round(random.LogNormal(medianSamples, spread)), 1, longest);
            int start = random.Next(n - length + 1);
            for (int i = start; i < start + length && marked < target; i++)
            {
                if (!mask[i])
                {
                    mask[i] = true;
                    marked++;
                }
            }
        }
    }

    /// <summary>The runs of true flags as [start, end) index pairs, in order.</summary>
    /// <param name="mask">One flag per sample.</param>
    public static List<(int Start, int End)> Runs(ReadOnlySpan<bool> mask)
    {
        var runs = new List<(int, int)>();
        int i = 0;
        while (i < mask.Length)
        {
            if (!mask[i])
            {
                i++;
                continue;
            }

            int start = i;
            while (i < mask.Length && mask[i])
            {
                i++;
            }

            runs.Add((start, i));
        }

        return runs;
    }
}
