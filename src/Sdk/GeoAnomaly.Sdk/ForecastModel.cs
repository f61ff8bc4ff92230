namespace GeoAnomaly.Sdk;

/// <summary>Base for forecast-model components with a typed options record.</summary>
/// <typeparam name="TOptions">The options record; its parameterless constructor gives the defaults.</typeparam>
public abstract class ForecastModel<TOptions> : IForecastModel
    where TOptions : class, IComponentOptions, new()
{
    private ComponentInfo? _info;

    /// <summary>Short kebab-case name used in configuration.</summary>
    public abstract string Name { get; }

    /// <summary>One sentence on what the model is.</summary>
    public abstract string Summary { get; }

    /// <inheritdoc />
    public ComponentInfo Info => _info ??= new ComponentInfo(Name, Summary, typeof(TOptions), ProcessingMode.Retrospective);

    /// <summary>Trains with options that have passed <see cref="IComponentOptions.Validate"/>.</summary>
    /// <param name="options">Valid options.</param>
    /// <param name="data">Rows, labels and weights.</param>
    /// <param name="context">Logging and the seed.</param>
    /// <param name="cancellationToken">Stops training.</param>
    public abstract IForecastPredictor Train(TOptions options, ForecastTrainingSet data, IPluginContext context, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract IForecastPredictor Load(Stream stream, IPluginContext context);

    /// <summary>Trains, first checking the options.</summary>
    /// <param name="options">The options; defaults when null.</param>
    /// <param name="data">Rows, labels and weights.</param>
    /// <param name="context">Logging and the seed.</param>
    /// <param name="cancellationToken">Stops training.</param>
    /// <exception cref="OptionsException">The options are invalid.</exception>
    public IForecastPredictor TrainChecked(TOptions? options, ForecastTrainingSet data, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);
        options ??= new TOptions();
        var errors = options.Validate().ToList();
        if (errors.Count > 0)
        {
            throw new OptionsException(Name, errors);
        }

        return Train(options, data, context, cancellationToken);
    }

    IReadOnlyList<OptionError> IForecastModel.Validate(object options) => Cast(options).Validate().ToList();

    object IForecastModel.CreateDefaultOptions() => new TOptions();

    IForecastPredictor IForecastModel.Train(object options, ForecastTrainingSet data, IPluginContext context, CancellationToken cancellationToken) =>
        TrainChecked(Cast(options), data, context, cancellationToken);

    private TOptions Cast(object options) => options as TOptions
        ?? throw new ArgumentException($"{Name}: options must be {typeof(TOptions).Name}, got {options?.GetType().Name ?? "null"}", nameof(options));
}
