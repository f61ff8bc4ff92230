using GeoAnomaly.Plugins.Forecasting;
using GeoAnomaly.Plugins.Forecasting.Network;
using GeoAnomaly.Plugins.Tests.Support.Forecasting;
using GeoAnomaly.Plugins.Tests.Support.IsolationForest;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Forecasting;

public sealed class NeuralNetworkModelTests
{
    [Fact]
    public void On_linear_log_odds_it_ranks_as_well_as_logistic_regression()
    {
        // Given
        var training = ForecastSets.Linear(2000, seed: 21);
        var test = ForecastSets.Linear(2000, seed: 22);

        // When
        double network = HeldOutAuc(new NeuralNetworkModel(), new NeuralNetworkOptions(), training, test);
        double logistic = HeldOutAuc(new LogisticRegressionModel(), new LogisticRegressionOptions(), training, test);

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine($"linear: network AUC {network:0.0000}, logistic regression {logistic:0.0000}");
        Assert.True(Math.Abs(network - logistic) < 0.02, $"network AUC {network:0.0000}, logistic regression {logistic:0.0000}");
        Assert.True(logistic > 0.8, $"logistic regression AUC {logistic:0.0000}");
    }

    [Fact]
    public void On_an_xor_pattern_it_beats_logistic_regression_clearly()
    {
        // Given
        var training = ForecastSets.Xor(2000, seed: 31);
        var test = ForecastSets.Xor(2000, seed: 32);

        // When
        double network = HeldOutAuc(new NeuralNetworkModel(), new NeuralNetworkOptions(), training, test);
        double logistic = HeldOutAuc(new LogisticRegressionModel(), new LogisticRegressionOptions(), training, test);

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine($"xor: network AUC {network:0.0000}, logistic regression {logistic:0.0000}");
        Assert.True(network > 0.9, $"network AUC {network:0.0000}");
        Assert.True(logistic < 0.65, $"logistic regression AUC {logistic:0.0000}");
    }

    [Theory]
    [InlineData(Activation.Relu, Optimizer.Lbfgs, 0)]
    [InlineData(Activation.Tanh, Optimizer.Adam, 0)]
    [InlineData(Activation.Tanh, Optimizer.Lbfgs, 4)]
    public void Other_activations_optimisers_and_a_second_layer_learn_the_xor_pattern(Activation activation, Optimizer optimizer, int second)
    {
        // Given
        var options = new NeuralNetworkOptions { Activation = activation, Optimizer = optimizer, SecondHiddenUnits = second, Epochs = 2000 };

        // When
        double auc = HeldOutAuc(new NeuralNetworkModel(), options, ForecastSets.Xor(2000, seed: 41), ForecastSets.Xor(2000, seed: 42));

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine($"{activation}/{optimizer}/{second}: AUC {auc:0.0000}");
        Assert.True(auc > 0.9, $"{activation}/{optimizer}/{second}: AUC {auc:0.0000}");
    }

    [Fact]
    public void Back_propagation_matches_finite_differences()
    {
        // Given: a two-layer ReLU-free network on a few rows
        var set = ForecastSets.Linear(20, seed: 5);
        var network = new FeedForwardNetwork([4, 3, 2, 1], Activation.Tanh);
        var loss = new NetworkLoss(network, Standardizer.Fit(set.Rows.Values, 4).Apply(set.Rows.Values), set.Labels.ToArray(), set.Weights, 0.01);
        double[] parameters = network.Initial(3);
        double[] gradient = new double[parameters.Length];

        // When
        loss.Evaluate(parameters, gradient);

        // Then
        double[] scratch = new double[parameters.Length];
        for (int p = 0; p < parameters.Length; p++)
        {
            double saved = parameters[p];
            parameters[p] = saved + 1e-6;
            double up = loss.Evaluate(parameters, scratch);
            parameters[p] = saved - 1e-6;
            double down = loss.Evaluate(parameters, scratch);
            parameters[p] = saved;
            Assert.Equal((up - down) / 2e-6, gradient[p], 1e-6);
        }
    }

    [Fact]
    public void Different_seeds_start_from_different_weights()
    {
        // Given
        var set = ForecastSets.Xor(300, seed: 1);
        var model = new NeuralNetworkModel();
        var options = new NeuralNetworkOptions { Epochs = 1 };

        // When
        var first = (NeuralNetworkPredictor)model.TrainChecked(options, set, new SilentContext(1), TestContext.Current.CancellationToken);
        var second = (NeuralNetworkPredictor)model.TrainChecked(options, set, new SilentContext(2), TestContext.Current.CancellationToken);

        // Then
        Assert.NotEqual(first.Parameters, second.Parameters);
    }

    private static double HeldOutAuc<TOptions>(ForecastModel<TOptions> model, TOptions options, ForecastTrainingSet training, ForecastTrainingSet test)
        where TOptions : class, IComponentOptions, new()
    {
        var predictor = model.TrainChecked(options, training, new SilentContext(7), TestContext.Current.CancellationToken);
        return RocAuc.Of(ForecastSets.Scores(predictor, test), test.Labels);
    }
}
