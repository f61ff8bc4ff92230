namespace GeoAnomaly.Plugins.Tests.Support.IsolationForest;

/// <summary>ROC AUC as the Mann–Whitney statistic: the chance that a random positive outscores a random negative, ties counting half.</summary>
internal static class RocAuc
{
    /// <summary>AUC of <paramref name="scores"/> against <paramref name="positive"/>, over the samples whose score is not NaN.</summary>
    /// <param name="scores">Scores, higher = more likely positive; NaN samples are skipped.</param>
    /// <param name="positive">Labels.</param>
    public static double Of(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var pairs = Enumerable.Range(0, scores.Count)
            .Where(i => !double.IsNaN(scores[i]))
            .Select(i => (Score: scores[i], Positive: positive[i]))
            .OrderBy(p => p.Score)
            .ToList();
        long positives = pairs.LongCount(p => p.Positive);
        long negatives = pairs.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ArgumentException($"AUC needs both classes; got {positives} positive and {negatives} negative samples");
        }

        double rankSum = 0;
        int at = 0;
        while (at < pairs.Count)
        {
            int end = at;
            while (end + 1 < pairs.Count && pairs[end + 1].Score == pairs[at].Score)
            {
                end++;
            }

            double rank = ((at + end) / 2.0) + 1;
            for (int k = at; k <= end; k++)
            {
                if (pairs[k].Positive)
                {
                    rankSum += rank;
                }
            }

            at = end + 1;
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}
