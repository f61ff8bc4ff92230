using GeoAnomaly.Plugins.Forecasting;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Forecasting;

/// <summary>The plugin's forecast models by name, with one invalid options instance each and the option it breaks.</summary>
internal static class ForecastModels
{
    /// <summary>The six model names.</summary>
    public static readonly string[] Names = ["logistic-regression", "fast-tree", "fast-forest", "lightgbm", "linear-svm", "neural-network"];

    /// <summary>A new instance of the model called <paramref name="name"/>.</summary>
    /// <param name="name">The model's name.</param>
    public static IForecastModel Create(string name) => name switch
    {
        "logistic-regression" => new LogisticRegressionModel(),
        "fast-tree" => new FastTreeModel(),
        "fast-forest" => new FastForestModel(),
        "lightgbm" => new LightGbmModel(),
        "linear-svm" => new LinearSvmModel(),
        "neural-network" => new NeuralNetworkModel(),
        _ => throw new ArgumentException($"unknown model {name}", nameof(name)),
    };

    /// <summary>Options that must be refused, with the configuration name of the option at fault.</summary>
    public static IEnumerable<(string Model, object Options, string Option)> Invalid() =>
    [
        ("logistic-regression", new LogisticRegressionOptions { L2Regularization = -1 }, "l2Regularization"),
        ("logistic-regression", new LogisticRegressionOptions { Normalization = (Plugins.Forecasting.MlNet.FeatureNormalization)7 }, "normalization"),
        ("fast-tree", new FastTreeOptions { NumberOfLeaves = 1 }, "numberOfLeaves"),
        ("fast-tree", new FastTreeOptions { LearningRate = double.NaN }, "learningRate"),
        ("fast-forest", new FastForestOptions { FeatureFraction = 0 }, "featureFraction"),
        ("lightgbm", new LightGbmOptions { NumberOfIterations = 0 }, "numberOfIterations"),
        ("linear-svm", new LinearSvmOptions { Lambda = 0 }, "lambda"),
        ("neural-network", new NeuralNetworkOptions { HiddenUnits = 0 }, "hiddenUnits"),
        ("neural-network", new NeuralNetworkOptions { Tolerance = 0 }, "tolerance"),
    ];
}
