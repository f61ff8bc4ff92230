using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Plugins.Tests.Support.Forecasting;
using GeoAnomaly.Plugins.Tests.Support.IsolationForest;
using GeoAnomaly.Sdk;
using Serilog;

namespace GeoAnomaly.Plugins.Tests.Forecasting;

/// <summary>The built plugin folder, loaded through the real loader: ML.NET and LightGBM's native library load inside
/// the plugin's own context.</summary>
public sealed class ForecastingDiscoveryTests
{
    private const string Plugin = "GeoAnomaly.Plugins.Forecasting";

    [Fact]
    public void The_built_in_plugin_folder_yields_the_six_forecast_models_by_name()
    {
        // Given
        using var catalog = LoadBuiltIn();

        // When
        var models = ForecastModels.Names.Select(catalog.ForecastModel).ToList();

        // Then
        Assert.DoesNotContain(catalog.Errors, e => e.Plugin == Plugin);
        Assert.All(models, m => Assert.Equal(Plugin, m.PluginName));
        Assert.Equal(ForecastModels.Names.Order(StringComparer.Ordinal), catalog.ForecastModels.Where(m => m.PluginName == Plugin).Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(catalog.Components, c => c.PluginName == Plugin);
    }

    [Theory]
    [MemberData(nameof(ForecastModelTests.Models), MemberType = typeof(ForecastModelTests))]
    public async Task A_model_loaded_through_the_plugin_loader_trains_and_predicts(string name)
    {
        // Given
        using var catalog = LoadBuiltIn();
        var model = catalog.ForecastModel(name);
        var guard = new PluginGuard(new PluginGuardOptions(), new LoggerConfiguration().CreateLogger());
        var training = ForecastSets.Informative(1000, seed: 1);
        var test = ForecastSets.Informative(1000, seed: 2);
        var token = TestContext.Current.CancellationToken;

        // When
        var options = await guard.CreateDefaultOptionsAsync(model, token);
        var predictor = await guard.TrainAsync(model, options.Value!, training, new SilentContext(3), token);
        var scores = await guard.PredictAsync(model, predictor.Value!, test.Rows, token);

        // Then
        Assert.True(predictor.Succeeded, predictor.Fault?.Message);
        Assert.True(scores.Succeeded, scores.Fault?.Message);
        Assert.NotSame(typeof(Plugins.Forecasting.LogisticRegressionModel).Assembly, model.Model.GetType().Assembly);
        Assert.True(RocAuc.Of(scores.Value!, test.Labels) > 0.8);
    }

    [Fact]
    public async Task A_one_class_training_set_is_a_fault_naming_plugin_and_model()
    {
        // Given
        using var catalog = LoadBuiltIn();
        var model = catalog.ForecastModel("fast-tree");
        var guard = new PluginGuard(new PluginGuardOptions(), new LoggerConfiguration().CreateLogger());
        var negatives = ForecastSets.NegativesOnly(ForecastSets.Informative(300, seed: 1));

        // When
        var result = await guard.TrainAsync(model, model.Model.CreateDefaultOptions(), negatives, new SilentContext(), TestContext.Current.CancellationToken);

        // Then
        Assert.False(result.Succeeded);
        Assert.Equal($"plugin {Plugin}, forecast model fast-tree: ", result.Fault!.Message[..(result.Fault.Message.IndexOf(": ", StringComparison.Ordinal) + 2)]);
        Assert.Contains("rows, all negative", result.Fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_model_name_is_an_error_listing_the_known_ones()
    {
        // Given
        using var catalog = LoadBuiltIn();

        // When
        var error = Assert.Throws<PluginException>(() => catalog.ForecastModel("random-forest"));

        // Then
        Assert.Contains("no forecast model named 'random-forest'", error.Message, StringComparison.Ordinal);
        Assert.Contains("fast-forest, fast-tree, lightgbm, linear-svm, logistic-regression, neural-network", error.Message, StringComparison.Ordinal);
    }

    private static PluginCatalog LoadBuiltIn()
    {
        string root = Path.Combine(RepoRoot(), "artifacts", "plugins");
        Assert.True(File.Exists(Path.Combine(root, Plugin, Plugin + ".dll")), $"{Plugin} is not staged in {root}; build the plugin first");
        return PluginCatalog.Load(PluginSearchPath.Resolve([root], null, null), new LoggerConfiguration().CreateLogger());
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoAnomaly.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds GeoAnomaly.sln");
    }
}
