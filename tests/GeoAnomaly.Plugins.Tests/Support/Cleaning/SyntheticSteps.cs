using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic;

namespace GeoAnomaly.Plugins.Tests.Support.Cleaning;

/// <summary>One labelled step of a synthetic channel and what step removal made of it.</summary>
/// <param name="At">Sample of the labelled step.</param>
/// <param name="Size">Its size (labels closer than a window summed).</param>
/// <param name="Gap">Missing samples just before it.</param>
/// <param name="Estimate">The size reported, NaN when not found.</param>
internal sealed record StepMatch(int At, double Size, int Gap, double Estimate)
{
    public bool Found => !double.IsNaN(Estimate);

    public bool Within(double relative) => Found && Math.Abs(Estimate - Size) <= relative * Math.Abs(Size);
}

/// <summary>Scores step removal against the generator's step labels.</summary>
internal static class SyntheticSteps
{
    /// <summary>The labelled steps of <paramref name="channel"/> as (sample, size); steps less than a window apart are
    /// one step of their summed size (the component cannot split them), and sums that cancel are dropped.</summary>
    public static List<(int At, double Size)> Expected(SyntheticChannel channel, int window)
    {
        var merged = new List<(int At, double Size)>();
        foreach (var label in channel.Labels.Where(l => l.Kind == AnomalyKind.Step).OrderBy(l => l.Start))
        {
            int at = (int)channel.Series.IndexAtOrBefore(label.Start);
            if (merged.Count > 0 && at - merged[^1].At < window)
            {
                merged[^1] = (merged[^1].At, merged[^1].Size + label.Amplitude);
            }
            else
            {
                merged.Add((at, label.Amplitude));
            }
        }

        return merged.Where(m => Math.Abs(m.Size) > 1e-9).ToList();
    }

    /// <summary>Matches each expected step to the first reported step within 2 samples before to a window after it;
    /// <paramref name="unmatched"/> counts the reported steps matched to none.</summary>
    public static List<StepMatch> Match(ReadOnlySpan<double> x, double[] step, List<(int At, double Size)> expected, int window, out int unmatched)
    {
        var used = new HashSet<int>();
        var matches = new List<StepMatch>();
        foreach (var (at, size) in expected)
        {
            int gap = 0;
            while (at - 1 - gap >= 0 && double.IsNaN(x[at - 1 - gap]))
            {
                gap++;
            }

            int hit = Enumerable.Range(at - 2, window + 3).FirstOrDefault(i => i >= 0 && i < step.Length && !double.IsNaN(step[i]) && !used.Contains(i), -1);
            if (hit >= 0)
            {
                used.Add(hit);
            }

            matches.Add(new StepMatch(at, size, gap, hit >= 0 ? step[hit] : double.NaN));
        }

        unmatched = CleaningSignals.Marked(step).Count(i => !used.Contains(i));
        return matches;
    }
}
