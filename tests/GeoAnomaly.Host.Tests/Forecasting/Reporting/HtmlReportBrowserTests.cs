using System.Globalization;
using System.Text.RegularExpressions;
using GeoAnomaly.Host.Forecasting.Reporting;
using GeoAnomaly.Host.Tests.Support;
using SkiaSharp;

namespace GeoAnomaly.Host.Tests.Forecasting.Reporting;

/// <summary>The HTML report in a real browser (headless Chromium): every image loads, and the plots show.</summary>
public sealed partial class HtmlReportBrowserTests
{
    private const int WindowWidth = 1200;

    /// <summary>Distinct colours inside an image's box that mark a drawn plot (a blank or broken one has a few).</summary>
    private const int MinColours = 12;

    /// <summary>Reports: the HTML report opens in headless Chromium, every image decodes, and every plot is drawn in the screenshot.</summary>
    [Fact]
    public async Task The_report_opens_in_headless_Chromium_with_every_image_loaded_and_drawn()
    {
        // Given
        string browser = Chromium.Require();
        var evaluation = ForecastEvaluations.Run();
        var (lines, context) = ForecastEvaluations.Score(evaluation);
        using var folder = new TempFolder();
        var files = ForecastReport.WriteAll(Path.Combine(folder.Path, "report"), evaluation, lines, context);
        string url = Chromium.FileUrl(files.Html);
        string profile = Path.Combine(folder.Path, "profile");
        string shot = Path.Combine(folder.Path, "shot.png");

        // When: the DOM after load says how many images decoded and where they are; then a screenshot tall enough for all
        var (exit, dom, error) = await Chromium.RunAsync(browser, profile, url, $"--window-size={WindowWidth},3000", "--virtual-time-budget=5000", "--dump-dom");
        Assert.True(exit == 0, $"chromium --dump-dom exited {exit}: {error}");
        var body = BodyTag().Match(dom);
        Assert.True(body.Success, "no <body> with data-images in the dumped DOM (the page's load script did not run)");
        var rects = body.Groups["rects"].Value.Split(';').Select(r => r.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        int height = rects.Max(r => r[1] + r[3]) + 40;
        var (shotExit, _, shotError) = await Chromium.RunAsync(browser, profile, url, $"--window-size={WindowWidth},{height}", $"--screenshot={shot}");

        // Then: all images loaded (none broken)
        Assert.Equal($"{files.Plots.Count}/{files.Plots.Count}", body.Groups["images"].Value);
        Assert.Equal(files.Plots.Count, rects.Count);

        // and the screenshot shows a drawn plot inside every image's box
        Assert.True(shotExit == 0 && File.Exists(shot), $"chromium --screenshot exited {shotExit}: {shotError}");
        byte[] png = await File.ReadAllBytesAsync(shot, TestContext.Current.CancellationToken);
        Assert.True(PngFiles.IsPng(png));
        Assert.Equal((WindowWidth, height), PngFiles.Size(png));
        foreach (int[] r in rects)
        {
            Assert.True(r[2] >= ForecastPlots.Width / 2 && r[3] >= ForecastPlots.Height / 2, $"image box {string.Join(',', r)} is too small");
            var (colours, drawn) = PngFiles.Content(png, new SKRectI(r[0] + 2, r[1] + 2, r[0] + r[2] - 2, r[1] + r[3] - 2));
            Assert.True(colours >= MinColours && drawn > 0.02, $"image box {string.Join(',', r)}: {colours} colours, {drawn:P1} drawn");
        }
    }

    /// <summary>Control: the same check sees a broken image.</summary>
    [Fact]
    public async Task A_broken_image_is_counted_as_not_loaded()
    {
        // Given: a page built the same way whose only image is not a decodable PNG
        string browser = Chromium.Require();
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "plots"));
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "plots", "bad.png"), [0x89, 0x50, 0x4E, 0x47, 1, 2, 3], TestContext.Current.CancellationToken);
        string html = Path.Combine(folder.Path, "report.html");
        HtmlReport.Write(html, "# Broken\n\n![a broken plot](plots/bad.png)\n", folder.Path, "Broken");

        // When
        var (exit, dom, error) = await Chromium.RunAsync(browser, Path.Combine(folder.Path, "profile"), Chromium.FileUrl(html), $"--window-size={WindowWidth},1000", "--virtual-time-budget=5000", "--dump-dom");

        // Then
        Assert.True(exit == 0, $"chromium --dump-dom exited {exit}: {error}");
        Assert.Equal("0/1", BodyTag().Match(dom).Groups["images"].Value);
    }

    [GeneratedRegex("<body[^>]*\\bdata-images=\"(?<images>[0-9]+/[0-9]+)\"[^>]*\\bdata-image-rects=\"(?<rects>[-0-9,;]*)\"")]
    private static partial Regex BodyTag();
}
