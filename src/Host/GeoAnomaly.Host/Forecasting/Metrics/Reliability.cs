namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>One bin of a reliability diagram.</summary>
/// <param name="MeanForecast">Mean forecast probability of the bin's rows.</param>
/// <param name="ObservedFrequency">Fraction of the bin's rows that hold a target event.</param>
/// <param name="Count">Rows in the bin.</param>
/// <param name="Lower">Smallest forecast in the bin.</param>
/// <param name="Upper">Largest forecast in the bin.</param>
internal readonly record struct ReliabilityBin(double MeanForecast, double ObservedFrequency, int Count, double Lower, double Upper);

/// <summary>The reliability (attributes) diagram of a probability forecast: observed event frequency against mean
/// forecast probability, per bin of the forecast.</summary>
/// <remarks>
/// <para>Bins are <b>quantile</b> bins: the rows sorted by forecast are cut into bins of (about) equal row count, not
/// into equal-width probability intervals. For rare events most forecasts sit near 0, so equal-width bins would leave
/// one crowded bin and many nearly empty ones; equal-count bins give every point the same sampling error
/// (Bröcker &amp; Smith 2007, "Increasing the reliability of reliability diagrams", Wea. Forecasting 22, 651–661).</para>
/// <para>Ties stay together: a bin is extended past its nominal end to the last row tied with its end, so rows with one
/// forecast value are never split across bins, and a forecast with few distinct values has fewer bins. A perfectly
/// reliable forecast lies on the diagonal. O(n log n).</para>
/// </remarks>
internal static class Reliability
{
    /// <summary>Default number of bins: 10.</summary>
    public const int DefaultBins = 10;

    /// <summary>The bins, in order of increasing forecast; empty when there are no rows.</summary>
    /// <param name="probabilities">Per-row event probabilities in [0, 1].</param>
    /// <param name="labels">Per-row truth.</param>
    /// <param name="bins">Nominal number of quantile bins, &gt; 0.</param>
    /// <exception cref="ArgumentException">Lengths differ, or a value is not a probability.</exception>
    public static IReadOnlyList<ReliabilityBin> Bins(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels, int bins = DefaultBins)
    {
        MetricInputs.Check(probabilities, labels, nameof(probabilities));
        MetricInputs.CheckProbabilities(probabilities, nameof(probabilities));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bins);
        int n = probabilities.Length;
        double[] values = probabilities.ToArray();
        int[] order = [.. Enumerable.Range(0, n).OrderBy(i => values[i])];
        var result = new List<ReliabilityBin>();
        int start = 0;
        for (int b = 1; b <= bins && start < n; b++)
        {
            int end = Math.Max(start + 1, (int)((long)n * b / bins));
            while (end < n && values[order[end]] == values[order[end - 1]])
            {
                end++;
            }

            double sum = 0;
            int events = 0;
            for (int k = start; k < end; k++)
            {
                sum += values[order[k]];
                events += labels[order[k]] ? 1 : 0;
            }

            int count = end - start;
            result.Add(new ReliabilityBin(sum / count, (double)events / count, count, values[order[start]], values[order[end - 1]]));
            start = end;
        }

        return result;
    }
}
