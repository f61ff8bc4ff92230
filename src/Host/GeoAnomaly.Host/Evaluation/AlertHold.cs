namespace GeoAnomaly.Host.Evaluation;

/// <summary>
/// Turns a score column into an alert column: a sample keeps its score only when the score beats every score of the
/// <c>rows</c> samples before it, and is 0 otherwise, so a run of high scores raises one alert (at its first sample, and
/// again only if it climbs higher) instead of one per sample.
/// </summary>
/// <remarks>
/// <para>For any threshold <c>u</c>, the samples at or above <c>u</c> in the alert column are those at or above <c>u</c> in
/// the scores that are new highs of their trailing window: the first sample of each excursion over <c>u</c> when
/// excursions are more than <c>rows</c> apart. It is causal (sample <c>t</c> depends on samples <c>t - rows .. t</c>),
/// so streaming gives the same column. NAB counts every detected row outside a window as a false positive and only the
/// first detection inside a window as a true positive, so the alerts are what an analyst's pager would receive and what
/// NAB should score. NaN scores count as missing: they never alert and never hold others back.</para>
/// <para>O(n) with a monotone deque of the trailing window's maxima.</para>
/// </remarks>
internal static class AlertHold
{
    /// <summary>The alert column of <paramref name="scores"/>.</summary>
    /// <param name="scores">Scores, NaN where missing.</param>
    /// <param name="rows">Samples a new alert must beat; 0 returns a copy with NaN as 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is negative.</exception>
    public static double[] Apply(ReadOnlySpan<double> scores, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        double[] alerts = new double[scores.Length];
        var window = new int[Math.Max(1, scores.Length)];
        int head = 0;
        int tail = 0; // window[head..tail) holds indices of decreasing scores within the last `rows` samples
        for (int t = 0; t < scores.Length; t++)
        {
            while (head < tail && window[head] < t - rows)
            {
                head++;
            }

            double s = scores[t];
            if (double.IsNaN(s))
            {
                continue;
            }

            bool newHigh = head == tail || s > scores[window[head]];
            alerts[t] = newHigh ? s : 0;
            if (rows == 0)
            {
                continue;
            }

            while (head < tail && scores[window[tail - 1]] <= s)
            {
                tail--;
            }

            window[tail++] = t;
        }

        return alerts;
    }
}
