using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Cleaning;

/// <summary>Runs a cleaning component over a minute series from <see cref="CleaningSignals.Start"/>, with the test's cancellation token.</summary>
internal static class CleaningRuns
{
    /// <summary>All outputs of <paramref name="component"/> over <paramref name="values"/>.</summary>
    public static ComponentOutput Run(IComponent component, double[] values, object? options = null) =>
        component.Run(CleaningSignals.ToSeries(values), options, cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>Output <paramref name="name"/> as an array.</summary>
    public static double[] Column(IComponent component, double[] values, string name, object? options = null) =>
        Run(component, values, options).Column(name).ToArray();
}
