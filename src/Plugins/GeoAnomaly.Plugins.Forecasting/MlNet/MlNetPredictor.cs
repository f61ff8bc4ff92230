using GeoAnomaly.Plugins.Forecasting.Shared;
using GeoAnomaly.Sdk;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace GeoAnomaly.Plugins.Forecasting.MlNet;

/// <summary>A fitted ML.NET pipeline: scores rows with the trainer's raw <c>Score</c> column and saves itself as a
/// <see cref="PredictorHeader"/> followed by ML.NET's own model zip.</summary>
/// <param name="component">The component that trained it.</param>
/// <param name="formatVersion">Its format version.</param>
/// <param name="features">The feature names, in order.</param>
/// <param name="ml">The context it was fitted or loaded in.</param>
/// <param name="model">The fitted pipeline.</param>
/// <param name="inputSchema">The schema of the data it was fitted on (ML.NET saves it with the model).</param>
internal sealed class MlNetPredictor(
    string component,
    int formatVersion,
    IReadOnlyList<string> features,
    MLContext ml,
    ITransformer model,
    DataViewSchema inputSchema) : IForecastPredictor
{
    public IReadOnlyList<string> Features { get; } = features;

    public void Predict(ForecastRows rows, Span<double> scores)
    {
        TrainingChecks.CheckPredictionRows(component, Features, rows, scores);
        var scored = model.Transform(MlNetData.Scoring(ml, rows));
        int i = 0;
        foreach (float score in scored.GetColumn<float>(MlNetData.Score))
        {
            scores[i++] = float.IsFinite(score) ? score
                : throw new InvalidOperationException($"{component}: the model scored row {i - 1} as {score}");
        }

        if (i != rows.Count)
        {
            throw new InvalidOperationException($"{component}: the model scored {i} of {rows.Count} rows");
        }
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var payload = new MemoryStream();
        ml.Model.Save(model, inputSchema, payload);
        PredictorHeader.Write(stream, component, formatVersion, Features, payload.GetBuffer().AsSpan(0, (int)payload.Length));
    }
}
