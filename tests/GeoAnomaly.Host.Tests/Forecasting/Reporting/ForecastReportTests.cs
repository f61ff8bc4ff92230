using System.Text.RegularExpressions;
using GeoAnomaly.Host.Forecasting.Reporting;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Forecasting.Reporting;

public sealed partial class ForecastReportTests
{
    [Fact]
    public void Write_all_gives_markdown_linking_every_plot_html_embedding_every_plot_and_the_csv()
    {
        // Given
        var evaluation = ForecastEvaluations.Run();
        var (lines, context) = ForecastEvaluations.Score(evaluation);
        using var folder = new TempFolder();

        // When
        var files = ForecastReport.WriteAll(folder.Path, evaluation, lines, context, "## Null test\n\nshuffled labels\n");

        // Then: every plot exists and report.md links it by its relative path
        string markdown = File.ReadAllText(files.Markdown);
        var links = MarkdownImage().Matches(markdown).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(7, files.Plots.Count);
        Assert.Equal(files.Plots.Select(p => Path.GetRelativePath(folder.Path, p).Replace('\\', '/')), links);
        Assert.All(files.Plots, p => Assert.True(File.Exists(p), p));
        Assert.True(markdown.IndexOf("## Plots", StringComparison.Ordinal) < markdown.IndexOf("## Null test", StringComparison.Ordinal));

        // the HTML carries the same sections and one embedded image per plot
        string html = File.ReadAllText(files.Html);
        Assert.Contains("<h2>Active cells</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Null test</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"num\">ROC AUC</th>", html, StringComparison.Ordinal);
        Assert.Equal(files.Plots.Count, ImgTag().Count(html));

        // and the CSV has a line per score line
        Assert.Equal(lines.Count + 1, File.ReadAllLines(files.Csv).Length);
    }

    [Fact]
    public void The_html_report_is_self_contained_and_every_image_decodes_to_a_PNG_of_the_plot_size()
    {
        // Given
        var evaluation = ForecastEvaluations.Run();
        var (lines, context) = ForecastEvaluations.Score(evaluation);
        using var folder = new TempFolder();

        // When
        var files = ForecastReport.WriteAll(folder.Path, evaluation, lines, context);
        string html = File.ReadAllText(files.Html);

        // Then: no reference leaves the file
        foreach (string external in new[] { "src=\"http", "href=\"http", "src=\"//", "href=\"//", "<link", "url(", "@import", "src=\"plots/", "src=\"file:" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }

        // every <img> has alt text and a base64 PNG data URI that decodes to the plot's PNG
        var images = ImgTag().Matches(html);
        Assert.Equal(files.Plots.Count, images.Count);
        for (int i = 0; i < images.Count; i++)
        {
            Assert.False(string.IsNullOrWhiteSpace(images[i].Groups["alt"].Value));
            byte[] png = Convert.FromBase64String(images[i].Groups["data"].Value);
            Assert.True(PngFiles.IsPng(png));
            Assert.Equal((ForecastPlots.Width, ForecastPlots.Height), PngFiles.Size(png));
            Assert.Equal(File.ReadAllBytes(files.Plots[i]), png);
        }
    }

    [GeneratedRegex(@"!\[[^\]]*\]\(([^)]+)\)")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex("<img src=\"data:image/png;base64,(?<data>[A-Za-z0-9+/=]+)\" alt=\"(?<alt>[^\"]*)\">")]
    private static partial Regex ImgTag();
}
