namespace GeoAnomaly.Host.Plugins;

/// <summary>Which contract a loaded component implements.</summary>
internal enum ComponentKind
{
    /// <summary>Implements <c>IDetector</c>: its first output is a raw anomaly score.</summary>
    Detector,

    /// <summary>Implements <c>IPreprocessor</c>: its first output is the cleaned value.</summary>
    Preprocessor,

    /// <summary>Implements <c>IForecastModel</c>: trains on feature rows and scores them (see <see cref="LoadedForecastModel"/>).</summary>
    ForecastModel,
}

/// <summary>Display names of <see cref="ComponentKind"/>.</summary>
internal static class ComponentKindExtensions
{
    /// <summary>The word used in messages: <c>detector</c>, <c>preprocessor</c> or <c>forecast model</c>.</summary>
    public static string Word(this ComponentKind kind) => kind switch
    {
        ComponentKind.Detector => "detector",
        ComponentKind.Preprocessor => "preprocessor",
        ComponentKind.ForecastModel => "forecast model",
        _ => "component",
    };
}
