using GeoAnomaly.Sdk;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace GeoAnomaly.Plugins.Forecasting.MlNet;

/// <summary>Turns forecast rows into ML.NET data views with columns <c>Label</c> (bool), <c>Weight</c> (float) and
/// <c>Features</c> (a float vector of the row's width).</summary>
/// <remarks>ML.NET trainers work in single precision, so feature values are rounded to <see cref="float"/> here.</remarks>
internal static class MlNetData
{
    /// <summary>Name of the label column.</summary>
    public const string Label = nameof(MlNetRow.Label);

    /// <summary>Name of the weight column.</summary>
    public const string Weight = nameof(MlNetRow.Weight);

    /// <summary>Name of the feature-vector column.</summary>
    public const string Features = nameof(MlNetRow.Features);

    /// <summary>Name of the score column binary trainers add.</summary>
    public const string Score = "Score";

    /// <summary>A data view of the training set.</summary>
    /// <param name="ml">The context.</param>
    /// <param name="data">Rows, labels and weights.</param>
    public static IDataView Training(MLContext ml, ForecastTrainingSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = new MlNetRow[data.Rows.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = new MlNetRow { Label = data.Labels[i], Weight = (float)data.Weights[i], Features = ToSingle(data.Rows.Row(i)) };
        }

        return ml.Data.LoadFromEnumerable(rows, Schema(data.Rows.FeatureCount));
    }

    /// <summary>A data view of rows to score (label false, weight 1).</summary>
    /// <param name="ml">The context.</param>
    /// <param name="rows">The rows.</param>
    public static IDataView Scoring(MLContext ml, ForecastRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var items = new MlNetRow[rows.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = new MlNetRow { Weight = 1, Features = ToSingle(rows.Row(i)) };
        }

        return ml.Data.LoadFromEnumerable(items, Schema(rows.FeatureCount));
    }

    private static SchemaDefinition Schema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(MlNetRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }

    private static float[] ToSingle(ReadOnlySpan<double> row)
    {
        float[] values = new float[row.Length];
        for (int j = 0; j < row.Length; j++)
        {
            values[j] = (float)row[j];
        }

        return values;
    }
}

/// <summary>One row as ML.NET reads it.</summary>
internal sealed class MlNetRow
{
    /// <summary>True where a target event followed.</summary>
    public bool Label { get; set; }

    /// <summary>The row's weight.</summary>
    public float Weight { get; set; }

    /// <summary>The features, in the predictor's order.</summary>
    public float[] Features { get; set; } = [];
}
