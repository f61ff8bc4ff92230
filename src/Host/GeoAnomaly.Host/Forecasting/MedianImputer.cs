namespace GeoAnomaly.Host.Forecasting;

/// <summary>Fills missing feature values with the feature's median over the training rows (0 for a feature that is
/// missing in every training row); the medians travel with the model so forecasts are filled the same way.</summary>
internal static class MedianImputer
{
    /// <summary>Per-feature medians of a row-major matrix, ignoring NaN.</summary>
    /// <param name="matrix">Row-major values.</param>
    /// <param name="features">Features per row.</param>
    public static double[] Medians(double[] matrix, int features)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        double[] medians = new double[features];
        int rows = features == 0 ? 0 : matrix.Length / features;
        var column = new List<double>(rows);
        for (int j = 0; j < features; j++)
        {
            column.Clear();
            for (int i = 0; i < rows; i++)
            {
                double v = matrix[(i * features) + j];
                if (!double.IsNaN(v))
                {
                    column.Add(v);
                }
            }

            column.Sort();
            medians[j] = column.Count == 0 ? 0
                : column.Count % 2 == 1 ? column[column.Count / 2]
                : (column[(column.Count / 2) - 1] + column[column.Count / 2]) / 2;
        }

        return medians;
    }

    /// <summary>Replaces NaN (and infinities) in place by the medians.</summary>
    /// <param name="matrix">Row-major values.</param>
    /// <param name="medians">One per feature.</param>
    public static double[] Fill(double[] matrix, IReadOnlyList<double> medians)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(medians);
        for (int k = 0; k < matrix.Length; k++)
        {
            if (!double.IsFinite(matrix[k]))
            {
                matrix[k] = medians[k % medians.Count];
            }
        }

        return matrix;
    }
}
