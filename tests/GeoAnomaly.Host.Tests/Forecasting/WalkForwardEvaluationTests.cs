using GeoAnomaly.Host.Forecasting;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Forecasting;

public sealed class WalkForwardEvaluationTests
{
    private static readonly DateTimeOffset s_start = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_test_row_is_forecast_once_by_each_model_and_no_training_set_holds_a_label_from_its_test_block()
    {
        // Given: 4 cells x 200 weekly issues; the first feature is informative, labels follow it
        var dataset = Dataset(cells: 4, issues: 200, seed: 3);
        var model = new FirstFeatureModel();
        var candidate = new ForecastCandidate("first/both", model, new FirstFeatureOptions(), new ForecastTrainingSpec());
        var plan = new WalkForwardPlan(s_start.AddDays(7 * 100), TimeSpan.FromDays(7 * 25));

        // When
        var result = WalkForwardEvaluation.Run(dataset, [candidate], plan, new SilentContext(1), null, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(["climatology", "first/both"], result.Names);
        Assert.Equal(4, result.Folds.Count);
        Assert.Equal(4 * 100, result.Rows.Length);
        Assert.Equal(result.Rows.Length, result.Rows.Distinct().Count());
        Assert.All(result.Names, n => Assert.Equal(result.Rows.Length, result.Forecasts[n].Length));
        Assert.All(result.Forecasts["first/both"], p => Assert.InRange(p, 0, 1));
        Assert.Equal(4, model.Seen.Count);
        for (int k = 0; k < result.Folds.Count; k++)
        {
            // The training rows handed to the model (fit part) end one horizon before the fold's cut.
            var fold = result.Folds[k].Fold;
            Assert.All(fold.Train, i => Assert.True(dataset.Rows[i].Issue + dataset.Horizon <= fold.Cut));
            Assert.True(model.Seen[k].Rows.Count < fold.Train.Length);
        }

        // Platt calibration keeps the ranking: the model's forecasts order rows like its first feature.
        var probabilities = result.Forecasts["first/both"];
        var firstFeature = result.Rows.Select(i => dataset[i, 0]).ToArray();
        int foldOne = result.FoldOf.Count(f => f == 1);
        var order = Enumerable.Range(0, foldOne).OrderBy(i => firstFeature[i]).ToList();
        Assert.True(order.Zip(order.Skip(1)).All(p => probabilities[p.First] <= probabilities[p.Second] + 1e-12));
    }

    [Fact]
    public void A_trained_model_saved_and_loaded_forecasts_the_same_probabilities()
    {
        // Given
        var dataset = Dataset(cells: 3, issues: 120, seed: 5);
        var model = new FirstFeatureModel();
        int[] train = [.. Enumerable.Range(0, dataset.Count).Where(i => dataset.Rows[i].Issue < s_start.AddDays(7 * 80))];
        var trained = ForecastTrainer.Train(dataset, train, model, new FirstFeatureOptions { Scale = 2 }, new ForecastTrainingSpec { Calibration = CalibrationMethod.Isotonic }, new SilentContext(), TestContext.Current.CancellationToken);
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "model.zip");
        int[] all = [.. Enumerable.Range(0, dataset.Count)];

        // When
        trained.Save(path);
        var loaded = TrainedForecast.Load(path, _ => model, new SilentContext());

        // Then
        Assert.Equal(trained.Probabilities(dataset, all), loaded.Probabilities(dataset, all));
        Assert.Equal(CalibrationMethod.Isotonic, loaded.Calibration.Method);
        Assert.Equal(trained.Period, loaded.Period);
        Assert.Equal(2.0, loaded.Options.GetProperty("scale").GetDouble());
    }

    /// <summary>Rows whose label is drawn with a probability rising with feature 0; feature 1 is an anomaly column of noise.</summary>
    private static ForecastDataset Dataset(int cells, int issues, int seed)
    {
        var random = new Random(seed);
        var keys = new List<ForecastRowKey>();
        var values = new List<double>();
        for (int c = 0; c < cells; c++)
        {
            for (int k = 0; k < issues; k++)
            {
                double x = random.NextDouble();
                bool label = random.NextDouble() < 0.02 + (0.3 * x * x);
                keys.Add(new ForecastRowKey($"c{c}", c, c, s_start.AddDays(7 * k), label, label ? s_start.AddDays((7 * k) + 3) : null));
                values.Add(x);
                values.Add(k % 5 == 0 ? double.NaN : random.NextDouble());
            }
        }

        return new ForecastDataset("test.csv", ["x", "anomaly_count_7d"], [.. values], keys, horizonDays: 14);
    }
}
