using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Plugins;

/// <summary>The guarded calls into forecast models: the same thread, timeout and fault rules as for components, with
/// faults naming the plugin and the forecast model (<c>plugin P, forecast model m: reason</c>).</summary>
internal sealed partial class PluginGuard
{
    /// <summary>Runs <paramref name="body"/> (a call into <paramref name="model"/> or one of its predictors) on its own
    /// thread, bounded by the timeout.</summary>
    /// <typeparam name="T">The call's result.</typeparam>
    /// <param name="model">The forecast model called.</param>
    /// <param name="call">The call's name, for messages.</param>
    /// <param name="body">The call; it receives a token cancelled on timeout or by the caller.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<PluginCallResult<T>> InvokeAsync<T>(LoadedForecastModel model, string call, Func<CancellationToken, T> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        return InvokeCoreAsync(new Callee(model.PluginName, model.Name, ComponentKind.ForecastModel), null, call, body, cancellationToken);
    }

    /// <summary>Creates the model's default options.</summary>
    /// <param name="model">The forecast model.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task<PluginCallResult<object>> CreateDefaultOptionsAsync(LoadedForecastModel model, CancellationToken cancellationToken) =>
        InvokeAsync(model, "CreateDefaultOptions", _ => model.Model.CreateDefaultOptions(), cancellationToken);

    /// <summary>Checks options; a non-empty list of errors is a success of the call.</summary>
    /// <param name="model">The forecast model.</param>
    /// <param name="options">An instance of the model's options type.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task<PluginCallResult<IReadOnlyList<OptionError>>> ValidateAsync(LoadedForecastModel model, object options, CancellationToken cancellationToken) =>
        InvokeAsync(model, "Validate", _ => model.Model.Validate(options) ?? [], cancellationToken);

    /// <summary>Trains the model; an <see cref="OptionsException"/> becomes an invalid-options fault, any other exception
    /// (a one-class training set, say) an exception fault naming plugin and model.</summary>
    /// <param name="model">The forecast model.</param>
    /// <param name="options">An instance of the model's options type.</param>
    /// <param name="data">Rows, labels and weights.</param>
    /// <param name="context">Logging and the seed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<PluginCallResult<IForecastPredictor>> TrainAsync(
        LoadedForecastModel model, object options, ForecastTrainingSet data, IPluginContext context, CancellationToken cancellationToken) =>
        InvokeAsync(model, "Train", token => model.Model.Train(options, data, context, token), cancellationToken);

    /// <summary>Scores <paramref name="rows"/> with a predictor of <paramref name="model"/>; a non-finite score is a fault.</summary>
    /// <param name="model">The forecast model that made <paramref name="predictor"/>.</param>
    /// <param name="predictor">The trained predictor.</param>
    /// <param name="rows">Rows with the predictor's features.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task<PluginCallResult<double[]>> PredictAsync(
        LoadedForecastModel model, IForecastPredictor predictor, ForecastRows rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(rows);
        return InvokeAsync(model, "Predict", _ =>
        {
            double[] scores = new double[rows.Count];
            predictor.Predict(rows, scores);
            int bad = Array.FindIndex(scores, s => !double.IsFinite(s));
            return bad < 0 ? scores : throw new InvalidOperationException($"Predict returned {scores[bad]} for row {bad}");
        }, cancellationToken);
    }

    /// <summary>Writes a predictor of <paramref name="model"/> to <paramref name="stream"/>.</summary>
    /// <param name="model">The forecast model that made <paramref name="predictor"/>.</param>
    /// <param name="predictor">The trained predictor.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task<PluginCallResult<bool>> SaveAsync(LoadedForecastModel model, IForecastPredictor predictor, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        return InvokeAsync(model, "Save", _ =>
        {
            predictor.Save(stream);
            return true;
        }, cancellationToken);
    }

    /// <summary>Reads a predictor saved by <paramref name="model"/>; bytes of another model or version become a fault
    /// carrying the model's <see cref="InvalidDataException"/> message.</summary>
    /// <param name="model">The forecast model.</param>
    /// <param name="stream">The saved bytes.</param>
    /// <param name="context">Logging and the seed.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task<PluginCallResult<IForecastPredictor>> LoadAsync(LoadedForecastModel model, Stream stream, IPluginContext context, CancellationToken cancellationToken) =>
        InvokeAsync(model, "Load", _ => model.Model.Load(stream, context), cancellationToken);
}
