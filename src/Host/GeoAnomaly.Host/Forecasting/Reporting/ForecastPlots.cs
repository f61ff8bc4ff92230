using System.Globalization;
using GeoAnomaly.Host.Forecasting.Metrics;
using ScottPlot;

namespace GeoAnomaly.Host.Forecasting.Reporting;

/// <summary>One plot written for a report.</summary>
/// <param name="File">The PNG's path relative to the report folder, with <c>/</c> separators (e.g. <c>plots/roc.png</c>).</param>
/// <param name="Title">A heading for it.</param>
/// <param name="Caption">What it shows (the image's alt text and caption).</param>
internal sealed record ReportPlot(string File, string Title, string Caption);

/// <summary>
/// The PNG plots of a walk-forward evaluation (ScottPlot, rendered headless with SkiaSharp, <see cref="Width"/> ×
/// <see cref="Height"/> pixels): Molchan diagrams (plain and climatology-weighted) with the random band, ROC curves,
/// the reliability diagram, the permutation importance of each candidate's last-fold model and a map of the last
/// issue time's forecast. Every figure is computed by <see cref="Metrics"/>; this class only draws.
/// </summary>
/// <remarks>The curves use every test row (all cells); the report's tables give the active-cells figures too.</remarks>
internal static partial class ForecastPlots
{
    /// <summary>Image width, pixels.</summary>
    public const int Width = 800;

    /// <summary>Image height, pixels.</summary>
    public const int Height = 600;

    /// <summary>The sub-folder of the report folder the plots go to.</summary>
    public const string FolderName = "plots";

    /// <summary>α of the random band on the Molchan diagrams.</summary>
    public const double BandAlpha = 0.05;

    private const float TitleSize = 17;
    private const float LabelSize = 15;
    private const float TickSize = 13;
    private const float LegendSize = 13;

    /// <summary>Draws every plot into <c>folder/plots/</c>; returns them in report order.</summary>
    /// <param name="folder">The report folder.</param>
    /// <param name="evaluation">The walk-forward forecasts.</param>
    public static IReadOnlyList<ReportPlot> WriteAll(string folder, WalkForwardEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(evaluation);
        Directory.CreateDirectory(Path.Combine(folder, FolderName));
        var plots = new List<ReportPlot>();
        void Add(string file, string title, string caption, Action<string> draw)
        {
            string relative = $"{FolderName}/{file}";
            draw(Path.Combine(folder, FolderName, file));
            plots.Add(new ReportPlot(relative, title, caption));
        }

        int events = evaluation.Labels.Count(l => l);
        Add("molchan.png", "Molchan diagram", $"Molchan diagram of every forecast over all {evaluation.Rows.Length:N0} test rows ({events:N0} target rows): miss rate ν against the fraction of rows alarmed τ, with the {1 - BandAlpha:P0} band of random alarms; area skill score (ASS) in the legend.", p => Molchan(p, evaluation, weighted: false));
        Add("molchan_climatology_weighted.png", "Molchan diagram, climatology-weighted", "Molchan diagram with τ weighted by the climatology forecast (the fraction of the climatological rate alarmed): the climatology lies on the diagonal, so a curve below it beats the climatology.", p => Molchan(p, evaluation, weighted: true));
        Add("roc.png", "ROC curves", "ROC curve of every forecast over all test rows: probability of detection against false-alarm rate; area under the curve (AUC) in the legend.", p => RocCurves(p, evaluation));
        Add("reliability.png", "Reliability diagram", $"Reliability diagram: observed frequency of target rows against mean forecast probability in {Reliability.DefaultBins} quantile bins of each forecast (bins of equal row count; tied forecasts kept together); rows per bin in the legend.", p => ReliabilityDiagram(p, evaluation));
        foreach (string name in evaluation.Names.Where(evaluation.LastModels.ContainsKey))
        {
            Add($"importance_{FileSafe(name)}.png", $"Feature importance: {name}", $"Permutation importance of the features of {name}'s model trained in the last fold: mean drop of ROC AUC on that fold's test rows when a feature's column is shuffled ({ImportanceRepeats} shuffles; bar = mean, whisker = standard deviation).", p => Importance(p, evaluation, name));
        }

        string best = Best(evaluation);
        Add("forecast_map.png", "Forecast map of the last issue time", $"Forecast probability of {best} per cell at the last issue time (marker at the cell centroid), and the cells where a target event occurred within the horizon (stars).", p => Map(p, evaluation, best));
        return plots;
    }

    /// <summary>The candidate with the highest ROC AUC over all test rows (the climatology when there is no candidate).</summary>
    /// <param name="evaluation">The walk-forward forecasts.</param>
    public static string Best(WalkForwardEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var candidates = evaluation.Names.Where(n => n != WalkForwardEvaluation.ClimatologyName).ToList();
        return candidates.Count == 0
            ? WalkForwardEvaluation.ClimatologyName
            : candidates.OrderByDescending(n => Roc.Auc(evaluation.Forecasts[n], evaluation.Labels) is var auc && double.IsNaN(auc) ? double.NegativeInfinity : auc).First();
    }

    /// <summary>A name made safe for a file name: anything but letters, digits, <c>-</c> and <c>.</c> becomes <c>_</c>.</summary>
    /// <param name="name">The name.</param>
    public static string FileSafe(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_')]);
    }

    /// <summary>A plot with its title, labelled axes and readable fonts.</summary>
    private static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title, TitleSize);
        plot.XLabel(xLabel, LabelSize);
        plot.YLabel(yLabel, LabelSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        plot.Legend.FontSize = LegendSize;
        return plot;
    }

    /// <summary>The colour of the n-th forecast (climatology first), the same in every plot.</summary>
    private static Color ColorOf(WalkForwardEvaluation evaluation, string name)
    {
        int index = Math.Max(1, evaluation.Names.ToList().IndexOf(name));
        return name == WalkForwardEvaluation.ClimatologyName ? Colors.Gray : s_palette.GetColor(index - 1);
    }

    /// <summary>The dashed grey diagonal from (x0, y0) to (x1, y1).</summary>
    private static void Diagonal(Plot plot, double x0, double y0, double x1, double y1, string legend)
    {
        var line = plot.Add.Line(x0, y0, x1, y1);
        line.LineColor = Colors.Black.WithAlpha(0.6);
        line.LinePattern = LinePattern.Dashed;
        line.LineWidth = 1.5f;
        line.LegendText = legend;
    }

    /// <summary>A note in the middle of the data area (e.g. "no target events").</summary>
    private static void Note(Plot plot, string text)
    {
        var note = plot.Add.Annotation(text, Alignment.MiddleCenter);
        note.LabelFontSize = LabelSize;
    }

    private static void Save(Plot plot, string path)
    {
        plot.SavePng(path, Width, Height);
    }

    private static string Number(double value, string format = "0.000") =>
        double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);

    private static readonly ScottPlot.Palettes.Category10 s_palette = new();
}
