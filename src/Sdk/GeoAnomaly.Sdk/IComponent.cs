namespace GeoAnomaly.Sdk;

/// <summary>A plugin component: describes itself, checks options and starts states on channels.</summary>
/// <remarks>Implement <see cref="Detector{TOptions}"/> or <see cref="Preprocessor{TOptions}"/> rather than this
/// interface. The host finds non-abstract implementations with a parameterless constructor by reflection; they may be
/// <c>internal sealed</c>.</remarks>
public interface IComponent
{
    /// <summary>Name, summary, options type and processing mode.</summary>
    ComponentInfo Info { get; }

    /// <summary>Returns every problem with <paramref name="options"/> (an instance of <see cref="ComponentInfo.OptionsType"/>).</summary>
    /// <param name="options">The options to check.</param>
    IReadOnlyList<OptionError> Validate(object options);

    /// <summary>Starts a state on one channel.</summary>
    /// <param name="options">An instance of <see cref="ComponentInfo.OptionsType"/>.</param>
    /// <param name="start">Channel, step, companions and context.</param>
    /// <exception cref="OptionsException">The options are invalid.</exception>
    IComponentState Start(object options, ComponentStart start);

    /// <summary>Returns a new instance of the options type holding every default.</summary>
    object CreateDefaultOptions();
}

/// <summary>A component that scores samples for anomaly; its first output is the raw score.</summary>
public interface IDetector : IComponent
{
}

/// <summary>A component that cleans a channel (gaps, tides, trends, pressure); its first output is the cleaned value.</summary>
public interface IPreprocessor : IComponent
{
}
