using System.Globalization;
using GeoAnomaly.Cli.Tests.Support;
using GeoAnomaly.Host.Catalogs.Features;

namespace GeoAnomaly.Cli.Tests.Commands;

public sealed class ForecastCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-forecast-").FullName;
    private readonly CommandTester _tester = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_trained_model_issues_one_forecast_per_cell_with_observed_only_where_the_horizon_has_passed()
    {
        // Given: 4 cells x 260 weekly rows; the model is trained on labels closed by week 150
        string dataset = ForecastDatasets.Write(_folder);
        string model = Path.Combine(_folder, "lr.zip");
        string csv = Path.Combine(_folder, "forecasts.csv");
        var asOf = ForecastDatasets.Start.AddDays((7 * 259) + 10); // 10 days after the last issue: its 30-day horizon is open

        // When
        var train = await _tester.RunAsync("forecast", "train", dataset, "--model", "logistic-regression", "--features", "seismicity", "--train-to", Iso(ForecastDatasets.Start.AddDays(7 * 150)), "--out", model, "--plugins", ForecastDatasets.BuiltInPlugins, "-q");
        var last = await _tester.RunAsync("forecast", "run", model, dataset, "--as-of", Iso(asOf), "--out", csv, "--plugins", ForecastDatasets.BuiltInPlugins, "-q");
        var lastRows = File.ReadAllLines(csv);
        var all = await _tester.RunAsync("forecast", "run", model, dataset, "--issue", "all", "--as-of", Iso(asOf), "--out", csv, "--plugins", ForecastDatasets.BuiltInPlugins, "-q");
        var allRows = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(',')).ToList();

        // Then
        Assert.True(train.ExitCode == 0, train.Error);
        Assert.Contains("logistic-regression on seismicity features (1)", train.Output, StringComparison.Ordinal);
        Assert.True(last.ExitCode == 0, last.Error);
        Assert.Equal("model,cell,cell_lat_deg,cell_lon_deg,issue_time_utc,probability,horizon_days,observed", lastRows[0]);
        Assert.Equal(5, lastRows.Length);
        Assert.All(lastRows.Skip(1), l => Assert.EndsWith(",30,", l, StringComparison.Ordinal));
        Assert.True(all.ExitCode == 0, all.Error);
        Assert.Equal(4 * 260, allRows.Count);
        Assert.Equal(4 * 257, allRows.Count(r => r[7].Length == 1)); // week k has closed when 7k + 30 <= 7 * 259 + 10 days, i.e. k <= 256
        double[] p = [.. allRows.Select(r => double.Parse(r[5], CultureInfo.InvariantCulture))];
        Assert.All(p, v => Assert.InRange(v, 0, 1));
        double meanPositive = allRows.Where(r => r[7] == "1").Average(r => double.Parse(r[5], CultureInfo.InvariantCulture));
        double meanNegative = allRows.Where(r => r[7] == "0").Average(r => double.Parse(r[5], CultureInfo.InvariantCulture));
        Assert.True(meanPositive > meanNegative + 0.05, $"{meanPositive} vs {meanNegative}");
    }

    [Fact]
    public async Task Evaluation_writes_the_reports_and_scores_an_informative_model_above_chance_beside_climatology()
    {
        // Given
        string dataset = ForecastDatasets.Write(_folder);
        string output = Path.Combine(_folder, "evaluation");
        new DatasetProvenance { Catalog = "test.csv", Declustering = DeclusterMethod.Reasenberg, EventsRead = 900, EventsUsed = 600, Cells = "grid", IssueTimes = "weekly", HorizonsDays = [30] }.Write(dataset);

        // When
        var result = await _tester.RunAsync("forecast", "evaluate", dataset, "--models", "logistic-regression", "--block-days", "364", "--bootstrap", "20", "--out", output, "--plugins", ForecastDatasets.BuiltInPlugins, "-q");

        // Then
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(Path.Combine(output, "report.md")));
        Assert.True(File.Exists(Path.Combine(output, "report.html")));
        var metrics = File.ReadAllLines(Path.Combine(output, "metrics.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        double Metric(string forecast, string metric) => double.Parse(metrics.Single(m => m[0] == forecast && m[1] == "all" && m[2] == metric)[3], CultureInfo.InvariantCulture);
        Assert.InRange(Metric("logistic-regression/seismicity", "auc"), 0.7, 1);
        Assert.InRange(Metric("climatology", "auc"), 0.3, 0.7); // the cells share one rate: climatology cannot rank rows
        Assert.Contains("| climatology |", result.Output, StringComparison.Ordinal);
        Assert.Contains("catalog: test.csv, declustered by Reasenberg (1985) (600 of 900 events kept)", File.ReadAllText(Path.Combine(output, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_model_and_an_unknown_model_option_are_usage_errors_naming_them()
    {
        // Given
        string dataset = ForecastDatasets.Write(_folder, cells: 1, issues: 60);
        string options = Path.Combine(_folder, "models.json");
        await File.WriteAllTextAsync(options, """{ "logistic-regression": { "l2Regularization": 0.1, "treeCount": 3 } }""", TestContext.Current.CancellationToken);

        // When
        var unknown = await _tester.RunAsync("forecast", "evaluate", dataset, "--models", "logistic-regresion", "--out", _folder, "--plugins", ForecastDatasets.BuiltInPlugins, "-q");
        var badOption = await _tester.RunAsync("forecast", "train", dataset, "--model-options", options, "--out", Path.Combine(_folder, "m.zip"), "--plugins", ForecastDatasets.BuiltInPlugins, "-q");
        var noTarget = await _tester.RunAsync("forecast", "run", Path.Combine(_folder, "m.zip"), dataset);

        // Then
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--models: no forecast model named 'logistic-regresion'; loaded forecast models are ", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("logistic-regression", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, badOption.ExitCode);
        Assert.Contains(options, badOption.Error, StringComparison.Ordinal);
        Assert.Contains("treeCount", badOption.Error, StringComparison.Ordinal);
        Assert.Equal(2, noTarget.ExitCode);
        Assert.Contains("model: file not found", noTarget.Error, StringComparison.Ordinal);
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
