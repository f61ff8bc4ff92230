namespace GeoAnomaly.Sdk.Testing;

/// <summary>Thrown by a conformance check that fails; names the component and the check.</summary>
public sealed class ConformanceFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="component">The component's name.</param>
    /// <param name="check">The check that failed (for example <c>StreamingEqualsBatch</c>).</param>
    /// <param name="message">What was wrong.</param>
    /// <param name="inner">The exception the component threw, if any.</param>
    public ConformanceFailedException(string component, string check, string message, Exception? inner = null)
        : base($"{component} fails {check}: {message}", inner)
    {
        Component = component;
        Check = check;
    }

    /// <summary>The component's name.</summary>
    public string Component { get; }

    /// <summary>The check that failed.</summary>
    public string Check { get; }
}
