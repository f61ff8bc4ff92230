using System.Text;

namespace GeoAnomaly.Host.Forecasting.Reporting;

/// <summary>The files a full report wrote.</summary>
/// <param name="Markdown">report.md.</param>
/// <param name="Html">report.html (self-contained).</param>
/// <param name="Csv">metrics.csv.</param>
/// <param name="Plots">The PNGs under plots/, in report order.</param>
internal sealed record ReportFiles(string Markdown, string Html, string Csv, IReadOnlyList<string> Plots);

/// <summary>The one-call report: plots, Markdown, HTML and CSV into one folder.</summary>
internal static partial class ForecastReport
{
    /// <summary>The Markdown report's file name.</summary>
    public const string MarkdownFileName = "report.md";

    /// <summary>The metrics CSV's file name.</summary>
    public const string CsvFileName = "metrics.csv";

    /// <summary>
    /// Writes the whole report into <paramref name="folder"/>: <c>plots/*.png</c> (<see cref="ForecastPlots"/>),
    /// <c>report.md</c> (with a "Plots" section linking them as <c>plots/*.png</c>), <c>report.html</c> (the same
    /// content with every plot embedded; <see cref="HtmlReport"/>) and <c>metrics.csv</c>.
    /// </summary>
    /// <param name="folder">The output folder (created when missing).</param>
    /// <param name="evaluation">The walk-forward forecasts.</param>
    /// <param name="lines">The scorecard.</param>
    /// <param name="context">How it was run.</param>
    /// <param name="extra">Further Markdown sections after the plots (e.g. a null test).</param>
    public static ReportFiles WriteAll(string folder, WalkForwardEvaluation evaluation, IReadOnlyList<ScoreLine> lines, ReportContext context, string extra = "")
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(context);
        Directory.CreateDirectory(folder);
        var plots = ForecastPlots.WriteAll(folder, evaluation);
        string markdown = Markdown(evaluation, lines, context, PlotsSection(plots) + extra);
        var files = new ReportFiles(
            Path.Combine(folder, MarkdownFileName),
            Path.Combine(folder, HtmlReport.FileName),
            Path.Combine(folder, CsvFileName),
            [.. plots.Select(p => Path.Combine(folder, p.File.Replace('/', Path.DirectorySeparatorChar)))]);
        File.WriteAllText(files.Markdown, markdown, new UTF8Encoding(false));
        HtmlReport.Write(files.Html, markdown, folder, "Forecast evaluation");
        WriteCsv(files.Csv, lines);
        return files;
    }

    /// <summary>The "Plots" section: per plot a heading, the image link (alt text = caption) and the caption.</summary>
    /// <param name="plots">The plots, paths relative to the report.</param>
    public static string PlotsSection(IReadOnlyList<ReportPlot> plots)
    {
        ArgumentNullException.ThrowIfNull(plots);
        var text = new StringBuilder();
        text.AppendLine("## Plots").AppendLine();
        foreach (var plot in plots)
        {
            string alt = plot.Caption.Replace('[', '(').Replace(']', ')');
            text.Append("### ").AppendLine(plot.Title).AppendLine();
            text.Append("![").Append(alt).Append("](").Append(plot.File).AppendLine(")").AppendLine();
            text.AppendLine(plot.Caption).AppendLine();
        }

        return text.ToString();
    }
}
