namespace GeoAnomaly.Host.Plugins;

/// <summary>Which contract a loaded component implements.</summary>
internal enum ComponentKind
{
    /// <summary>Implements <c>IDetector</c>: its first output is a raw anomaly score.</summary>
    Detector,

    /// <summary>Implements <c>IPreprocessor</c>: its first output is the cleaned value.</summary>
    Preprocessor,
}

/// <summary>Display names of <see cref="ComponentKind"/>.</summary>
internal static class ComponentKindExtensions
{
    /// <summary>The word used in messages: <c>detector</c> or <c>preprocessor</c>.</summary>
    public static string Word(this ComponentKind kind) => kind switch
    {
        ComponentKind.Detector => "detector",
        ComponentKind.Preprocessor => "preprocessor",
        _ => "component",
    };
}
