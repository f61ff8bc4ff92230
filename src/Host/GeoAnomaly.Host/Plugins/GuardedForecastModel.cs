using GeoAnomaly.Sdk;
using Serilog;

namespace GeoAnomaly.Host.Plugins;

/// <summary>A loaded forecast model seen through the <see cref="PluginGuard"/>: every call runs guarded, and a fault
/// (an exception, a hang past the timeout, a non-finite score) becomes a <see cref="PluginException"/> naming the plugin
/// and the model, so the forecasting code can use it as a plain <see cref="IForecastModel"/>.</summary>
/// <param name="loaded">The model and where it came from.</param>
/// <param name="guard">The guard.</param>
internal sealed class GuardedForecastModel(LoadedForecastModel loaded, PluginGuard guard) : IForecastModel
{
    /// <inheritdoc />
    public ComponentInfo Info => loaded.Info;

    /// <inheritdoc />
    public object CreateDefaultOptions() => Unwrap(guard.CreateDefaultOptionsAsync(loaded, CancellationToken.None));

    /// <inheritdoc />
    public IReadOnlyList<OptionError> Validate(object options) => Unwrap(guard.ValidateAsync(loaded, options, CancellationToken.None));

    /// <inheritdoc />
    public IForecastPredictor Train(object options, ForecastTrainingSet data, IPluginContext context, CancellationToken cancellationToken) =>
        new Predictor(loaded, guard, Unwrap(guard.TrainAsync(loaded, options, data, context, cancellationToken)));

    /// <inheritdoc />
    public IForecastPredictor Load(Stream stream, IPluginContext context) =>
        new Predictor(loaded, guard, Unwrap(guard.LoadAsync(loaded, stream, context, CancellationToken.None)));

    private static T Unwrap<T>(Task<PluginCallResult<T>> call)
    {
        var result = call.GetAwaiter().GetResult();
        return result.Succeeded ? result.Value! : throw new PluginException(result.Fault!.Message);
    }

    private sealed class Predictor(LoadedForecastModel loaded, PluginGuard guard, IForecastPredictor inner) : IForecastPredictor
    {
        public IReadOnlyList<string> Features => inner.Features;

        public void Predict(ForecastRows rows, Span<double> scores) =>
            Unwrap(guard.PredictAsync(loaded, inner, rows, CancellationToken.None)).CopyTo(scores);

        public void Save(Stream stream) => Unwrap(guard.SaveAsync(loaded, inner, stream, CancellationToken.None));
    }
}

/// <summary>The <see cref="IPluginContext"/> given to forecast models: messages go to Serilog.</summary>
/// <param name="seed">Seed for the models' random number generators.</param>
/// <param name="logger">The host's logger.</param>
internal sealed class HostPluginContext(int seed, ILogger logger) : IPluginContext
{
    /// <inheritdoc />
    public int Seed => seed;

    /// <inheritdoc />
    public void Log(PluginLogLevel level, string messageTemplate, params object?[] values)
    {
        logger.Write(PluginLogContext.SerilogLevel(level), messageTemplate, values);
    }
}
