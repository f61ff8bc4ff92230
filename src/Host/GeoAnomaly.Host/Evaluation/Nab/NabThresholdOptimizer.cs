namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>The corpus score at one threshold: a row of NAB's threshold sweep (<c>sweeper.py</c> <c>ThresholdScore</c>).</summary>
/// <param name="Threshold">Rows with an anomaly score of at least this are detections; <see cref="NabRules.NoDetectionThreshold"/> detects none.</param>
/// <param name="Score">The raw NAB score summed over the files.</param>
/// <param name="TruePositives">Detected rows inside windows.</param>
/// <param name="TrueNegatives">Rows neither detected nor inside a window.</param>
/// <param name="FalsePositives">Detected rows outside windows.</param>
/// <param name="FalseNegatives">Rows inside windows not detected.</param>
internal sealed record NabThresholdScore(double Threshold, double Score, int TruePositives, int TrueNegatives, int FalsePositives, int FalseNegatives);

/// <summary>
/// NAB's per-profile threshold optimisation: one threshold for the whole corpus, the one with the highest summed score
/// (<c>optimizer.py</c> <c>optimizeThreshold</c> over <c>sweeper.py</c> <c>Sweeper.calcScoreByThreshold</c>).
/// </summary>
/// <remarks>
/// The scored rows of every file are pooled and taken from the highest anomaly score down; after each distinct score
/// the corpus score is what it would be with that score as the threshold. The first point is "detect nothing"
/// (threshold 1.1: every window scores <c>-A_FN</c>). The best point is the highest score; among equal scores the
/// highest threshold wins, as NAB's stable sort keeps the first. NAB's published thresholds were found by an earlier
/// hill climb (<c>optimizer.py</c> <c>twiddle</c>, replaced by the sweep in 2019); the sweep finds the exact optimum.
/// </remarks>
internal static class NabThresholdOptimizer
{
    /// <summary>The corpus score at every distinct anomaly score, from "detect nothing" down to "detect every row".</summary>
    /// <param name="files">The files' sweeps, all under the same profile.</param>
    /// <exception cref="ArgumentException">The sweeps are under different profiles.</exception>
    public static IReadOnlyList<NabThresholdScore> Curve(IReadOnlyList<NabFileSweep> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var profile = CheckProfile(files);
        int total = files.Sum(f => f.Scores.Length);
        double[] keys = new double[total];
        int[] rows = new int[total];
        double[] worth = new double[total];
        int[] window = new int[total];
        int windows = 0;
        int at = 0;
        int inside = 0;
        foreach (var f in files)
        {
            for (int j = 0; j < f.Scores.Length; j++, at++)
            {
                keys[at] = -f.Scores[j];
                rows[at] = at;
                worth[at] = f.Worth[j];
                window[at] = f.Window[j] < 0 ? -1 : windows + f.Window[j];
                inside += f.Window[j] < 0 ? 0 : 1;
            }

            windows += f.ScoredWindows;
        }

        Array.Sort(keys, rows);
        double fnWeight = profile?.FalseNegativeWeight ?? 0;
        double[] best = new double[windows];
        Array.Fill(best, -fnWeight);
        double windowPart = -fnWeight * windows;
        double falsePositivePart = 0;
        int tp = 0;
        int fp = 0;
        var curve = new List<NabThresholdScore> { new(NabRules.NoDetectionThreshold, windowPart, 0, total - inside, 0, inside) };
        for (int i = 0; i < total;)
        {
            double score = -keys[i];
            for (; i < total && -keys[i] == score; i++)
            {
                int r = rows[i];
                int k = window[r];
                if (k < 0)
                {
                    fp++;
                    falsePositivePart += worth[r];
                }
                else
                {
                    tp++;
                    if (worth[r] > best[k])
                    {
                        windowPart += worth[r] - best[k];
                        best[k] = worth[r];
                    }
                }
            }

            curve.Add(new NabThresholdScore(score, windowPart + falsePositivePart, tp, total - inside - fp, fp, inside - tp));
        }

        return curve;
    }

    /// <summary>The threshold with the highest corpus score (the highest such threshold on a tie).</summary>
    /// <param name="files">The files' sweeps, all under the same profile.</param>
    public static NabThresholdScore Optimize(IReadOnlyList<NabFileSweep> files)
    {
        var curve = Curve(files);
        var best = curve[0];
        foreach (var point in curve)
        {
            if (point.Score > best.Score)
            {
                best = point;
            }
        }

        return best;
    }

    private static NabProfile? CheckProfile(IReadOnlyList<NabFileSweep> files)
    {
        var profile = files.Count > 0 ? files[0].Profile : null;
        if (files.Any(f => f.Profile != profile))
        {
            throw new ArgumentException("every file must be swept under the same profile", nameof(files));
        }

        return profile;
    }
}
