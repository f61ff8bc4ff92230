using GeoAnomaly.Host.Forecasting;
using GeoAnomaly.Host.Forecasting.Reporting;
using GeoAnomaly.Host.Tests.Support;
using SkiaSharp;

namespace GeoAnomaly.Host.Tests.Forecasting.Reporting;

public sealed class ForecastPlotsTests
{
    /// <summary>The middle of an 800×600 plot: inside the data area whatever the margins.</summary>
    private static readonly SKRectI s_middle = new(250, 150, 650, 450);

    /// <summary>Distinct colours that mark drawn data: an empty frame's middle has 3 (background, grid, anti-aliasing).</summary>
    private const int MinColours = 12;

    [Fact]
    public void Every_plot_is_a_PNG_of_the_fixed_size_with_drawing_in_its_data_area()
    {
        // Given
        var evaluation = ForecastEvaluations.Run();
        using var folder = new TempFolder();

        // When
        var plots = ForecastPlots.WriteAll(folder.Path, evaluation);

        // Then: one file per plot kind and per candidate, each a PNG of 800x600 whose middle is not blank
        Assert.Equal(
            ["plots/molchan.png", "plots/molchan_climatology_weighted.png", "plots/roc.png", "plots/reliability.png", "plots/importance_first_seismicity.png", "plots/importance_first_anomaly.png", "plots/forecast_map.png"],
            plots.Select(p => p.File));
        Assert.All(plots, p => Assert.False(string.IsNullOrWhiteSpace(p.Caption)));
        foreach (var plot in plots)
        {
            byte[] png = File.ReadAllBytes(Path.Combine(folder.Path, plot.File));
            Assert.True(PngFiles.IsPng(png), plot.File);
            Assert.Equal((ForecastPlots.Width, ForecastPlots.Height), PngFiles.Size(png));
            var (colours, drawn) = PngFiles.Content(png, s_middle);
            TestContext.Current.TestOutputHelper?.WriteLine($"{plot.File}: {colours} colours, {drawn:P1} drawn");
            Assert.True(colours >= MinColours && drawn > 0, $"{plot.File}: {colours} colours, {drawn:P1} of the middle drawn");
        }
    }

    [Fact]
    public void An_empty_plot_fails_the_blank_check_the_plots_pass()
    {
        // Given: a plot with the same frame and no data, as the control for the check above
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "empty.png");
        using (var plot = new ScottPlot.Plot())
        {
            plot.XLabel("x");
            plot.YLabel("y");
            plot.Axes.SetLimits(0, 1, 0, 1);
            plot.SavePng(path, ForecastPlots.Width, ForecastPlots.Height);
        }

        // When
        var (colours, drawn) = PngFiles.Content(File.ReadAllBytes(path), s_middle);

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine($"empty: {colours} colours, {drawn:P1} drawn");
        Assert.False(colours >= MinColours, $"{colours} colours, {drawn:P1} drawn");
    }

    [Fact]
    public void The_best_candidate_is_the_one_with_the_higher_AUC()
    {
        // Given
        var evaluation = ForecastEvaluations.Run();

        // When
        string best = ForecastPlots.Best(evaluation);

        // Then
        Assert.Equal(ForecastEvaluations.Informative, best);
    }

    [Fact]
    public void Test_rows_without_any_target_event_still_give_every_plot()
    {
        // Given: the same forecasts with every test label cleared
        var run = ForecastEvaluations.Run();
        var evaluation = new WalkForwardEvaluation
        {
            Dataset = run.Dataset,
            Rows = run.Rows,
            FoldOf = run.FoldOf,
            Labels = new bool[run.Rows.Length],
            Active = run.Active,
            Forecasts = run.Forecasts,
            Names = run.Names,
            HeldOut = run.HeldOut,
            Folds = run.Folds,
            LastModels = run.LastModels,
        };
        using var folder = new TempFolder();

        // When
        var plots = ForecastPlots.WriteAll(folder.Path, evaluation);

        // Then
        Assert.Equal(7, plots.Count);
        Assert.All(plots, p => Assert.True(PngFiles.IsPng(File.ReadAllBytes(Path.Combine(folder.Path, p.File)))));
    }
}
