using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Plugins;

public sealed class ForecastModelDiscoveryTests
{
    private static readonly LoadedPlugin s_plugin = new("Test.Plugin", new Version(2, 0), "/plugins/Test.Plugin");

    private readonly CollectingSink _sink = new();

    [Fact]
    public void Forecast_models_are_found_beside_components_and_retrievable_by_name()
    {
        // Given
        var builder = new PluginCatalogBuilder(_sink.CreateLogger());

        // When
        int added = ComponentDiscovery.Discover(s_plugin, [typeof(FirstFeatureModel), typeof(ScaleDetector)], builder);
        using var catalog = builder.Build();

        // Then
        Assert.Equal(2, added);
        Assert.Equal("scale", Assert.Single(catalog.Components).Name);
        var model = catalog.ForecastModel("FIRST-feature");
        Assert.Equal("first-feature", model.Name);
        Assert.Equal("plugin Test.Plugin, forecast model first-feature", model.ToString());
        Assert.Empty(catalog.Errors);
    }

    [Fact]
    public void An_unknown_forecast_model_is_an_error_listing_the_known_ones()
    {
        // Given
        var builder = new PluginCatalogBuilder(_sink.CreateLogger());
        ComponentDiscovery.Discover(s_plugin, [typeof(FirstFeatureModel), typeof(ThrowingForecastModel), typeof(ScaleDetector)], builder);
        using var catalog = builder.Build();

        // When
        var error = Assert.Throws<PluginException>(() => catalog.ForecastModel("scale"));

        // Then
        Assert.Equal("no forecast model named 'scale'; loaded forecast models are first-feature, throwing-model", error.Message);
    }

    [Fact]
    public void A_second_forecast_model_with_a_taken_name_is_an_error()
    {
        // Given
        var builder = new PluginCatalogBuilder(_sink.CreateLogger());
        ComponentDiscovery.Discover(s_plugin, [typeof(FirstFeatureModel)], builder);

        // When
        ComponentDiscovery.Discover(s_plugin with { Name = "Other.Plugin" }, [typeof(FirstFeatureModel)], builder);
        using var catalog = builder.Build();

        // Then
        Assert.Single(catalog.ForecastModels);
        Assert.Contains("already used by plugin Test.Plugin", Assert.Single(catalog.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throwing_Train_becomes_a_fault_naming_plugin_and_model()
    {
        // Given
        var builder = new PluginCatalogBuilder(_sink.CreateLogger());
        ComponentDiscovery.Discover(s_plugin, [typeof(ThrowingForecastModel)], builder);
        using var catalog = builder.Build();
        var guard = new PluginGuard(new PluginGuardOptions(), _sink.CreateLogger());
        var data = new ForecastTrainingSet(new ForecastRows(["a"], [1, 2]), [true, false]);

        // When
        var result = await guard.TrainAsync(catalog.ForecastModel("throwing-model"), new ScaleOptions(), data, new SilentContext(), TestContext.Current.CancellationToken);

        // Then
        Assert.False(result.Succeeded);
        Assert.Equal(ComponentKind.ForecastModel, result.Fault.Kind);
        Assert.Equal("Train", result.Fault.Call);
        Assert.StartsWith("plugin Test.Plugin, forecast model throwing-model: throwing-model: the training set has one class only", result.Fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_through_the_guard_returns_the_predictor_scores()
    {
        // Given
        var builder = new PluginCatalogBuilder(_sink.CreateLogger());
        ComponentDiscovery.Discover(s_plugin, [typeof(FirstFeatureModel)], builder);
        using var catalog = builder.Build();
        var model = catalog.ForecastModel("first-feature");
        var guard = new PluginGuard(new PluginGuardOptions(), _sink.CreateLogger());
        var rows = new ForecastRows(["a", "b"], [3, 0, -1, 0]);
        var token = TestContext.Current.CancellationToken;
        var predictor = await guard.TrainAsync(model, new FirstFeatureOptions(), new ForecastTrainingSet(rows, [true, false]), new SilentContext(), token);

        // When
        var scores = await guard.PredictAsync(model, predictor.Value!, rows, token);

        // Then
        Assert.True(scores.Succeeded);
        Assert.Equal([3.0, -1.0], scores.Value);
    }
}
