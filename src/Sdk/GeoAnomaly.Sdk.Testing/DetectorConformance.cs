namespace GeoAnomaly.Sdk.Testing;

/// <summary>The conformance suite for detectors: <see cref="ComponentConformance"/> plus the detector output convention.</summary>
public static class DetectorConformance
{
    /// <summary>Runs every check; throws <see cref="ConformanceFailedException"/> on the first failure.</summary>
    /// <param name="factory">Creates a fresh detector.</param>
    /// <param name="settings">How to exercise it; defaults when null.</param>
    public static void RunAll(Func<IDetector> factory, ConformanceSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        settings ??= new ConformanceSettings();
        PrimaryOutputIs(factory(), settings, "score");
        ComponentConformance.RunAll(factory, settings);
    }

    internal static void PrimaryOutputIs(IComponent component, ConformanceSettings settings, string expected)
    {
        var state = component.Start(settings.Options ?? component.CreateDefaultOptions(), ComponentConformance.StartFor(settings));
        if (state.Outputs.Count == 0 || state.Outputs[0] != expected)
        {
            throw new ConformanceFailedException(component.Info.Name, nameof(PrimaryOutputIs), $"the first output must be '{expected}', got [{string.Join(", ", state.Outputs)}]");
        }

        if (state.WarmUp < 0)
        {
            throw new ConformanceFailedException(component.Info.Name, nameof(PrimaryOutputIs), $"warm-up is negative ({state.WarmUp})");
        }
    }
}
