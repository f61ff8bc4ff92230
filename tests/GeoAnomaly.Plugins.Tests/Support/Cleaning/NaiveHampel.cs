namespace GeoAnomaly.Plugins.Tests.Support.Cleaning;

/// <summary>The Hampel filter written from its definition: per sample, sort the window's valid values, read the median,
/// sort the absolute deviations, read the MAD (O(n k log k)); the reference for the sorted-window implementation.</summary>
internal static class NaiveHampel
{
    /// <summary>Cleaned values and the removed column, with the window [i - before, i + after] cut at the ends.</summary>
    public static (double[] Value, double[] Removed) Run(double[] x, int halfWidth, double nSigma, double minDeviation, bool centred)
    {
        int before = centred ? halfWidth : 2 * halfWidth;
        int after = centred ? halfWidth : 0;
        double[] value = new double[x.Length];
        double[] removed = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            value[i] = x[i];
            removed[i] = double.NaN;
            var window = new List<double>();
            for (int j = Math.Max(0, i - before); j <= Math.Min(x.Length - 1, i + after); j++)
            {
                if (!double.IsNaN(x[j]))
                {
                    window.Add(x[j]);
                }
            }

            if (double.IsNaN(x[i]) || window.Count < halfWidth + 1)
            {
                continue;
            }

            double median = Median(window);
            double mad = Median(window.Select(v => Math.Abs(v - median)).ToList());
            double threshold = Math.Max(nSigma * 1.4826 * mad, minDeviation);
            if (threshold > 0 && Math.Abs(x[i] - median) > threshold)
            {
                value[i] = median;
                removed[i] = x[i];
            }
        }

        return (value, removed);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        int n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}
