namespace GeoAnomaly.Plugins.Forecasting.Network;

/// <summary>Per-feature mean and standard deviation from the training rows; a constant feature gets sd 1 (it
/// standardises to 0).</summary>
/// <param name="Means">Mean of each feature.</param>
/// <param name="Deviations">Population standard deviation of each feature (1 where it is 0).</param>
internal sealed record Standardizer(double[] Means, double[] Deviations)
{
    /// <summary>Measures the features of row-major <paramref name="values"/>.</summary>
    /// <param name="values">Row-major values.</param>
    /// <param name="width">Features per row.</param>
    public static Standardizer Fit(ReadOnlySpan<double> values, int width)
    {
        int rows = values.Length / width;
        double[] means = new double[width];
        double[] deviations = new double[width];
        for (int j = 0; j < width; j++)
        {
            double sum = 0;
            for (int i = 0; i < rows; i++)
            {
                sum += values[(i * width) + j];
            }

            double mean = sum / rows;
            double squares = 0;
            for (int i = 0; i < rows; i++)
            {
                double d = values[(i * width) + j] - mean;
                squares += d * d;
            }

            double sd = Math.Sqrt(squares / rows);
            means[j] = mean;
            deviations[j] = sd > 0 && double.IsFinite(sd) ? sd : 1;
        }

        return new Standardizer(means, deviations);
    }

    /// <summary>Standardised copy of row-major <paramref name="values"/>.</summary>
    /// <param name="values">Row-major values of <see cref="Means"/>.Length features.</param>
    public double[] Apply(ReadOnlySpan<double> values)
    {
        int width = Means.Length;
        double[] result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            int j = i % width;
            result[i] = (values[i] - Means[j]) / Deviations[j];
        }

        return result;
    }
}
