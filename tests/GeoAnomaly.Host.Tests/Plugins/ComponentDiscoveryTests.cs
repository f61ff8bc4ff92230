using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Plugins;

public sealed class ComponentDiscoveryTests
{
    private static readonly LoadedPlugin s_plugin = new("Test.Plugin", new Version(2, 0), "/plugins/Test.Plugin");

    private readonly CollectingSink _sink = new();

    [Fact]
    public void Components_with_non_public_constructors_load_with_their_kind()
    {
        // Given
        var builder = new PluginCatalogBuilder(_sink.CreateLogger());

        // When
        int added = ComponentDiscovery.Discover(s_plugin, [typeof(PrivateConstructorPreprocessor), typeof(ScaleDetector)], builder);
        using var catalog = builder.Build();

        // Then
        Assert.Equal(2, added);
        Assert.Equal(ComponentKind.Preprocessor, catalog.Find("private-ctor").Kind);
        Assert.Equal(ComponentKind.Detector, catalog.Find("scale").Kind);
        Assert.Equal(new Version(2, 0), catalog.Find("scale").AssemblyVersion);
    }

    [Fact]
    public void A_throwing_constructor_is_an_error_naming_the_type_and_the_others_still_load()
    {
        // Given
        var builder = new PluginCatalogBuilder(_sink.CreateLogger());

        // When
        ComponentDiscovery.Discover(s_plugin, [typeof(ConstructorThrowsDetector), typeof(ScaleDetector)], builder);
        using var catalog = builder.Build();

        // Then
        var error = Assert.Single(catalog.Errors);
        Assert.Equal(typeof(ConstructorThrowsDetector).FullName, error.Component);
        Assert.Equal("constructor threw InvalidOperationException: no calibration file", error.Message);
        Assert.Equal("scale", Assert.Single(catalog.Components).Name);
    }

    [Fact]
    public void A_component_without_a_parameterless_constructor_is_an_error()
    {
        // Given
        var builder = new PluginCatalogBuilder(_sink.CreateLogger());

        // When
        ComponentDiscovery.Discover(s_plugin, [typeof(NeedsArgumentDetector)], builder);
        using var catalog = builder.Build();

        // Then
        Assert.Contains("no parameterless constructor", Assert.Single(catalog.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Abstract_classes_and_non_components_are_not_candidates()
    {
        // When
        var candidates = ComponentDiscovery.Candidates([typeof(AbstractDetector), typeof(DelegateState), typeof(string), typeof(ScaleDetector)]);

        // Then
        Assert.Equal([typeof(ScaleDetector)], candidates);
    }
}
