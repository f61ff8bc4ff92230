using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>
/// Loads every fixture plugin from <c>artifacts/test-plugins</c> through the real loader and runs all their components
/// over four channels (one that makes the throwing plugin throw, one that makes the hanging plugin hang) with a 2 s
/// call timeout. Shared by the fault scenarios so the hang, whose thread is abandoned, happens once per test run.
/// </summary>
public sealed class FaultyRunFixture : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    internal PluginCatalog Catalog { get; private set; } = null!;

    internal IReadOnlyList<ChannelSeries> Channels { get; } =
    [
        PluginFixtures.Channel("STA1", seed: 1),
        PluginFixtures.Channel("BAD", seed: 2),
        PluginFixtures.Channel("HANG", seed: 3),
        PluginFixtures.Channel("STA2", seed: 4),
    ];

    internal ChannelRunResult Run { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        foreach (string name in new[] { PluginFixtures.Throwing, PluginFixtures.Hanging, PluginFixtures.ConflictingDependency, PluginFixtures.BadComponent })
        {
            PluginFixtures.Folder(name);
        }

        Catalog = PluginFixtures.Load(PluginFixtures.TestPluginsRoot);
        var guard = new PluginGuard(new PluginGuardOptions { CallTimeout = Timeout }, PluginFixtures.Logger);
        var runner = new ChannelRunner(guard, new ChannelRunnerOptions { MaxDegreeOfParallelism = 4 }, PluginFixtures.Logger);
        var components = Catalog.Components.Select(c => new ConfiguredComponent(c)).ToList();
        Run = await runner.RunAsync(components, Channels, CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        Catalog.Dispose();
        return ValueTask.CompletedTask;
    }
}
