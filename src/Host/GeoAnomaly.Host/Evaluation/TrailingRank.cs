namespace GeoAnomaly.Host.Evaluation;

/// <summary>
/// A causal, adaptive calibration: each raw score becomes its rank among the valid raw scores of the <c>window</c>
/// samples before it, a number in 0..1 (1 = above all of them), so "1 in 1,000" keeps meaning that as the series drifts.
/// </summary>
/// <remarks>
/// <para>The rank of <c>x</c> among the <c>m</c> trailing valid scores <c>y</c> is
/// <c>(#{y &lt; x} + #{y = x}/2 + 1/2) / (m + 1)</c>: a new maximum ranks <c>(m + 1/2)/(m + 1)</c>, a new minimum
/// <c>1/(2(m + 1))</c>. With fewer than <c>minHistory</c> trailing scores the sample is NaN (not judged). Unlike the
/// host's fixed calibration (<c>ScoreCalibrator</c>, fitted once on a reference stretch), the map follows the series,
/// which is what a corpus of drifting series (NAB) needs. Cost O(log window) comparisons plus O(window) moves per
/// sample for the sorted list.</para>
/// </remarks>
internal static class TrailingRank
{
    /// <summary>The rank column of <paramref name="raw"/>.</summary>
    /// <param name="raw">Raw scores, NaN where missing.</param>
    /// <param name="window">Trailing samples ranked against, at least 1.</param>
    /// <param name="minHistory">Valid trailing scores needed before a sample is ranked, 1 to <paramref name="window"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">Window or history out of range.</exception>
    public static double[] Apply(ReadOnlySpan<double> raw, int window, int minHistory)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minHistory, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minHistory, window);
        double[] ranks = new double[raw.Length];
        var sorted = new List<double>(Math.Min(window, raw.Length) + 1);
        for (int t = 0; t < raw.Length; t++)
        {
            double x = raw[t];
            if (double.IsNaN(x))
            {
                ranks[t] = double.NaN;
            }
            else if (sorted.Count < minHistory)
            {
                ranks[t] = double.NaN;
            }
            else
            {
                int below = LowerBound(sorted, x);
                int equal = UpperBound(sorted, x) - below;
                ranks[t] = (below + (equal / 2.0) + 0.5) / (sorted.Count + 1);
            }

            if (!double.IsNaN(x))
            {
                sorted.Insert(LowerBound(sorted, x), x);
            }

            int leaving = t - window;
            if (leaving >= 0 && !double.IsNaN(raw[leaving]))
            {
                sorted.RemoveAt(LowerBound(sorted, raw[leaving]));
            }
        }

        return ranks;
    }

    private static int LowerBound(List<double> sorted, double x)
    {
        int lo = 0;
        int hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int UpperBound(List<double> sorted, double x)
    {
        int lo = 0;
        int hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
