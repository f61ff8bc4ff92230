using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Forecasting;

/// <summary>A model to evaluate: a component, its options and how it is trained.</summary>
/// <param name="Name">Name in tables (e.g. <c>logistic-regression/both</c>).</param>
/// <param name="Model">The component.</param>
/// <param name="Options">Its options.</param>
/// <param name="Spec">Features, calibration, hold-out, weights.</param>
internal sealed record ForecastCandidate(string Name, IForecastModel Model, object Options, ForecastTrainingSpec Spec);

/// <summary>The walk-forward schedule.</summary>
/// <param name="FirstTest">Start of the first test block.</param>
/// <param name="Block">Length of each test block.</param>
/// <param name="End">Test issue times are before this; null runs to the end of the dataset.</param>
/// <param name="ClimatologySmoothing">The climatology's smoothing weight m, rows; null tunes it on each training period (<see cref="Climatology.Tune"/>).</param>
/// <param name="HeldOutFraction">Fraction of each training period held out for the climatology's tuning and the references' thresholds.</param>
internal sealed record WalkForwardPlan(DateTimeOffset FirstTest, TimeSpan Block, DateTimeOffset? End = null, double? ClimatologySmoothing = null, double HeldOutFraction = 0.2);

/// <summary>Scores on the held-out slice of one fold's training period: where a threshold is chosen without seeing the test block.</summary>
/// <param name="Probabilities">Calibrated probabilities of the held-out rows.</param>
/// <param name="Labels">Their labels.</param>
internal sealed record HeldOutScores(double[] Probabilities, bool[] Labels);

/// <summary>One fold's facts for the report.</summary>
/// <param name="Fold">The split.</param>
/// <param name="TrainPositives">Target rows in its training set.</param>
/// <param name="Notes">Calibration notes and skipped models.</param>
internal sealed record FoldSummary(WalkForwardFold Fold, int TrainPositives, IReadOnlyList<string> Notes);

/// <summary>Out-of-sample forecasts of every candidate and of the climatological reference for every test row of a
/// walk-forward evaluation; metrics are computed from this.</summary>
internal sealed class WalkForwardEvaluation
{
    /// <summary>Name of the climatological reference in <see cref="Forecasts"/>.</summary>
    public const string ClimatologyName = "climatology";

    /// <summary>The dataset.</summary>
    public required ForecastDataset Dataset { get; init; }

    /// <summary>Test rows (dataset indices), fold after fold.</summary>
    public required int[] Rows { get; init; }

    /// <summary>The fold number of each test row.</summary>
    public required int[] FoldOf { get; init; }

    /// <summary>Labels of the test rows.</summary>
    public required bool[] Labels { get; init; }

    /// <summary>Whether each test row's cell had a target event before its issue time.</summary>
    public required bool[] Active { get; init; }

    /// <summary>Probabilities per forecast name (climatology first, then the candidates in order), aligned with <see cref="Rows"/>.</summary>
    public required IReadOnlyDictionary<string, double[]> Forecasts { get; init; }

    /// <summary>Forecast names in report order.</summary>
    public required IReadOnlyList<string> Names { get; init; }

    /// <summary>Held-out scores per forecast name and fold (index = fold number - 1).</summary>
    public required IReadOnlyDictionary<string, HeldOutScores[]> HeldOut { get; init; }

    /// <summary>Per fold: split and notes.</summary>
    public required IReadOnlyList<FoldSummary> Folds { get; init; }

    /// <summary>The model of each candidate trained in the last fold (for feature importance and forecasting).</summary>
    public required IReadOnlyDictionary<string, TrainedForecast> LastModels { get; init; }

    /// <summary>Runs the evaluation.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="candidates">The models.</param>
    /// <param name="plan">The schedule.</param>
    /// <param name="context">Seed and logging for the components.</param>
    /// <param name="progress">Called with each fold as it starts.</param>
    /// <param name="ct">Stops the run.</param>
    /// <exception cref="ForecastException">No test rows, or a fold whose training period has no target event.</exception>
    public static WalkForwardEvaluation Run(ForecastDataset dataset, IReadOnlyList<ForecastCandidate> candidates, WalkForwardPlan plan, IPluginContext context, Action<WalkForwardFold>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(plan);
        var folds = WalkForward.Split(dataset.Rows, dataset.Horizon, plan.FirstTest, plan.Block, plan.End);
        if (folds.Count == 0)
        {
            throw new ForecastException($"{dataset.Source}: no issue times at or after {plan.FirstTest:yyyy-MM-dd} to test on");
        }

        string[] names = [ClimatologyName, .. candidates.Select(c => c.Name)];
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            throw new ArgumentException($"forecast names must be unique: {string.Join(", ", names)}", nameof(candidates));
        }

        var forecasts = names.ToDictionary(n => n, _ => new List<double>(), StringComparer.Ordinal);
        var heldOut = names.ToDictionary(n => n, _ => new List<HeldOutScores>(), StringComparer.Ordinal);
        var rows = new List<int>();
        var foldOf = new List<int>();
        var summaries = new List<FoldSummary>();
        var last = new Dictionary<string, TrainedForecast>(StringComparer.Ordinal);
        bool[] active = dataset.ActiveCells();
        foreach (var fold in folds)
        {
            ct.ThrowIfCancellationRequested();
            progress?.Invoke(fold);
            var notes = new List<string>();
            rows.AddRange(fold.Test);
            foldOf.AddRange(fold.Test.Select(_ => fold.Number));
            var (fitRows, heldRows) = WalkForward.HoldOut(dataset.Rows, fold.Train, dataset.Horizon, plan.HeldOutFraction);
            var climatology = plan.ClimatologySmoothing is { } m
                ? Climatology.Fit(dataset.Rows, fold.Train, m)
                : Climatology.Tune(dataset.Rows, fitRows, heldRows, fold.Train);
            forecasts[ClimatologyName].AddRange(climatology.Forecast(dataset.Rows, fold.Test));
            heldOut[ClimatologyName].Add(new HeldOutScores(Climatology.Fit(dataset.Rows, fitRows, climatology.Smoothing).Forecast(dataset.Rows, heldRows), dataset.Labels(heldRows)));
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"climatology smoothing m = {climatology.Smoothing} rows"));
            foreach (var candidate in candidates)
            {
                var trained = ForecastTrainer.Train(dataset, fold.Train, candidate.Model, candidate.Options, candidate.Spec, context, ct, out var held);
                if (trained.Calibration.Note is { } note)
                {
                    notes.Add($"{candidate.Name}: {note}");
                }

                forecasts[candidate.Name].AddRange(trained.Probabilities(dataset, fold.Test));
                heldOut[candidate.Name].Add(held);
                last[candidate.Name] = trained;
            }

            summaries.Add(new FoldSummary(fold, fold.Train.Count(i => dataset.Rows[i].Label), notes));
        }

        int[] tested = [.. rows];
        return new WalkForwardEvaluation
        {
            Dataset = dataset,
            Rows = tested,
            FoldOf = [.. foldOf],
            Labels = dataset.Labels(tested),
            Active = [.. tested.Select(i => active[i])],
            Forecasts = forecasts.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            Names = names,
            HeldOut = heldOut.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            Folds = summaries,
            LastModels = last,
        };
    }
}
