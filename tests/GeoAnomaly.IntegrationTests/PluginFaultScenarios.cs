using System.Runtime.Loader;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.IntegrationTests.Support;
using GeoAnomaly.Sdk;
using Newtonsoft.Json;

namespace GeoAnomaly.IntegrationTests;

public sealed class PluginFaultScenarios(FaultyRunFixture fixture) : IClassFixture<FaultyRunFixture>, IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("ga-plugin-scenarios-").FullName;

    /// <summary>Plugin faults: a detector that throws on one station is reported by plugin, component and channel; every other channel and component finishes.</summary>
    [Fact]
    public void A_throwing_plugin_is_named_and_the_other_channels_and_components_finish()
    {
        // Given: the shared run over STA1, BAD, HANG, STA2

        // When
        var bad = fixture.Run.For(new ChannelId("XX", "BAD", "CH"), "throwing");

        // Then
        Assert.False(bad.Succeeded);
        Assert.Equal(PluginFaultKind.Exception, bad.Fault.FaultKind);
        Assert.Equal("plugin GeoAnomaly.Fixtures.ThrowingPlugin, detector throwing, channel XX.BAD.CH: fixture failure on XX.BAD.CH", bad.Fault.Message);
        foreach (string station in new[] { "STA1", "STA2", "HANG" })
        {
            var ok = fixture.Run.For(new ChannelId("XX", station, "CH"), "throwing");
            Assert.True(ok.Succeeded, $"throwing on {station}: {ok.Fault?.Message}");
            Assert.Equal(2000, ok.Output.Length);
        }

        Assert.True(fixture.Run.For(new ChannelId("XX", "BAD", "CH"), "good").Succeeded);
        Assert.True(fixture.Run.For(new ChannelId("XX", "BAD", "CH"), "json-roundtrip").Succeeded);
    }

    /// <summary>Plugin faults: a detector that never returns on one station is abandoned after the timeout and named; the rest finishes.</summary>
    [Fact]
    public void A_hanging_plugin_times_out_named_and_the_other_channels_and_components_finish()
    {
        // When
        var hung = fixture.Run.For(new ChannelId("XX", "HANG", "CH"), "hanging");

        // Then
        Assert.False(hung.Succeeded);
        Assert.Equal(PluginFaultKind.Timeout, hung.Fault.FaultKind);
        Assert.StartsWith("plugin GeoAnomaly.Fixtures.HangingPlugin, detector hanging, channel XX.HANG.CH: Process did not return within 2 s", hung.Fault.Message, StringComparison.Ordinal);
        var faults = fixture.Run.Faults.ToList();
        Assert.Equal(2, faults.Count);
        Assert.Equal((fixture.Channels.Count * fixture.Catalog.Components.Count) - 2, fixture.Run.Results.Count(r => r.Succeeded));
    }

    /// <summary>Plugin isolation: a plugin built on Newtonsoft.Json 12 runs on its own copy while the host process uses Newtonsoft.Json 13.</summary>
    [Fact]
    public void A_plugin_with_a_conflicting_dependency_version_runs_on_its_own_copy_beside_the_hosts()
    {
        // Given: the host uses its own Newtonsoft.Json
        int hostMajor = typeof(JsonConvert).Assembly.GetName().Version!.Major;
        string roundTrip = JsonConvert.SerializeObject(new { host = hostMajor });

        // When
        var result = fixture.Run.For(new ChannelId("XX", "STA1", "CH"), "json-roundtrip");

        // Then
        Assert.Equal(13, hostMajor);
        Assert.Contains("13", roundTrip, StringComparison.Ordinal);
        Assert.True(result.Succeeded, result.Fault?.Message);
        Assert.All(result.Output.Column("newtonsoft-major").ToArray(), v => Assert.Equal(12, v));
        var input = fixture.Channels[0].Series.Values;
        var score = result.Output.Primary;
        for (int i = 0; i < input.Length; i++)
        {
            Assert.Equal(Math.Abs(input[i]), score[i], 12);
        }

        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "Newtonsoft.Json").ToList();
        Assert.Contains(loaded, a => a.GetName().Version!.Major == 12 && AssemblyLoadContext.GetLoadContext(a) != AssemblyLoadContext.Default);
        Assert.Contains(loaded, a => a.GetName().Version!.Major == 13 && AssemblyLoadContext.GetLoadContext(a) == AssemblyLoadContext.Default);
    }

    /// <summary>Plugin faults: a component whose constructor throws is reported by plugin and type; its sibling loads and runs.</summary>
    [Fact]
    public void A_component_whose_constructor_throws_is_reported_and_its_sibling_runs()
    {
        // When
        var errors = fixture.Catalog.Errors.Where(e => e.Plugin == PluginFixtures.BadComponent).ToList();

        // Then
        var error = Assert.Single(errors);
        Assert.Equal("GeoAnomaly.Fixtures.BadComponentPlugin.BrokenDetector", error.Component);
        Assert.Equal("constructor threw InvalidOperationException: broken on purpose: missing calibration table", error.Message);
        Assert.Single(fixture.Catalog.Errors);
        Assert.Equal(PluginFixtures.BadComponent, fixture.Catalog.Find("good").PluginName);
        Assert.All(fixture.Channels, c => Assert.True(fixture.Run.For(c.Channel.Id, "good").Succeeded));
    }

    /// <summary>Plugin folders: a subfolder without its dll is an error naming the folder, and the plugins beside it load.</summary>
    [Fact]
    public void A_plugin_folder_without_its_dll_is_an_error_naming_the_folder()
    {
        // Given
        string empty = Directory.CreateDirectory(Path.Combine(_temp, "Station.Tools")).FullName;
        File.WriteAllText(Path.Combine(empty, "readme.txt"), "not a plugin");
        PluginFixtures.CopyInto(PluginFixtures.Throwing, _temp);

        // When
        using var catalog = PluginFixtures.Load(_temp);

        // Then
        var error = Assert.Single(catalog.Errors);
        Assert.Equal("Station.Tools", error.Plugin);
        Assert.Contains($"'{empty}' has no Station.Tools.dll", error.Message, StringComparison.Ordinal);
        Assert.Equal("throwing", Assert.Single(catalog.Components).Name);
    }

    /// <summary>Plugin folders: --plugins folders are searched before GEOANOMALY_PLUGINS, which comes before the default folder; the first copy of a plugin wins.</summary>
    [Fact]
    public void Plugins_are_searched_in_explicit_then_environment_then_default_order()
    {
        // Given: the throwing plugin in the explicit folder and in the default one; others in one place each
        string explicitRoot = Directory.CreateDirectory(Path.Combine(_temp, "explicit")).FullName;
        string envFirst = Directory.CreateDirectory(Path.Combine(_temp, "env1")).FullName;
        string envSecond = Directory.CreateDirectory(Path.Combine(_temp, "env2")).FullName;
        string exe = Directory.CreateDirectory(Path.Combine(_temp, "exe")).FullName;
        string defaultRoot = Directory.CreateDirectory(Path.Combine(exe, "plugins")).FullName;
        PluginFixtures.CopyInto(PluginFixtures.Throwing, explicitRoot);
        PluginFixtures.CopyInto(PluginFixtures.Throwing, defaultRoot);
        PluginFixtures.CopyInto(PluginFixtures.Hanging, envFirst);
        PluginFixtures.CopyInto(PluginFixtures.ConflictingDependency, envSecond);
        PluginFixtures.CopyInto(PluginFixtures.BadComponent, defaultRoot);
        var path = PluginSearchPath.Resolve([explicitRoot], $"{envFirst}{Path.PathSeparator}{envSecond}", exe);

        // When
        using var catalog = PluginCatalog.Load(path, PluginFixtures.Logger);

        // Then
        Assert.Equal(Path.Combine(explicitRoot, PluginFixtures.Throwing), catalog.Find("throwing").Folder);
        Assert.Equal(Path.Combine(envFirst, PluginFixtures.Hanging), catalog.Find("hanging").Folder);
        Assert.Equal(Path.Combine(envSecond, PluginFixtures.ConflictingDependency), catalog.Find("json-roundtrip").Folder);
        Assert.Equal(Path.Combine(defaultRoot, PluginFixtures.BadComponent), catalog.Find("good").Folder);
        Assert.Equal(
            [PluginFixtures.Throwing, PluginFixtures.Hanging, PluginFixtures.ConflictingDependency, PluginFixtures.BadComponent],
            catalog.Plugins.Select(p => p.Name));
        Assert.DoesNotContain(catalog.Errors, e => e.Plugin == PluginFixtures.Throwing);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
