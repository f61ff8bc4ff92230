namespace GeoAnomaly.Host.Pipeline;

/// <summary>
/// A straight line fitted to a window of samples (least squares over the valid samples, x = sample index) with the
/// robust spread of the residuals around it: <c>1.4826 × median |residual − median residual|</c>, which estimates the
/// standard deviation of Gaussian noise and ignores a few outliers.
/// </summary>
/// <param name="Count">Valid samples in the window.</param>
/// <param name="Intercept">Value of the line at sample index 0.</param>
/// <param name="Slope">Change per sample.</param>
/// <param name="Spread">Robust spread of the residuals (0 when they are all equal).</param>
internal readonly record struct RobustLine(int Count, double Intercept, double Slope, double Spread)
{
    /// <summary>Scale from the median absolute deviation to the standard deviation of Gaussian noise.</summary>
    public const double MadToSigma = 1.4826;

    /// <summary>The line's value at sample <paramref name="index"/>.</summary>
    /// <param name="index">A sample index (may be outside the window).</param>
    public double At(double index) => Intercept + (Slope * index);

    /// <summary>Fits samples <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) of <paramref name="values"/>.</summary>
    /// <param name="values">The whole series, NaN where missing.</param>
    /// <param name="from">First index of the window.</param>
    /// <param name="to">Index after the window.</param>
    /// <returns>The fit; with fewer than two valid samples the slope is 0 (and with none every value is NaN).</returns>
    public static RobustLine Fit(ReadOnlySpan<double> values, int from, int to)
    {
        int count = 0;
        double sumX = 0;
        double sumY = 0;
        for (int i = from; i < to; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                count++;
                sumX += i;
                sumY += values[i];
            }
        }

        if (count == 0)
        {
            return new RobustLine(0, double.NaN, double.NaN, double.NaN);
        }

        double meanX = sumX / count;
        double meanY = sumY / count;
        double sxx = 0;
        double sxy = 0;
        for (int i = from; i < to; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                sxx += (i - meanX) * (i - meanX);
                sxy += (i - meanX) * (values[i] - meanY);
            }
        }

        double slope = sxx > 0 ? sxy / sxx : 0;
        double intercept = meanY - (slope * meanX);
        double[] residuals = new double[count];
        int k = 0;
        for (int i = from; i < to; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                residuals[k++] = values[i] - (intercept + (slope * i));
            }
        }

        double center = Median(residuals);
        for (int j = 0; j < residuals.Length; j++)
        {
            residuals[j] = Math.Abs(residuals[j] - center);
        }

        return new RobustLine(count, intercept, slope, MadToSigma * Median(residuals));
    }

    /// <summary>The median of <paramref name="values"/> (sorted in place); NaN when empty.</summary>
    /// <param name="values">Values, none NaN.</param>
    public static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(values);
        int half = values.Length / 2;
        return values.Length % 2 == 1 ? values[half] : (values[half - 1] + values[half]) / 2;
    }
}
