using System.Text.Json;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Forecasting;

/// <summary>How a forecast model is trained, beside the model's own options.</summary>
internal sealed record ForecastTrainingSpec
{
    /// <summary>Which features the model sees. Default both.</summary>
    public FeatureSet Features { get; init; } = FeatureSet.Both;

    /// <summary>Score-to-probability map fitted on the held-out slice. Default Platt.</summary>
    public CalibrationMethod Calibration { get; init; } = CalibrationMethod.Platt;

    /// <summary>Fraction of the training issue times (the latest) held out for calibration, after a one-horizon gap. Default 0.2.</summary>
    public double HeldOutFraction { get; init; } = 0.2;

    /// <summary>Weight the classes so each sums to half the rows (true, default), or every row 1.</summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>Every problem with the spec, each naming its option.</summary>
    public IReadOnlyList<string> Validate() =>
        HeldOutFraction is < 0 or >= 0.9 ? [$"held-out-fraction: must be in [0, 0.9), got {HeldOutFraction}"] : [];
}

/// <summary>What a training run used: the period and its class balance.</summary>
/// <param name="Dataset">Dataset file name.</param>
/// <param name="FirstIssue">First training issue time.</param>
/// <param name="LastIssue">Last training issue time.</param>
/// <param name="Rows">Rows the model was fitted on.</param>
/// <param name="Positives">Target rows among them.</param>
/// <param name="HeldOutRows">Rows held out for calibration.</param>
/// <param name="HeldOutPositives">Target rows among them.</param>
internal sealed record TrainingPeriod(string Dataset, DateTimeOffset FirstIssue, DateTimeOffset LastIssue, int Rows, int Positives, int HeldOutRows, int HeldOutPositives);

/// <summary>Trains a forecast-model component on dataset rows: feature selection, median imputation, class weights, the
/// component's fit, then calibration on the held-out slice.</summary>
internal static class ForecastTrainer
{
    /// <summary>Trains <paramref name="model"/> on <paramref name="train"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="train">Training rows (labels closed before the forecast period).</param>
    /// <param name="model">The component.</param>
    /// <param name="options">Its options (an instance of its options type).</param>
    /// <param name="spec">Features, calibration, hold-out, weights.</param>
    /// <param name="context">Seed and logging.</param>
    /// <param name="ct">Stops training.</param>
    /// <exception cref="ForecastException">No features of the chosen set, or no target events to learn from.</exception>
    public static TrainedForecast Train(ForecastDataset dataset, IReadOnlyList<int> train, IForecastModel model, object options, ForecastTrainingSpec spec, IPluginContext context, CancellationToken ct) =>
        Train(dataset, train, model, options, spec, context, ct, out _);

    /// <summary>Trains <paramref name="model"/> on <paramref name="train"/> and returns the calibrated probabilities of the
    /// held-out slice too (where a threshold is chosen without seeing the forecast period).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="train">Training rows (labels closed before the forecast period).</param>
    /// <param name="model">The component.</param>
    /// <param name="options">Its options (an instance of its options type).</param>
    /// <param name="spec">Features, calibration, hold-out, weights.</param>
    /// <param name="context">Seed and logging.</param>
    /// <param name="ct">Stops training.</param>
    /// <param name="heldOutScores">The held-out rows' calibrated probabilities and labels (empty when nothing was held out).</param>
    /// <exception cref="ForecastException">No features of the chosen set, or no target events to learn from.</exception>
    public static TrainedForecast Train(ForecastDataset dataset, IReadOnlyList<int> train, IForecastModel model, object options, ForecastTrainingSpec spec, IPluginContext context, CancellationToken ct, out HeldOutScores heldOutScores)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(spec);
        int[] features = dataset.FeatureIndices(spec.Features);
        if (features.Length == 0)
        {
            throw new ForecastException($"{dataset.Source}: no {FeatureSets.Text(spec.Features)} features among its columns ({string.Join(", ", dataset.Features)})");
        }

        var (fit, heldOut) = WalkForward.HoldOut(dataset.Rows, train, dataset.Horizon, spec.HeldOutFraction);
        bool[] labels = dataset.Labels(fit);
        int positives = labels.Count(l => l);
        if (positives == 0 || positives == labels.Length)
        {
            throw new ForecastException($"{dataset.Source}: the training rows ({fit.Length}, issued {Period(dataset, fit)}) have {positives} target rows; a model needs both classes (start the evaluation later or lower --target-magnitude in 'features')");
        }

        string[] names = [.. features.Select(j => dataset.Features[j])];
        double[] matrix = dataset.Matrix(fit, features);
        double[] medians = MedianImputer.Medians(matrix, features.Length);
        var rows = new ForecastRows(names, MedianImputer.Fill(matrix, medians));
        var set = new ForecastTrainingSet(rows, labels, spec.BalanceClasses ? BalancedWeights(labels, positives) : null);
        var predictor = model.Train(options, set, context, ct);

        var forecast = new TrainedForecast(model.Info.Name, JsonSerializer.SerializeToElement(options, options.GetType(), Plugins.OptionsBinder.Json), spec.Features, names, medians, ScoreCalibration.Identity(), predictor, dataset.HorizonDays, null!);
        bool[] heldLabels = dataset.Labels(heldOut);
        double[] heldRaw = forecast.RawScores(dataset, heldOut);
        var calibration = heldOut.Length == 0
            ? ScoreCalibration.Identity(spec.Calibration == CalibrationMethod.None ? null : "calibration skipped: the training period is too short to hold a slice out")
            : ScoreCalibration.Fit(spec.Calibration, heldRaw, heldLabels);
        heldOutScores = new HeldOutScores([.. heldRaw.Select(calibration.Apply)], heldLabels);
        var period = new TrainingPeriod(dataset.Source, dataset.Rows[train.MinBy(i => dataset.Rows[i].Issue)].Issue, dataset.Rows[train.MaxBy(i => dataset.Rows[i].Issue)].Issue, fit.Length, positives, heldOut.Length, heldLabels.Count(l => l));
        return forecast with { Calibration = calibration, Period = period };
    }

    /// <summary>Weights that give each class half the total: n / (2 n₊) for positives, n / (2 n₋) for negatives.</summary>
    /// <param name="labels">The labels.</param>
    /// <param name="positives">How many are true.</param>
    public static double[] BalancedWeights(IReadOnlyList<bool> labels, int positives)
    {
        ArgumentNullException.ThrowIfNull(labels);
        double n = labels.Count;
        double wPositive = n / (2.0 * positives);
        double wNegative = n / (2.0 * (labels.Count - positives));
        return [.. labels.Select(l => l ? wPositive : wNegative)];
    }

    private static string Period(ForecastDataset dataset, int[] rows) => rows.Length == 0
        ? "none"
        : $"{rows.Min(i => dataset.Rows[i].Issue):yyyy-MM-dd}..{rows.Max(i => dataset.Rows[i].Issue):yyyy-MM-dd}";
}
