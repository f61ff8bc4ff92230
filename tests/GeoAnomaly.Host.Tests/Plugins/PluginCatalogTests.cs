using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Plugins;

public sealed class PluginCatalogTests : IDisposable
{
    private readonly CollectingSink _sink = new();
    private readonly string _temp = Directory.CreateTempSubdirectory("ga-catalog-").FullName;

    [Fact]
    public void A_second_component_with_a_taken_name_is_an_error_naming_both_plugins()
    {
        // Given
        var builder = new PluginCatalogBuilder(_sink.CreateLogger());
        builder.AddComponent(Some.Loaded(new ScaleDetector(), "First.Plugin"));

        // When
        bool added = builder.AddComponent(Some.Loaded(new SameNameDetector(), "Second.Plugin"));
        using var catalog = builder.Build();

        // Then
        Assert.False(added);
        var error = Assert.Single(catalog.Errors);
        Assert.Equal("Second.Plugin", error.Plugin);
        Assert.Equal("scale", error.Component);
        Assert.Contains("First.Plugin", error.Message, StringComparison.Ordinal);
        Assert.Equal("First.Plugin", catalog.Find("scale").PluginName);
    }

    [Fact]
    public void Looking_up_an_unknown_name_lists_the_names_that_exist()
    {
        // Given
        var builder = new PluginCatalogBuilder(_sink.CreateLogger());
        builder.AddComponent(Some.Loaded(new ScaleDetector()));
        builder.AddComponent(Some.Loaded(new ThrowingDetector()));
        using var catalog = builder.Build();

        // When
        var error = Assert.Throws<PluginException>(() => catalog.Find("spectral-residual"));

        // Then
        Assert.Equal("no component named 'spectral-residual'; loaded components are scale, throwing", error.Message);
    }

    [Fact]
    public void Lookup_ignores_case()
    {
        // Given
        var builder = new PluginCatalogBuilder(_sink.CreateLogger());
        builder.AddComponent(Some.Loaded(new ScaleDetector()));
        using var catalog = builder.Build();

        // When
        bool found = catalog.TryFind("SCALE", out var component);

        // Then
        Assert.True(found);
        Assert.Equal("scale", component!.Name);
    }

    [Fact]
    public void An_explicit_folder_that_does_not_exist_is_an_error_naming_it_and_its_source()
    {
        // Given
        string missing = Path.Combine(_temp, "nowhere");
        var path = PluginSearchPath.Resolve([missing], null, null);

        // When
        using var catalog = PluginCatalog.Load(path, _sink.CreateLogger());

        // Then
        var error = Assert.Single(catalog.Errors);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("--plugins", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_default_folder_is_skipped_without_error()
    {
        // Given: a base directory without a plugins folder
        var path = PluginSearchPath.Resolve([], null, _temp);

        // When
        using var catalog = PluginCatalog.Load(path, _sink.CreateLogger());

        // Then
        Assert.Empty(catalog.Errors);
        Assert.Empty(catalog.Components);
    }

    [Fact]
    public void A_folder_without_its_dll_is_an_error_naming_the_folder()
    {
        // Given
        string folder = Directory.CreateDirectory(Path.Combine(_temp, "Some.Plugin")).FullName;
        File.WriteAllText(Path.Combine(folder, "Other.dll"), "");

        // When
        using var catalog = PluginCatalog.Load(PluginSearchPath.Resolve([_temp], null, null), _sink.CreateLogger());

        // Then
        var error = Assert.Single(catalog.Errors);
        Assert.Equal("Some.Plugin", error.Plugin);
        Assert.Contains($"'{folder}' has no Some.Plugin.dll", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dll_that_is_not_an_assembly_is_an_error_naming_the_file()
    {
        // Given
        string folder = Directory.CreateDirectory(Path.Combine(_temp, "Junk.Plugin")).FullName;
        string dll = Path.Combine(folder, "Junk.Plugin.dll");
        File.WriteAllText(dll, "not a PE image");

        // When
        using var catalog = PluginCatalog.Load(PluginSearchPath.Resolve([_temp], null, null), _sink.CreateLogger());

        // Then
        var error = Assert.Single(catalog.Errors);
        Assert.Equal("Junk.Plugin", error.Plugin);
        Assert.Contains(dll, error.Message, StringComparison.Ordinal);
        Assert.Contains("BadImageFormatException", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
