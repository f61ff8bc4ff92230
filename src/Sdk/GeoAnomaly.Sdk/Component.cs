namespace GeoAnomaly.Sdk;

/// <summary>Base for components with a typed options record; implements the untyped plumbing of <see cref="IComponent"/>.</summary>
/// <typeparam name="TOptions">The options record; its parameterless constructor gives the defaults.</typeparam>
public abstract class Component<TOptions> : IComponent
    where TOptions : class, IComponentOptions, new()
{
    private ComponentInfo? _info;

    /// <summary>Short kebab-case name used in configuration.</summary>
    public abstract string Name { get; }

    /// <summary>One sentence on what the component does.</summary>
    public abstract string Summary { get; }

    /// <summary>Causal unless overridden.</summary>
    public virtual ProcessingMode Mode => ProcessingMode.Causal;

    /// <inheritdoc />
    public ComponentInfo Info => _info ??= new ComponentInfo(Name, Summary, typeof(TOptions), Mode);

    /// <summary>Starts a state with options that have passed <see cref="IComponentOptions.Validate"/>.</summary>
    /// <param name="options">Valid options.</param>
    /// <param name="start">Channel, step, companions and context.</param>
    public abstract IComponentState Start(TOptions options, ComponentStart start);

    /// <summary>Starts a state, first checking the options.</summary>
    /// <param name="options">The options; defaults when null.</param>
    /// <param name="start">Channel, step, companions and context.</param>
    /// <exception cref="OptionsException">The options are invalid.</exception>
    public IComponentState StartChecked(TOptions? options, ComponentStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        options ??= new TOptions();
        var errors = options.Validate().ToList();
        if (errors.Count > 0)
        {
            throw new OptionsException(Name, errors);
        }

        return Start(options, start);
    }

    IReadOnlyList<OptionError> IComponent.Validate(object options) => Cast(options).Validate().ToList();

    IComponentState IComponent.Start(object options, ComponentStart start) => StartChecked(Cast(options), start);

    object IComponent.CreateDefaultOptions() => new TOptions();

    private TOptions Cast(object options) => options as TOptions
        ?? throw new ArgumentException($"{Name}: options must be {typeof(TOptions).Name}, got {options?.GetType().Name ?? "null"}", nameof(options));
}

/// <summary>Base for detector components.</summary>
/// <typeparam name="TOptions">The options record.</typeparam>
public abstract class Detector<TOptions> : Component<TOptions>, IDetector
    where TOptions : class, IComponentOptions, new()
{
}

/// <summary>Base for preprocessing components.</summary>
/// <typeparam name="TOptions">The options record.</typeparam>
public abstract class Preprocessor<TOptions> : Component<TOptions>, IPreprocessor
    where TOptions : class, IComponentOptions, new()
{
}
