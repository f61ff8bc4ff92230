namespace GeoAnomaly.Sdk;

/// <summary>A forecast-model plugin component: learns, from feature rows, a score that ranks (cell, issue time) rows by
/// how likely a target earthquake is within the horizon.</summary>
/// <remarks>Implement <see cref="ForecastModel{TOptions}"/> rather than this interface. The host finds non-abstract
/// implementations with a parameterless constructor by reflection, like detectors. Scores need not be probabilities: the
/// host calibrates them (Platt or isotonic) on a held-out slice of the training period.</remarks>
public interface IForecastModel
{
    /// <summary>Name (kebab-case, unique per host), summary and options type.</summary>
    ComponentInfo Info { get; }

    /// <summary>Returns every problem with <paramref name="options"/> (an instance of <see cref="ComponentInfo.OptionsType"/>).</summary>
    /// <param name="options">The options to check.</param>
    IReadOnlyList<OptionError> Validate(object options);

    /// <summary>Returns a new instance of the options type holding every default.</summary>
    object CreateDefaultOptions();

    /// <summary>Trains on <paramref name="data"/>.</summary>
    /// <param name="options">An instance of <see cref="ComponentInfo.OptionsType"/>.</param>
    /// <param name="data">Rows, labels and weights.</param>
    /// <param name="context">Logging and the seed; the same seed and data must give the same model.</param>
    /// <param name="cancellationToken">Stops training.</param>
    /// <exception cref="OptionsException">The options are invalid.</exception>
    IForecastPredictor Train(object options, ForecastTrainingSet data, IPluginContext context, CancellationToken cancellationToken);

    /// <summary>Reads a predictor written by <see cref="IForecastPredictor.Save"/> of this component.</summary>
    /// <param name="stream">The saved bytes.</param>
    /// <param name="context">Logging and the seed.</param>
    /// <exception cref="InvalidDataException">The bytes are not a model of this component.</exception>
    IForecastPredictor Load(Stream stream, IPluginContext context);
}

/// <summary>A trained forecast model.</summary>
public interface IForecastPredictor
{
    /// <summary>The features it was trained on, in order; rows given to <see cref="Predict"/> have exactly these.</summary>
    IReadOnlyList<string> Features { get; }

    /// <summary>Scores rows: larger means a target event is more likely. Finite for every row.</summary>
    /// <param name="rows">Rows with <see cref="Features"/> (no NaN).</param>
    /// <param name="scores">Receives one score per row.</param>
    void Predict(ForecastRows rows, Span<double> scores);

    /// <summary>Writes everything <see cref="IForecastModel.Load"/> needs to predict the same scores.</summary>
    /// <param name="stream">Where to write.</param>
    void Save(Stream stream);
}
