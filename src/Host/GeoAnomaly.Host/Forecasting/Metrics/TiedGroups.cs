namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>
/// Rows ordered by score from the highest down, cut into groups of equal score: the order in which lowering a
/// threshold alarms the rows (alarm when score ≥ threshold, so tied rows are alarmed together).
/// </summary>
internal static class TiedGroups
{
    /// <summary>Row indices sorted by descending score (stable: equal scores keep row order).</summary>
    /// <param name="scores">Per-row scores, no NaN.</param>
    public static int[] Descending(ReadOnlySpan<double> scores)
    {
        var order = new int[scores.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = new double[scores.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = -scores[i];
        }

        // Array.Sort is unstable; ties are broken by row index so the order is deterministic.
        Array.Sort(order, (x, y) =>
        {
            int c = keys[x].CompareTo(keys[y]);
            return c != 0 ? c : x.CompareTo(y);
        });
        return order;
    }

    /// <summary>
    /// The end (exclusive) of the tie group that starts at <paramref name="start"/> in <paramref name="order"/>.
    /// </summary>
    /// <param name="scores">Per-row scores.</param>
    /// <param name="order">Row indices in descending score order.</param>
    /// <param name="start">First position of the group.</param>
    public static int GroupEnd(ReadOnlySpan<double> scores, int[] order, int start)
    {
        double value = scores[order[start]];
        int end = start + 1;
        while (end < order.Length && scores[order[end]] == value)
        {
            end++;
        }

        return end;
    }
}
