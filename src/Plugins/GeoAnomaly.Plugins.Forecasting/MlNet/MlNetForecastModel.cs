using GeoAnomaly.Plugins.Forecasting.Shared;
using GeoAnomaly.Sdk;
using Microsoft.ML;

namespace GeoAnomaly.Plugins.Forecasting.MlNet;

/// <summary>Base of the models that are ML.NET binary trainers: checks the data, builds the pipeline in an
/// <see cref="MLContext"/> seeded with the host's seed, fits it with the class-balancing weights, and saves and loads it.</summary>
/// <typeparam name="TOptions">The options record.</typeparam>
internal abstract class MlNetForecastModel<TOptions> : ForecastModel<TOptions>
    where TOptions : class, IComponentOptions, new()
{
    /// <summary>Format version of saved predictors: the <see cref="PredictorHeader"/> and an ML.NET 5 model zip.</summary>
    public const int FormatVersion = 1;

    public override IForecastPredictor Train(TOptions options, ForecastTrainingSet data, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);
        TrainingChecks.CheckTrainingSet(Name, data);
        cancellationToken.ThrowIfCancellationRequested();
        var ml = new MLContext(seed: context.Seed);
        var view = MlNetData.Training(ml, data);
        // ML.NET's cancellation is not public: the token is observed before and after the fit, and the host's guard
        // bounds the fit itself with its call timeout.
        var model = Pipeline(ml, options, context.Seed).Fit(view);

        cancellationToken.ThrowIfCancellationRequested();
        context.Log(PluginLogLevel.Information, "{Model} trained on {Rows} rows ({Positives} positive) of {Features} features",
            Name, data.Rows.Count, data.Positives, data.Rows.FeatureCount);
        return new MlNetPredictor(Name, FormatVersion, data.Rows.Features.ToArray(), ml, model, view.Schema);
    }

    public override IForecastPredictor Load(Stream stream, IPluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (features, payload) = PredictorHeader.Read(stream, Name, FormatVersion);
        var ml = new MLContext(seed: context.Seed);
        ITransformer model;
        DataViewSchema schema;
        try
        {
            model = ml.Model.Load(new MemoryStream(payload, writable: false), out schema);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"{Name}: the ML.NET model in the stream cannot be read: {e.Message}", e);
        }

        return new MlNetPredictor(Name, FormatVersion, features, ml, model, schema);
    }

    /// <summary>The estimator to fit on columns <see cref="MlNetData.Label"/>, <see cref="MlNetData.Weight"/> and
    /// <see cref="MlNetData.Features"/>; its last step must add a <c>Score</c> column (larger = positive).</summary>
    /// <param name="ml">The seeded context.</param>
    /// <param name="options">Valid options.</param>
    /// <param name="seed">The host's seed, for trainers that take their own.</param>
    protected abstract IEstimator<ITransformer> Pipeline(MLContext ml, TOptions options, int seed);
}
