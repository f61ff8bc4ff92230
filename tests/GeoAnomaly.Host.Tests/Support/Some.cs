using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Data builders for host tests.</summary>
internal static class Some
{
    public const string Plugin = "Test.Plugin";

    public static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>A seeded series of <paramref name="length"/> minute samples, NaN at <paramref name="gaps"/>.</summary>
    public static Series Series(int length, int seed = 1, params int[] gaps)
    {
        var random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = Math.Sin(i / 30.0) + (0.1 * (random.NextDouble() - 0.5));
        }

        foreach (int g in gaps)
        {
            values[g] = double.NaN;
        }

        return new Series(Start, Minute, values);
    }

    /// <summary>A series holding exactly <paramref name="values"/>.</summary>
    public static Series SeriesOf(params double[] values) => new(Start, Minute, values);

    public static ChannelId Channel(string station) => new("XX", station, "CH");

    public static ChannelSeries ChannelSeries(string station, int length = 200, int seed = 1) =>
        new(new ChannelInfo(Channel(station), ChannelKind.Other), Series(length, seed));

    /// <summary>Wraps an in-process component as if it had been loaded from plugin <paramref name="plugin"/>.</summary>
    public static LoadedComponent Loaded(IComponent component, string plugin = Plugin) =>
        new(plugin, new Version(1, 2, 3), $"/plugins/{plugin}", component,
            component is IPreprocessor ? ComponentKind.Preprocessor : ComponentKind.Detector, component.Info);

    public static ComponentStart StartOn(string station) =>
        new(new ChannelInfo(Channel(station), ChannelKind.Other), Minute, new SilentContext());
}
