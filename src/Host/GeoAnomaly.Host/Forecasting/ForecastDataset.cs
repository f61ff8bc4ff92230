namespace GeoAnomaly.Host.Forecasting;

/// <summary>A forecast dataset in memory (what <c>geoanomaly features</c> wrote), for one horizon: per row the cell,
/// its centroid, the issue time, the feature values (NaN where missing), the label and the first target event's time.</summary>
/// <remarks>Rows keep the file's order (cell by cell, each cell's rows in time order).</remarks>
internal sealed class ForecastDataset
{
    private readonly double[] _values;

    /// <summary>Creates a dataset from its columns.</summary>
    /// <param name="source">File name for messages.</param>
    /// <param name="features">Feature names (units stripped), in column order.</param>
    /// <param name="values">Row-major feature values, NaN where missing.</param>
    /// <param name="rows">The rows' keys and labels.</param>
    /// <param name="horizonDays">The horizon of the labels, days.</param>
    public ForecastDataset(string source, IReadOnlyList<string> features, double[] values, IReadOnlyList<ForecastRowKey> rows, int horizonDays)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(rows);
        if (values.Length != features.Count * rows.Count)
        {
            throw new ArgumentException($"{values.Length} values for {rows.Count} rows of {features.Count} features", nameof(values));
        }

        Source = source;
        Features = features;
        _values = values;
        Rows = rows;
        HorizonDays = horizonDays;
    }

    /// <summary>File name for messages.</summary>
    public string Source { get; }

    /// <summary>Feature names, in column order.</summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>The rows' keys and labels.</summary>
    public IReadOnlyList<ForecastRowKey> Rows { get; }

    /// <summary>The horizon of the labels, days.</summary>
    public int HorizonDays { get; }

    /// <summary>The horizon as a time span.</summary>
    public TimeSpan Horizon => TimeSpan.FromDays(HorizonDays);

    /// <summary>Number of rows.</summary>
    public int Count => Rows.Count;

    /// <summary>Feature <paramref name="feature"/> of row <paramref name="row"/> (NaN when missing).</summary>
    /// <param name="row">Row index.</param>
    /// <param name="feature">Feature index.</param>
    public double this[int row, int feature] => _values[(row * Features.Count) + feature];

    /// <summary>The labels of <paramref name="rows"/>, in order.</summary>
    /// <param name="rows">Row indices.</param>
    public bool[] Labels(IReadOnlyList<int> rows) => [.. rows.Select(i => Rows[i].Label)];

    /// <summary>The distinct issue times, ascending.</summary>
    public IReadOnlyList<DateTimeOffset> IssueTimes() => [.. Rows.Select(r => r.Issue).Distinct().Order()];

    /// <summary>Selected feature columns of selected rows, row-major (NaN kept), as model input before imputation.</summary>
    /// <param name="rows">Row indices.</param>
    /// <param name="features">Feature indices.</param>
    public double[] Matrix(IReadOnlyList<int> rows, IReadOnlyList<int> features)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(features);
        double[] matrix = new double[rows.Count * features.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            int offset = rows[i] * Features.Count;
            for (int j = 0; j < features.Count; j++)
            {
                matrix[(i * features.Count) + j] = _values[offset + features[j]];
            }
        }

        return matrix;
    }

    /// <summary>Index of every feature in <paramref name="set"/>.</summary>
    /// <param name="set">Which features.</param>
    public int[] FeatureIndices(FeatureSet set) =>
        [.. Features.Select((name, i) => (name, i)).Where(p => FeatureSets.Includes(set, p.name)).Select(p => p.i)];

    /// <summary>Whether each row's cell had a target event before the row's issue time, as far as the dataset shows
    /// (a first target time of an earlier row that precedes this issue time).</summary>
    public bool[] ActiveCells()
    {
        var earliest = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            if (row.FirstTarget is { } t && (!earliest.TryGetValue(row.Cell, out var seen) || t < seen))
            {
                earliest[row.Cell] = t;
            }
        }

        return [.. Rows.Select(r => earliest.TryGetValue(r.Cell, out var first) && first < r.Issue)];
    }
}

/// <summary>One row's key and label.</summary>
/// <param name="Cell">Cell id.</param>
/// <param name="Latitude">Cell centroid latitude, degrees.</param>
/// <param name="Longitude">Cell centroid longitude, degrees.</param>
/// <param name="Issue">Issue time t.</param>
/// <param name="Label">Whether a target event occurs in (t, t + horizon].</param>
/// <param name="FirstTarget">Time of the first target event in that window, when there is one.</param>
internal sealed record ForecastRowKey(string Cell, double Latitude, double Longitude, DateTimeOffset Issue, bool Label, DateTimeOffset? FirstTarget);
