using GeoAnomaly.Plugins.Tests.Support.Forecasting;
using GeoAnomaly.Plugins.Tests.Support.IsolationForest;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Forecasting;

/// <summary>What every forecast model of the plugin must do, run for each of them.</summary>
public sealed class ForecastModelTests
{
    public static TheoryData<string> Models => new(ForecastModels.Names);

    public static TheoryData<string> WeightedModels => new(ForecastModels.Names.Where(n => n != "linear-svm"));

    public static TheoryData<string, string> InvalidOptions =>
        new(ForecastModels.Invalid().Select(x => (x.Model, x.Options.GetType().Name + "." + x.Option)));

    [Theory]
    [MemberData(nameof(Models))]
    public void Learns_an_informative_feature_on_held_out_rows(string name)
    {
        // Given
        var model = ForecastModels.Create(name);
        var training = ForecastSets.Informative(2000, seed: 1);
        var test = ForecastSets.Informative(2000, seed: 2);

        // When
        var predictor = Train(model, training, seed: 5);
        double auc = RocAuc.Of(ForecastSets.Scores(predictor, test), test.Labels);

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: held-out AUC {auc:0.0000}");
        Assert.True(auc > 0.8, $"{name}: held-out AUC {auc:0.000}");
        Assert.Equal(["x1", "x2", "x3"], predictor.Features);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Save_then_load_gives_identical_scores(string name)
    {
        // Given
        var model = ForecastModels.Create(name);
        var predictor = Train(model, ForecastSets.Informative(1000, seed: 3), seed: 5);
        var test = ForecastSets.Informative(500, seed: 4);
        using var stream = new MemoryStream();

        // When
        predictor.Save(stream);
        stream.Position = 0;
        var loaded = model.Load(stream, new SilentContext(99));

        // Then
        Assert.Equal(predictor.Features, loaded.Features);
        Assert.Equal(ForecastSets.Scores(predictor, test), ForecastSets.Scores(loaded, test));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_same_seed_gives_identical_scores(string name)
    {
        // Given
        var training = ForecastSets.Informative(1000, seed: 6);
        var test = ForecastSets.Informative(500, seed: 7);

        // When
        double[] first = ForecastSets.Scores(Train(ForecastModels.Create(name), training, seed: 11), test);
        double[] second = ForecastSets.Scores(Train(ForecastModels.Create(name), training, seed: 11), test);

        // Then
        Assert.Equal(first, second);
        Assert.All(first, s => Assert.True(double.IsFinite(s)));
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_are_refused_naming_the_option(string name, string option)
    {
        // Given
        var (_, options, expected) = ForecastModels.Invalid().Single(x => x.Model == name && x.Options.GetType().Name + "." + x.Option == option);
        var model = ForecastModels.Create(name);

        // When
        var error = Assert.Throws<OptionsException>(() =>
            model.Train(options, ForecastSets.Informative(200, seed: 1), new SilentContext(), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal(name, error.Component);
        Assert.Contains(error.Errors, e => e.Option == expected);
        Assert.Contains(model.Validate(options), e => e.Option == expected);
        Assert.Empty(model.Validate(model.CreateDefaultOptions()));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_training_set_of_one_class_is_refused_with_a_clear_message(string name)
    {
        // Given
        var model = ForecastModels.Create(name);
        var negatives = ForecastSets.NegativesOnly(ForecastSets.Informative(300, seed: 1));

        // When
        var error = Assert.Throws<ArgumentException>(() => Train(model, negatives, seed: 1));

        // Then
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains("all negative", error.Message, StringComparison.Ordinal);
        Assert.Contains("needs both classes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WeightedModels))]
    public void Up_weighting_the_positives_raises_their_mean_score(string name)
    {
        // Given
        var balanced = ForecastSets.Informative(2000, seed: 8);
        var heavy = ForecastSets.UpWeightPositives(balanced, 5);
        var test = ForecastSets.Informative(1000, seed: 9);
        int[] positives = Enumerable.Range(0, test.Rows.Count).Where(i => test.Labels[i]).ToArray();

        // When
        double[] plain = ForecastSets.Scores(Train(ForecastModels.Create(name), balanced, seed: 3), test);
        double[] weighted = ForecastSets.Scores(Train(ForecastModels.Create(name), heavy, seed: 3), test);

        // Then
        double before = positives.Average(i => plain[i]);
        double after = positives.Average(i => weighted[i]);
        Assert.True(after > before, $"{name}: mean positive score {before:0.0000} with balanced weights, {after:0.0000} with positives x5");
    }

    [Fact]
    public void The_linear_svm_ignores_weights_as_its_summary_states()
    {
        // Given
        var balanced = ForecastSets.Informative(2000, seed: 8);
        var heavy = ForecastSets.UpWeightPositives(balanced, 5);
        var test = ForecastSets.Informative(1000, seed: 9);
        var model = ForecastModels.Create("linear-svm");

        // When
        double[] plain = ForecastSets.Scores(Train(model, balanced, seed: 3), test);
        double[] weighted = ForecastSets.Scores(Train(model, heavy, seed: 3), test);

        // Then: if ML.NET starts honouring weights, this fails and the summary must change
        Assert.Equal(plain, weighted);
        Assert.Contains("Ignores the row weights", model.Info.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Load_refuses_a_model_of_another_component_naming_it(string name)
    {
        // Given
        string other = name == "fast-tree" ? "logistic-regression" : "fast-tree";
        var saved = Train(ForecastModels.Create(other), ForecastSets.Informative(300, seed: 1), seed: 1);
        using var stream = new MemoryStream();
        saved.Save(stream);
        stream.Position = 0;

        // When
        var error = Assert.Throws<InvalidDataException>(() => ForecastModels.Create(name).Load(stream, new SilentContext()));

        // Then
        Assert.Contains($"'{other}'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(name, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Prediction_rows_with_other_features_are_refused(string name)
    {
        // Given
        var predictor = Train(ForecastModels.Create(name), ForecastSets.Informative(300, seed: 1), seed: 1);
        var rows = new ForecastRows(["x1", "x3", "x2"], new double[6]);

        // When
        var error = Assert.Throws<ArgumentException>(() => predictor.Predict(rows, new double[2]));

        // Then
        Assert.Contains("x1, x3, x2", error.Message, StringComparison.Ordinal);
    }

    private static IForecastPredictor Train(IForecastModel model, ForecastTrainingSet data, int seed) =>
        model.Train(model.CreateDefaultOptions(), data, new SilentContext(seed), TestContext.Current.CancellationToken);
}
