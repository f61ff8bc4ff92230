using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Options of <see cref="FirstFeatureModel"/>.</summary>
internal sealed record FirstFeatureOptions : IComponentOptions
{
    /// <summary>Multiplies the score.</summary>
    public double Scale { get; init; } = 1;

    public IEnumerable<OptionError> Validate() => Scale > 0 ? [] : [OptionError.For(nameof(Scale), $"must be positive, got {Scale}")];
}

/// <summary>A test forecast model whose score is its first feature (times the scale); it remembers every training set
/// it saw, so tests can check what reached it.</summary>
internal sealed class FirstFeatureModel : ForecastModel<FirstFeatureOptions>
{
    public List<ForecastTrainingSet> Seen { get; } = [];

    public override string Name => "first-feature";

    public override string Summary => "Scores a row by its first feature.";

    public override IForecastPredictor Train(FirstFeatureOptions options, ForecastTrainingSet data, IPluginContext context, CancellationToken cancellationToken)
    {
        Seen.Add(data);
        return new Predictor(data.Rows.Features, options.Scale);
    }

    public override IForecastPredictor Load(Stream stream, IPluginContext context)
    {
        using var reader = new BinaryReader(stream);
        int count = reader.ReadInt32();
        string[] features = [.. Enumerable.Range(0, count).Select(_ => reader.ReadString())];
        return new Predictor(features, reader.ReadDouble());
    }

    private sealed class Predictor(IReadOnlyList<string> features, double scale) : IForecastPredictor
    {
        public IReadOnlyList<string> Features => features;

        public void Predict(ForecastRows rows, Span<double> scores)
        {
            for (int i = 0; i < rows.Count; i++)
            {
                scores[i] = scale * rows[i, 0];
            }
        }

        public void Save(Stream stream)
        {
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            writer.Write(features.Count);
            foreach (string f in features)
            {
                writer.Write(f);
            }

            writer.Write(scale);
        }
    }
}
