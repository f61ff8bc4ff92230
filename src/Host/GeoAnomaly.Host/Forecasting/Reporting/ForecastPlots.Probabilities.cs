using GeoAnomaly.Host.Forecasting.Metrics;
using ScottPlot;

namespace GeoAnomaly.Host.Forecasting.Reporting;

/// <summary>The reliability diagram and the feature importance bars.</summary>
internal static partial class ForecastPlots
{
    /// <summary>Most features drawn on an importance plot (the largest drops).</summary>
    public const int MaxFeatures = 20;

    /// <summary>Shuffles per feature for the permutation importance.</summary>
    public const int ImportanceRepeats = 5;

    /// <summary>Draws the reliability diagram of every forecast over all test rows: observed frequency against mean
    /// forecast probability in <see cref="Reliability.DefaultBins"/> quantile bins, with the diagonal; both axes span
    /// the same range (up to the largest point), so small probabilities stay readable.</summary>
    /// <param name="path">The PNG file.</param>
    /// <param name="evaluation">The walk-forward forecasts.</param>
    public static void ReliabilityDiagram(string path, WalkForwardEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        using var plot = NewPlot($"Reliability diagram ({Reliability.DefaultBins} quantile bins)", "mean forecast probability in the bin", "observed frequency of target rows in the bin");
        double top = 0;
        foreach (string name in evaluation.Names)
        {
            var bins = Reliability.Bins(evaluation.Forecasts[name], evaluation.Labels);
            if (bins.Count == 0)
            {
                continue;
            }

            double[] forecast = [.. bins.Select(b => b.MeanForecast)];
            double[] observed = [.. bins.Select(b => b.ObservedFrequency)];
            var line = plot.Add.Scatter(forecast, observed, ColorOf(evaluation, name));
            line.LineWidth = 2;
            line.MarkerSize = 8;
            int least = bins.Min(b => b.Count), most = bins.Max(b => b.Count);
            string counts = least == most ? $"{least:N0}" : $"{least:N0}–{most:N0}";
            line.LegendText = $"{name} ({bins.Count} bins of {counts} rows)";
            top = Math.Max(top, bins.Max(b => Math.Max(b.MeanForecast, b.ObservedFrequency)));
        }

        top = top > 0 ? Math.Min(1, top * 1.08) : 1;
        Diagonal(plot, 0, 0, top, top, "perfectly reliable");
        plot.Axes.SetLimits(0, top, 0, top);
        plot.ShowLegend(Alignment.UpperLeft);
        Save(plot, path);
    }

    /// <summary>Draws the permutation importance (ROC AUC drop) of the features of <paramref name="name"/>'s last-fold
    /// model, computed on the last fold's test rows, as horizontal bars (largest on top) with standard-deviation whiskers.</summary>
    /// <param name="path">The PNG file.</param>
    /// <param name="evaluation">The walk-forward forecasts.</param>
    /// <param name="name">A candidate in <see cref="WalkForwardEvaluation.LastModels"/>.</param>
    public static void Importance(string path, WalkForwardEvaluation evaluation, string name)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var model = evaluation.LastModels[name];
        int lastFold = evaluation.FoldOf.Length == 0 ? 0 : evaluation.FoldOf.Max();
        int[] test = [.. Enumerable.Range(0, evaluation.Rows.Length).Where(k => evaluation.FoldOf[k] == lastFold).Select(k => evaluation.Rows[k])];
        bool[] labels = evaluation.Dataset.Labels(test);
        using var plot = NewPlot($"Permutation importance: {name} (fold {lastFold})", "drop of ROC AUC when the feature is shuffled", "feature");
        int events = labels.Count(l => l);
        if (events == 0 || events == labels.Length)
        {
            Note(plot, $"fold {lastFold}'s test rows hold only one class: AUC undefined");
            Save(plot, path);
            return;
        }

        var inputs = model.Inputs(evaluation.Dataset, test);
        var importances = PermutationImportance.Compute(model.Predict, inputs, labels, repeats: ImportanceRepeats)
            .OrderByDescending(f => f.MeanDrop)
            .Take(MaxFeatures)
            .Reverse()
            .ToList();
        var bars = importances.Select((f, i) => new Bar
        {
            Position = i,
            Value = f.MeanDrop,
            Error = double.IsNaN(f.StandardDeviation) ? 0 : f.StandardDeviation,
            FillColor = ColorOf(evaluation, name),
            Orientation = Orientation.Horizontal,
        }).ToArray();
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plotted.LegendText = $"mean drop over {ImportanceRepeats} shuffles ± SD; baseline AUC {Number(Roc.Auc(model.Predict(inputs), labels))}";
        plot.Axes.Left.SetTicks([.. importances.Select((_, i) => (double)i)], [.. importances.Select(f => f.Name)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        var zero = plot.Add.VerticalLine(0, 1, Colors.Black);
        zero.LegendText = "";
        plot.ShowLegend(Alignment.LowerRight);
        Save(plot, path);
    }
}
