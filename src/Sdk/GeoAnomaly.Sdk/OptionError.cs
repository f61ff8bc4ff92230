namespace GeoAnomaly.Sdk;

/// <summary>One problem with one option, named as it is written in configuration.</summary>
/// <param name="Option">The option's configuration name (camelCase, for example <c>windowSize</c>).</param>
/// <param name="Message">What is wrong, with the offending value (for example <c>must be at least 8, got 4</c>).</param>
public sealed record OptionError(string Option, string Message)
{
    /// <summary>Creates an error for the option behind a C# property name (PascalCase is turned into camelCase).</summary>
    /// <param name="propertyName">The property name, usually from <c>nameof</c>.</param>
    /// <param name="message">What is wrong.</param>
    public static OptionError For(string propertyName, string message) => new(ConfigName(propertyName), message);

    /// <summary>The configuration name of a property: its name with the first letter in lower case.</summary>
    /// <param name="propertyName">A PascalCase property name.</param>
    public static string ConfigName(string propertyName)
    {
        ArgumentException.ThrowIfNullOrEmpty(propertyName);
        return char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
    }

    /// <summary>Returns <c>option: message</c>.</summary>
    public override string ToString() => $"{Option}: {Message}";
}
