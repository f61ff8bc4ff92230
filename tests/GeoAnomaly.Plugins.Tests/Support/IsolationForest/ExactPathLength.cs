namespace GeoAnomaly.Plugins.Tests.Support.IsolationForest;

/// <summary>The expected depth at which a random isolation tree separates one of n points, computed two exact ways.</summary>
internal static class ExactPathLength
{
    /// <summary>
    /// By recursion on the tree: a random cut of n distinct points leaves i on the left with i uniform in 1..n-1 (the
    /// rank of the cut, as a random BST key), so E(n) = 1 + Σ_i [(i/n) E(i) + ((n-i)/n) E(n-i)] / (n-1), E(1) = 0.
    /// </summary>
    /// <param name="maxN">Largest n.</param>
    /// <returns>E(0..maxN), E(0) = 0.</returns>
    public static double[] ByRecursion(int maxN)
    {
        double[] e = new double[maxN + 1];
        for (int n = 2; n <= maxN; n++)
        {
            double sum = 0;
            for (int i = 1; i < n; i++)
            {
                sum += ((double)i / n * e[i]) + ((double)(n - i) / n * e[n - i]);
            }

            e[n] = 1 + (sum / (n - 1));
        }

        return e;
    }

    /// <summary>The closed form with exact harmonic numbers: 2 H(n-1) - 2 (n-1)/n, 0 for n ≤ 1.</summary>
    /// <param name="n">Number of points.</param>
    public static double ClosedForm(int n)
    {
        if (n <= 1)
        {
            return 0;
        }

        double harmonic = 0;
        for (int i = 1; i < n; i++)
        {
            harmonic += 1.0 / i;
        }

        return (2 * harmonic) - (2.0 * (n - 1) / n);
    }
}
