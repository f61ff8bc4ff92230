using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Forecasting.Shared;

/// <summary>Checks shared by every model before training and prediction.</summary>
internal static class TrainingChecks
{
    /// <summary>Refuses a training set a classifier cannot learn from: one class only (counting rows of positive
    /// weight), or a value that is not finite.</summary>
    /// <param name="component">The component name, for messages.</param>
    /// <param name="data">The training set.</param>
    /// <exception cref="ArgumentException">The set has one class only, or a NaN or infinite value.</exception>
    public static void CheckTrainingSet(string component, ForecastTrainingSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        int positives = 0;
        int negatives = 0;
        for (int i = 0; i < data.Labels.Count; i++)
        {
            if (data.Weights[i] > 0)
            {
                _ = data.Labels[i] ? positives++ : negatives++;
            }
        }

        if (positives == 0 || negatives == 0)
        {
            string present = positives == 0 ? "negative" : "positive";
            throw new ArgumentException(
                $"{component}: the training set has {data.Rows.Count} rows, all {present} (among rows of positive weight: {positives} positive, {negatives} negative); a classifier needs both classes",
                nameof(data));
        }

        CheckFinite(component, data.Rows, nameof(data));
    }

    /// <summary>Refuses rows whose features differ from <paramref name="features"/> or that hold a value that is not finite.</summary>
    /// <param name="component">The component name, for messages.</param>
    /// <param name="features">The features the predictor was trained on.</param>
    /// <param name="rows">The rows to score.</param>
    /// <param name="scores">The output span, which must have one element per row.</param>
    /// <exception cref="ArgumentException">Different features, a row count that differs from the span, or a NaN.</exception>
    public static void CheckPredictionRows(string component, IReadOnlyList<string> features, ForecastRows rows, Span<double> scores)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!rows.Features.SequenceEqual(features, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"{component}: rows have features [{string.Join(", ", rows.Features)}], the model was trained on [{string.Join(", ", features)}]",
                nameof(rows));
        }

        if (scores.Length != rows.Count)
        {
            throw new ArgumentException($"{component}: {scores.Length} scores for {rows.Count} rows", nameof(scores));
        }

        CheckFinite(component, rows, nameof(rows));
    }

    private static void CheckFinite(string component, ForecastRows rows, string parameter)
    {
        var values = rows.Values;
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                int row = i / rows.FeatureCount;
                string feature = rows.Features[i % rows.FeatureCount];
                throw new ArgumentException($"{component}: row {row}, feature {feature} is {values[i]} (the host imputes missing values before a model sees them)", parameter);
            }
        }
    }
}
