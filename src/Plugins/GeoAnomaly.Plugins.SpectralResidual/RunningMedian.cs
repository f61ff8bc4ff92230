namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>A centred running median that shrinks at the ends of the series.</summary>
internal static class RunningMedian
{
    /// <summary>
    /// <c>result[i]</c> = median of <c>values[max(0, i - halfWidth) .. min(n - 1, i + halfWidth)]</c> (the mean of the
    /// middle two for an even count). A series shorter than the full window (<c>2 * halfWidth + 1</c>) is copied
    /// unfiltered, as ML.NET does.
    /// </summary>
    /// <param name="values">The series, without NaN.</param>
    /// <param name="halfWidth">Samples either side.</param>
    /// <param name="result">Receives the medians; as long as <paramref name="values"/>, not overlapping it.</param>
    public static void Centred(ReadOnlySpan<double> values, int halfWidth, Span<double> result)
    {
        int n = values.Length;
        if (n < (2 * halfWidth) + 1)
        {
            values.CopyTo(result);
            return;
        }

        // the window, kept sorted; insert and remove by binary search and a block move
        double[] sorted = new double[(2 * halfWidth) + 1];
        int count = 0;
        for (int j = 0; j < halfWidth; j++)
        {
            Insert(sorted, ref count, values[j]);
        }

        for (int i = 0; i < n; i++)
        {
            if (i - halfWidth - 1 >= 0)
            {
                Remove(sorted, ref count, values[i - halfWidth - 1]);
            }

            if (i + halfWidth < n)
            {
                Insert(sorted, ref count, values[i + halfWidth]);
            }

            result[i] = count % 2 == 1 ? sorted[count / 2] : (sorted[(count / 2) - 1] + sorted[count / 2]) / 2;
        }
    }

    private static void Insert(double[] sorted, ref int count, double value)
    {
        int at = Array.BinarySearch(sorted, 0, count, value);
        at = at < 0 ? ~at : at;
        Array.Copy(sorted, at, sorted, at + 1, count - at);
        sorted[at] = value;
        count++;
    }

    private static void Remove(double[] sorted, ref int count, double value)
    {
        int at = Array.BinarySearch(sorted, 0, count, value);
        Array.Copy(sorted, at + 1, sorted, at, count - at - 1);
        count--;
    }
}
