namespace GeoAnomaly.Plugins.Cleaning.Numerics;

/// <summary>Order statistics by selection (Hoare's quickselect with a median-of-three pivot): medians and MAD scales.</summary>
/// <remarks>
/// Every method reorders the span it is given and expects no NaN in it. Results are exact order statistics, so they do
/// not depend on the algorithm's path; the cost is O(n) on average.
/// </remarks>
internal static class Selection
{
    /// <summary>1/Φ⁻¹(3/4): the factor that makes the median absolute deviation a consistent estimate of a normal σ.</summary>
    public const double MadToSigma = 1.4826;

    /// <summary>The <paramref name="rank"/>-th smallest value (0-based); afterwards every value before it is no larger
    /// and every value after it no smaller.</summary>
    /// <param name="values">Values, reordered in place.</param>
    /// <param name="rank">0 to <c>values.Length - 1</c>.</param>
    public static double Select(Span<double> values, int rank)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rank);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rank, values.Length);
        int lo = 0;
        int hi = values.Length - 1;
        while (hi > lo)
        {
            int mid = lo + ((hi - lo) / 2);
            Order(values, lo, mid);
            Order(values, lo, hi);
            Order(values, mid, hi);
            double pivot = values[mid];
            int i = lo;
            int j = hi;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (rank <= j)
            {
                hi = j;
            }
            else if (rank >= i)
            {
                lo = i;
            }
            else
            {
                break;
            }
        }

        return values[rank];
    }

    /// <summary>The median (mean of the two middle values for an even count); NaN when empty.</summary>
    /// <param name="values">Values, reordered in place.</param>
    public static double Median(Span<double> values)
    {
        int n = values.Length;
        if (n == 0)
        {
            return double.NaN;
        }

        int middle = n / 2;
        double upper = Select(values, middle);
        if ((n & 1) == 1)
        {
            return upper;
        }

        double lower = values[0];
        for (int i = 1; i < middle; i++)
        {
            lower = Math.Max(lower, values[i]);
        }

        return lower + (0.5 * (upper - lower));
    }

    /// <summary>1.4826 × the median of |x - <paramref name="center"/>|: a robust standard deviation. NaN when empty.</summary>
    /// <param name="values">Values, overwritten with their absolute deviations and reordered.</param>
    /// <param name="center">Usually the median of the values.</param>
    public static double MadScale(Span<double> values, double center)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Math.Abs(values[i] - center);
        }

        return MadToSigma * Median(values);
    }

    private static void Order(Span<double> values, int a, int b)
    {
        if (values[b] < values[a])
        {
            (values[a], values[b]) = (values[b], values[a]);
        }
    }
}
