using GeoAnomaly.Host.Forecasting.Metrics;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Forecasting.Metrics;

public sealed class PermutationImportanceTests
{
    [Fact]
    public void An_informative_feature_ranks_above_a_noise_feature()
    {
        // Given labels that follow feature 0 (plus noise) and a feature 1 of pure noise; the model uses both
        var random = new Xoshiro256StarStar(3);
        const int Rows = 400;
        var values = new double[Rows * 2];
        var labels = new bool[Rows];
        for (int i = 0; i < Rows; i++)
        {
            values[2 * i] = random.NextDouble();
            values[(2 * i) + 1] = random.NextDouble();
            labels[i] = values[2 * i] + (0.3 * random.NextDouble()) > 0.8;
        }

        var rows = new ForecastRows(["signal", "noise"], values);
        double[] Predict(ForecastRows r) => [.. Enumerable.Range(0, r.Count).Select(i => r[i, 0] + (0.2 * r[i, 1]))];

        // When
        var importance = PermutationImportance.Compute(Predict, rows, labels, repeats: 5, seed: 11);

        // Then
        Assert.Equal(["signal", "noise"], importance.Select(f => f.Name));
        Assert.True(importance[0].MeanDrop > 0.2, $"signal drop {importance[0].MeanDrop}");
        Assert.True(importance[0].MeanDrop > importance[1].MeanDrop + (3 * importance[0].StandardDeviation));
        Assert.True(Math.Abs(importance[1].MeanDrop) < 0.05, $"noise drop {importance[1].MeanDrop}");
    }

    [Fact]
    public void A_feature_the_model_ignores_has_no_importance_under_any_metric()
    {
        // Given a model that reads only feature 0, and the Brier-like metric −mean squared error
        var rows = new ForecastRows(["used", "ignored"], [0.1, 5, 0.9, 6, 0.2, 7, 0.8, 8]);
        bool[] labels = [false, true, false, true];
        static double[] Predict(ForecastRows r) => [.. Enumerable.Range(0, r.Count).Select(i => r[i, 0])];
        static double NegativeBrier(double[] p, bool[] y) => -ProbabilityScores.Brier(p, y);

        // When
        var importance = PermutationImportance.Compute(Predict, rows, labels, NegativeBrier, repeats: 4, seed: 2);

        // Then
        Assert.Equal(0, importance[1].MeanDrop);
        Assert.True(importance[0].MeanDrop > 0);
    }
}
