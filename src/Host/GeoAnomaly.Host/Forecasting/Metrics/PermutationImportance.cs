using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>How much a metric drops when one feature's column is shuffled.</summary>
/// <param name="Feature">The feature's column index.</param>
/// <param name="Name">The feature's name.</param>
/// <param name="MeanDrop">Mean over repeats of (metric on intact rows − metric with the column permuted).</param>
/// <param name="StandardDeviation">Sample standard deviation of the drop over repeats (NaN for one repeat).</param>
internal readonly record struct FeatureImportance(int Feature, string Name, double MeanDrop, double StandardDeviation);

/// <summary>
/// Permutation importance (Breiman 2001; Fisher, Rudin &amp; Dominici 2019's "model reliance"): the drop in a
/// metric when one feature's values are shuffled across rows, which breaks its link with the labels while keeping
/// its distribution. A feature the model ignores, or one whose information another feature also carries, drops
/// little.
/// </summary>
/// <remarks>
/// The model is not refitted: <c>predict</c> is called once on the intact rows and once per feature and repeat.
/// Shuffles are Fisher-Yates with <see cref="Xoshiro256StarStar"/> from one seed, so results repeat exactly.
/// The default metric is ROC AUC (<see cref="Roc.Auc"/>).
/// </remarks>
internal static class PermutationImportance
{
    /// <summary>The importance of every feature, in column order.</summary>
    /// <param name="predict">The model: scores per row for given rows.</param>
    /// <param name="rows">The evaluation rows (row-major features).</param>
    /// <param name="labels">Per-row truth.</param>
    /// <param name="metric">Metric of (scores, labels), higher is better; null for ROC AUC.</param>
    /// <param name="repeats">Shuffles per feature, &gt; 0.</param>
    /// <param name="seed">Seed of the shuffles.</param>
    /// <exception cref="ArgumentException">Label count differs from the row count, or <paramref name="predict"/> returns the wrong count.</exception>
    public static IReadOnlyList<FeatureImportance> Compute(Func<ForecastRows, double[]> predict, ForecastRows rows, bool[] labels, Func<double[], bool[], double>? metric = null, int repeats = 5, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(predict);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repeats);
        if (labels.Length != rows.Count)
        {
            throw new ArgumentException($"labels has {labels.Length} rows but the feature rows have {rows.Count}", nameof(labels));
        }

        metric ??= (scores, truth) => Roc.Auc(scores, truth);
        double baseline = metric(Predict(predict, rows), labels);
        var random = new Xoshiro256StarStar(seed);
        int n = rows.Count, width = rows.FeatureCount;
        double[] permuted = rows.Values.ToArray();
        var column = new double[n];
        var result = new FeatureImportance[width];
        var drops = new double[repeats];
        for (int j = 0; j < width; j++)
        {
            for (int i = 0; i < n; i++)
            {
                column[i] = rows[i, j];
            }

            for (int r = 0; r < repeats; r++)
            {
                Shuffle(column, ref random);
                for (int i = 0; i < n; i++)
                {
                    permuted[(i * width) + j] = column[i];
                }

                drops[r] = baseline - metric(Predict(predict, new ForecastRows(rows.Features, permuted)), labels);
            }

            for (int i = 0; i < n; i++)
            {
                permuted[(i * width) + j] = rows[i, j];
            }

            result[j] = new FeatureImportance(j, rows.Features[j], drops.Average(), StandardDeviation(drops));
        }

        return result;
    }

    private static double[] Predict(Func<ForecastRows, double[]> predict, ForecastRows rows)
    {
        double[] scores = predict(rows);
        return scores.Length == rows.Count
            ? scores
            : throw new ArgumentException($"predict returned {scores.Length} scores for {rows.Count} rows", nameof(predict));
    }

    private static void Shuffle(double[] values, ref Xoshiro256StarStar random)
    {
        for (int i = values.Length - 1; i > 0; i--)
        {
            int k = random.NextBelow(i + 1);
            (values[i], values[k]) = (values[k], values[i]);
        }
    }

    private static double StandardDeviation(double[] values)
    {
        if (values.Length < 2)
        {
            return double.NaN;
        }

        double mean = values.Average();
        double sum = values.Sum(v => (v - mean) * (v - mean));
        return Math.Sqrt(sum / (values.Length - 1));
    }
}
