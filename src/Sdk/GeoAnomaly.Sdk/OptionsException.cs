namespace GeoAnomaly.Sdk;

/// <summary>Thrown when a component is started with invalid options; carries every problem.</summary>
public sealed class OptionsException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="component"/> with its <paramref name="errors"/>.</summary>
    /// <param name="component">The component name.</param>
    /// <param name="errors">Every problem found.</param>
    public OptionsException(string component, IReadOnlyList<OptionError> errors)
        : base($"{component}: invalid options: {string.Join("; ", errors)}")
    {
        Component = component;
        Errors = errors;
    }

    /// <summary>The component whose options were rejected.</summary>
    public string Component { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<OptionError> Errors { get; }
}
