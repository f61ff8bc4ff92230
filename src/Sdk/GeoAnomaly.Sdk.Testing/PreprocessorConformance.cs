namespace GeoAnomaly.Sdk.Testing;

/// <summary>The conformance suite for preprocessors: <see cref="ComponentConformance"/> plus the preprocessor output convention.</summary>
public static class PreprocessorConformance
{
    /// <summary>Runs every check; throws <see cref="ConformanceFailedException"/> on the first failure.</summary>
    /// <param name="factory">Creates a fresh preprocessor.</param>
    /// <param name="settings">How to exercise it; defaults when null.</param>
    public static void RunAll(Func<IPreprocessor> factory, ConformanceSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        settings ??= new ConformanceSettings();
        DetectorConformance.PrimaryOutputIs(factory(), settings, "value");
        ComponentConformance.RunAll(factory, settings);
    }
}
