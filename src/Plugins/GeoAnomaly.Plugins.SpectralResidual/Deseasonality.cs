namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>Removes a cycle of fixed period from a batch: each sample minus the mean or median of the batch's samples at
/// the same phase (ML.NET's <c>MeanDeseasonality</c> and <c>MedianDeseasonality</c>).</summary>
/// <remarks>Phases count from the first sample of the batch, as in ML.NET. Only valid samples estimate the cycle; a phase
/// with none uses its filled values.</remarks>
internal static class Deseasonality
{
    /// <summary>Computes the cycle and the residual.</summary>
    /// <param name="values">The batch, gaps filled.</param>
    /// <param name="valid">Which samples were observed (not filled).</param>
    /// <param name="period">Samples per cycle, at least 1.</param>
    /// <param name="mode">Mean or median.</param>
    /// <param name="residual">Receives <c>values - cycle</c>.</param>
    public static void Remove(ReadOnlySpan<double> values, ReadOnlySpan<bool> valid, int period, SpectralResidualDeseasonalityMode mode, Span<double> residual)
    {
        int n = values.Length;
        double[] cycle = new double[Math.Min(period, n)];
        var phase = new List<double>((n / period) + 1);
        for (int p = 0; p < cycle.Length; p++)
        {
            phase.Clear();
            for (int i = p; i < n; i += period)
            {
                if (valid[i])
                {
                    phase.Add(values[i]);
                }
            }

            if (phase.Count == 0)
            {
                for (int i = p; i < n; i += period)
                {
                    phase.Add(values[i]);
                }
            }

            cycle[p] = mode == SpectralResidualDeseasonalityMode.Mean ? phase.Average() : UpperMedian(phase);
        }

        for (int i = 0; i < n; i++)
        {
            residual[i] = values[i] - cycle[i % period];
        }
    }

    /// <summary>The element of rank <c>count / 2</c> (0-based) in sorted order: the median for an odd count, the upper
    /// of the two middle values for an even count (ML.NET's <c>QuickMedian</c>).</summary>
    private static double UpperMedian(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
