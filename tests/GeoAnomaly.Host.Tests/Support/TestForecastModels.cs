using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Support;

// FirstFeatureModel (scores a row by its first feature) is in FirstFeatureModel.cs.

/// <summary>A forecast model whose training always throws.</summary>
internal sealed class ThrowingForecastModel : ForecastModel<ScaleOptions>
{
    public override string Name => "throwing-model";

    public override string Summary => "Never trains.";

    public override IForecastPredictor Train(ScaleOptions options, ForecastTrainingSet data, IPluginContext context, CancellationToken cancellationToken) =>
        throw new ArgumentException("throwing-model: the training set has one class only");

    public override IForecastPredictor Load(Stream stream, IPluginContext context) => throw new InvalidDataException("throwing-model: nothing to load");
}
