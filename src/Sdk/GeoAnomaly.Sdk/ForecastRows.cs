namespace GeoAnomaly.Sdk;

/// <summary>Feature rows for a forecast model: one row per (cell, issue time), features in a fixed order, row-major.</summary>
/// <remarks>Rows a model sees hold no NaN: the host fills each missing feature value with that feature's median over
/// the training rows (stored with the model) before training and before every prediction.</remarks>
public sealed class ForecastRows
{
    private readonly double[] _values;

    /// <summary>Creates rows from row-major values.</summary>
    /// <param name="features">The feature names, in column order.</param>
    /// <param name="values">Row-major values: feature <c>j</c> of row <c>i</c> is at <c>i * features.Count + j</c>.</param>
    /// <exception cref="ArgumentException">No features, or a length that is not a whole number of rows.</exception>
    public ForecastRows(IReadOnlyList<string> features, double[] values)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(values);
        if (features.Count == 0)
        {
            throw new ArgumentException("forecast rows need at least one feature", nameof(features));
        }

        if (values.Length % features.Count != 0)
        {
            throw new ArgumentException($"{values.Length} values are not a whole number of rows of {features.Count} features", nameof(values));
        }

        Features = features;
        _values = values;
    }

    /// <summary>The feature names, in column order.</summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>Number of features per row.</summary>
    public int FeatureCount => Features.Count;

    /// <summary>Number of rows.</summary>
    public int Count => _values.Length / Features.Count;

    /// <summary>All values, row-major.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The features of row <paramref name="index"/>.</summary>
    /// <param name="index">Row index, 0-based.</param>
    public ReadOnlySpan<double> Row(int index) => _values.AsSpan(index * FeatureCount, FeatureCount);

    /// <summary>Feature <paramref name="feature"/> of row <paramref name="row"/>.</summary>
    /// <param name="row">Row index.</param>
    /// <param name="feature">Feature index.</param>
    public double this[int row, int feature] => _values[(row * FeatureCount) + feature];
}
