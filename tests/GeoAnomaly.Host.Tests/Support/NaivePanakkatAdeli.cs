namespace GeoAnomaly.Host.Tests.Support;

/// <summary>
/// A naive reference for the Panakkat &amp; Adeli least-squares line and characteristic intervals: the paper's raw-sum
/// formulas with N_i counted by a nested loop, O(n²), to check the fast path against.
/// </summary>
internal static class NaivePanakkatAdeli
{
    /// <summary>b, a and η by the paper's raw sums.</summary>
    public static (double B, double A, double Eta) Line(double[] m)
    {
        int n = m.Length;
        double[] logN = new double[n];
        for (int i = 0; i < n; i++)
        {
            int count = 0;
            for (int j = 0; j < n; j++)
            {
                count += m[j] >= m[i] ? 1 : 0;
            }

            logN[i] = Math.Log10(count);
        }

        double sumM = m.Sum();
        double sumM2 = m.Sum(x => x * x);
        double sumLogN = logN.Sum();
        double sumMLogN = m.Zip(logN, (x, y) => x * y).Sum();
        double b = ((n * sumMLogN) - (sumM * sumLogN)) / ((sumM * sumM) - (n * sumM2));
        double a = (sumLogN + (b * sumM)) / n;
        double eta = Enumerable.Range(0, n).Sum(i => Math.Pow(logN[i] - (a - (b * m[i])), 2)) / (n - 1);
        return (b, a, eta);
    }

    /// <summary>μ and c of the intervals between events with magnitude in [low, high].</summary>
    public static (double Mu, double C) Characteristic(double[] days, double[] m, double low, double high)
    {
        double[] times = [.. days.Where((_, i) => m[i] >= low && m[i] <= high)];
        double[] intervals = [.. times.Skip(1).Select((t, i) => t - times[i])];
        double mu = intervals.Average();
        double sigma = Math.Sqrt(intervals.Sum(d => (d - mu) * (d - mu)) / intervals.Length);
        return (mu, sigma / mu);
    }
}
