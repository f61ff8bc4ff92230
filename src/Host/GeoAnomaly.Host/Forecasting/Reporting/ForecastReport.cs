using System.Globalization;
using System.Text;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Forecasting.Reporting;

/// <summary>What a report states about how the evaluation was run.</summary>
/// <param name="Dataset">Dataset file.</param>
/// <param name="Catalog">Full or declustered catalog, as the analyst states it.</param>
/// <param name="FirstTest">Start of the first test block.</param>
/// <param name="BlockDays">Test block length, days.</param>
/// <param name="Options">Threshold and bootstrap settings.</param>
/// <param name="References">Reference forecasts.</param>
internal sealed record ReportContext(string Dataset, string Catalog, DateTimeOffset FirstTest, int BlockDays, ScorecardOptions Options, IReadOnlyList<string> References);

/// <summary>Writes the evaluation as a metrics CSV (every line) and a Markdown report (headline tables, then every figure).</summary>
internal static partial class ForecastReport
{
    /// <summary>The columns of the headline table: metric and heading.</summary>
    public static readonly (string Metric, string Heading)[] Headline =
    [
        ("auc", "ROC AUC"), ("ass", "Molchan ASS"), ("ass_reference_weighted", "ASS (climatology-weighted)"),
        ("brier_skill", "Brier skill vs climatology"), ("r_score@rmax", "R-score (training-chosen threshold)"),
        ("pod@rmax", "POD"), ("far_ratio@rmax", "FAR"), ("r_score@fixed", "R-score (fixed threshold)"),
    ];

    /// <summary>Writes every line as CSV: forecast, scope, metric, value, lower, upper.</summary>
    /// <param name="path">The file.</param>
    /// <param name="lines">The scorecard.</param>
    public static void WriteCsv(string path, IReadOnlyList<ScoreLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        CsvText.WriteRecord(writer, "forecast", "scope", "metric", "value", "lower", "upper");
        foreach (var line in lines)
        {
            CsvText.WriteRecord(writer, line.Forecast, Scope(line.Scope), line.Metric, CsvText.Number(line.Value), CsvText.Number(line.Lower), CsvText.Number(line.Upper));
        }
    }

    /// <summary>The headline table of one scope as Markdown.</summary>
    /// <param name="lines">The scorecard.</param>
    /// <param name="scope">Which rows.</param>
    /// <param name="names">Forecast names in order.</param>
    public static string HeadlineTable(IReadOnlyList<ScoreLine> lines, ScoreScope scope, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(names);
        var text = new StringBuilder();
        text.Append("| forecast | ").AppendJoin(" | ", Headline.Select(h => h.Heading)).AppendLine(" |");
        text.Append("| --- |").AppendJoin("", Headline.Select(_ => " ---: |")).AppendLine();
        foreach (string name in names)
        {
            text.Append("| ").Append(name).Append(" | ");
            text.AppendJoin(" | ", Headline.Select(h => Cell(lines.FirstOrDefault(l => l.Forecast == name && l.Scope == scope && l.Metric == h.Metric))));
            text.AppendLine(" |");
        }

        return text.ToString();
    }

    /// <summary>The Markdown report's text.</summary>
    /// <param name="evaluation">The walk-forward forecasts.</param>
    /// <param name="lines">The scorecard.</param>
    /// <param name="context">How it was run.</param>
    /// <param name="extra">Further Markdown sections (plots, null test), appended before the full table.</param>
    public static string Markdown(WalkForwardEvaluation evaluation, IReadOnlyList<ScoreLine> lines, ReportContext context, string extra = "")
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(context);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var folds = evaluation.Folds;
        text.AppendLine("# Forecast evaluation").AppendLine();
        text.AppendLine(inv, $"- Dataset: `{context.Dataset}`; horizon {evaluation.Dataset.HorizonDays} days; catalog: {context.Catalog}.");
        text.AppendLine(inv, $"- Walk-forward: {folds.Count} folds of {context.BlockDays} days from {context.FirstTest:yyyy-MM-dd}; each model is trained on rows whose label window closed before its fold (one horizon of gap), never on a random split.");
        text.AppendLine(inv, $"- Test rows: {Count(lines, ScoreScope.AllCells, "rows")} ({Count(lines, ScoreScope.AllCells, "target_rows")} with a target event); in active cells (a target event before the issue time): {Count(lines, ScoreScope.ActiveCells, "rows")} ({Count(lines, ScoreScope.ActiveCells, "target_rows")}).");
        text.AppendLine(inv, $"- References: {string.Join(", ", context.References)}. Intervals: {context.Options.Level:P0} block bootstrap over {context.Options.BootstrapBlockDays}-day blocks of issue times ({context.Options.BootstrapIterations} resamples). Fixed alarm threshold: probability ≥ {context.Options.AlarmThreshold.ToString(inv)}; the other threshold maximises the R-score on each fold's held-out training slice.");
        var notes = folds.SelectMany(f => f.Notes.Select(n => $"fold {f.Fold.Number}: {n}")).Distinct().Take(10).ToList();
        if (notes.Count > 0)
        {
            text.AppendLine("- Notes: " + string.Join("; ", notes) + ".");
        }

        text.AppendLine().AppendLine("## All cells").AppendLine();
        text.Append(HeadlineTable(lines, ScoreScope.AllCells, evaluation.Names)).AppendLine();
        text.AppendLine("Scores over all cells flatter every model: cells that never have target events are easy. The same figures over active cells:").AppendLine();
        text.AppendLine("## Active cells").AppendLine();
        text.Append(HeadlineTable(lines, ScoreScope.ActiveCells, evaluation.Names)).AppendLine();
        text.AppendLine("## Information gain per target event (Rhoades et al. 2011 paired T-test)").AppendLine();
        text.AppendLine("| forecast | scope | reference | gain (nats/event) [interval] | p |").AppendLine("| --- | --- | --- | ---: | ---: |");
        foreach (var gain in lines.Where(l => l.Metric.StartsWith("information_gain_vs_", StringComparison.Ordinal)))
        {
            string reference = gain.Metric["information_gain_vs_".Length..];
            var p = lines.FirstOrDefault(l => l.Forecast == gain.Forecast && l.Scope == gain.Scope && l.Metric == $"t_test_p_vs_{reference}");
            text.AppendLine(inv, $"| {gain.Forecast} | {Scope(gain.Scope)} | {reference} | {Cell(gain)} | {Number(p?.Value ?? double.NaN)} |");
        }

        text.AppendLine().Append(extra);
        text.AppendLine().AppendLine("## Folds").AppendLine().AppendLine("| fold | test from | test to | training rows | training target rows | test rows |").AppendLine("| ---: | --- | --- | ---: | ---: | ---: |");
        foreach (var f in folds)
        {
            text.AppendLine(inv, $"| {f.Fold.Number} | {f.Fold.Cut:yyyy-MM-dd} | {f.Fold.TestEnd:yyyy-MM-dd} | {f.Fold.Train.Length} | {f.TrainPositives} | {f.Fold.Test.Length} |");
        }

        text.AppendLine().AppendLine("Every figure is in `metrics.csv` (forecast, scope, metric, value, interval).");
        return text.ToString();
    }

    /// <summary>The configuration word of a scope: <c>all</c> or <c>active</c>.</summary>
    /// <param name="scope">The scope.</param>
    public static string Scope(ScoreScope scope) => scope == ScoreScope.AllCells ? "all" : "active";

    private static string Count(IReadOnlyList<ScoreLine> lines, ScoreScope scope, string metric) =>
        (lines.FirstOrDefault(l => l.Forecast == "(rows)" && l.Scope == scope && l.Metric == metric)?.Value ?? 0).ToString("N0", CultureInfo.InvariantCulture);

    private static string Cell(ScoreLine? line) => line is null ? "" : double.IsNaN(line.Lower)
        ? Number(line.Value)
        : $"{Number(line.Value)} [{Number(line.Lower)}, {Number(line.Upper)}]";

    private static string Number(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
