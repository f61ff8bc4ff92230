namespace GeoAnomaly.Sdk;

/// <summary>What a forecast model learns from: feature rows, their labels and per-row weights.</summary>
/// <remarks>The host sets <see cref="Weights"/> to balance the classes (each class's weights sum to half the row count,
/// unless the analyst chose otherwise); a model that cannot use weights should say so in its summary. Rows are in time
/// order and come only from issue times whose label window closed before the period the model will forecast.</remarks>
public sealed class ForecastTrainingSet
{
    /// <summary>Creates a training set.</summary>
    /// <param name="rows">The feature rows (no NaN).</param>
    /// <param name="labels">True where a target event followed within the horizon; one per row.</param>
    /// <param name="weights">Non-negative weight per row; null gives every row weight 1.</param>
    /// <exception cref="ArgumentException">Lengths differ from the row count, or a weight is negative or not finite.</exception>
    public ForecastTrainingSet(ForecastRows rows, bool[] labels, double[]? weights = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length != rows.Count)
        {
            throw new ArgumentException($"{labels.Length} labels for {rows.Count} rows", nameof(labels));
        }

        weights ??= Enumerable.Repeat(1.0, rows.Count).ToArray();
        if (weights.Length != rows.Count)
        {
            throw new ArgumentException($"{weights.Length} weights for {rows.Count} rows", nameof(weights));
        }

        if (weights.Any(w => !double.IsFinite(w) || w < 0))
        {
            throw new ArgumentException("weights must be finite and non-negative", nameof(weights));
        }

        Rows = rows;
        Labels = labels;
        Weights = weights;
    }

    /// <summary>The feature rows.</summary>
    public ForecastRows Rows { get; }

    /// <summary>The labels, one per row.</summary>
    public IReadOnlyList<bool> Labels { get; }

    /// <summary>The weights, one per row.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>Number of positive labels.</summary>
    public int Positives => Labels.Count(l => l);
}
