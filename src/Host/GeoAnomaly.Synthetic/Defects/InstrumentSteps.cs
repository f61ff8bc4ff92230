using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Defects;

/// <summary>Instrument offsets on deformation and fluid channels: resets, maintenance, sensor swaps.</summary>
/// <remarks>
/// <para>
/// The count is Poisson with mean rate × days. Half of the steps (when the channel has gaps) come right after a gap,
/// as offsets in real records usually do (the logger restarts, a technician visits); the others fall at a uniform
/// random sample. The offset is ±10..40 σ, σ being the channel's local noise level (as for anomalies), and lasts to the
/// end of the series. Each step is labelled with kind Step, its window being the first shifted sample.
/// </para>
/// </remarks>
internal static class InstrumentSteps
{
    /// <summary>Draws the steps: sample index where the offset begins, and its size in σ (signed).</summary>
    /// <param name="random">The channel's step stream.</param>
    /// <param name="gaps">Missing samples (a step is never placed on one).</param>
    /// <param name="expected">Expected number of steps.</param>
    public static List<(int Index, double Sigmas)> Draw(SeededRandom random, ReadOnlySpan<bool> gaps, double expected)
    {
        int n = gaps.Length;
        int count = random.Poisson(expected);
        var runs = GapModel.Runs(gaps);
        var steps = new List<(int, double)>(count);
        for (int k = 0; k < count; k++)
        {
            bool afterGap = random.Chance(0.5);
            int pick = random.Next(Math.Max(1, runs.Count));
            int index = 1 + random.Next(n - 1);
            double sigmas = random.Sign() * random.Uniform(10, 40);
            if (afterGap && runs.Count > 0 && runs[pick].End < n)
            {
                index = runs[pick].End;
            }

            while (index < n && gaps[index])
            {
                index++;
            }

            if (index < n && index > 0)
            {
                steps.Add((index, sigmas));
            }
        }

        steps.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return steps;
    }
}
