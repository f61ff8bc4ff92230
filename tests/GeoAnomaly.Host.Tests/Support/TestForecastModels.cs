using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>A forecast model scoring each row by its first feature; trains on anything.</summary>
internal sealed class FirstFeatureModel : ForecastModel<ScaleOptions>
{
    public override string Name => "first-feature";

    public override string Summary => "Scores a row by its first feature.";

    public override IForecastPredictor Train(ScaleOptions options, ForecastTrainingSet data, IPluginContext context, CancellationToken cancellationToken) =>
        new FirstFeaturePredictor(data.Rows.Features);

    public override IForecastPredictor Load(Stream stream, IPluginContext context) => throw new InvalidDataException("first-feature: nothing to load");

    private sealed class FirstFeaturePredictor(IReadOnlyList<string> features) : IForecastPredictor
    {
        public IReadOnlyList<string> Features => features;

        public void Predict(ForecastRows rows, Span<double> scores)
        {
            for (int i = 0; i < rows.Count; i++)
            {
                scores[i] = rows[i, 0];
            }
        }

        public void Save(Stream stream)
        {
        }
    }
}

/// <summary>A forecast model whose training always throws.</summary>
internal sealed class ThrowingForecastModel : ForecastModel<ScaleOptions>
{
    public override string Name => "throwing-model";

    public override string Summary => "Never trains.";

    public override IForecastPredictor Train(ScaleOptions options, ForecastTrainingSet data, IPluginContext context, CancellationToken cancellationToken) =>
        throw new ArgumentException("throwing-model: the training set has one class only");

    public override IForecastPredictor Load(Stream stream, IPluginContext context) => throw new InvalidDataException("throwing-model: nothing to load");
}
