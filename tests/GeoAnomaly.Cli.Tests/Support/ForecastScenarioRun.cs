using System.Globalization;
using GeoAnomaly.Synthetic.Forecasting;
using GeoAnomaly.Synthetic.Writing;

namespace GeoAnomaly.Cli.Tests.Support;

/// <summary>One figure of metrics.csv with its interval.</summary>
internal sealed record MetricValue(double Value, double Lower, double Upper);

/// <summary>Writes a forecast scenario, runs <c>features --null-datasets</c> and <c>forecast evaluate --null</c> on it, and reads metrics.csv.</summary>
internal static class ForecastScenarioRun
{
    /// <summary>Null datasets per run: 20, the least for which p can fall below 0.05 (p ≥ 1/21).</summary>
    public const int NullDatasets = 20;

    /// <summary><c>artifacts/plugins</c>, where the built-in plugins stage themselves: give it to <c>--plugins</c>.</summary>
    public static string Plugins
    {
        get
        {
            string root = Path.Combine(SamplePlugin.RepoRoot, "artifacts", "plugins");
            Assert.True(Directory.Exists(Path.Combine(root, "GeoAnomaly.Plugins.Forecasting")), $"the forecasting plugin is not staged in {root}");
            return root;
        }
    }

    /// <summary>Runs the whole chain in <paramref name="folder"/> and returns metrics.csv keyed by (forecast, scope, metric).</summary>
    public static async Task<(Dictionary<(string Forecast, string Scope, string Metric), MetricValue> Metrics, string Output)> RunAsync(ForecastScenarioSpec spec, string folder)
    {
        var files = ScenarioWriter.Write(ForecastScenario.Generate(spec), folder);
        string dataset = Path.Combine(folder, "data.csv");
        string end = (spec.Start.Year + (int)spec.Years).ToString(CultureInfo.InvariantCulture);
        var tester = new CommandTester();
        var features = await tester.RunAsync(
            "features", files.Catalog, "--grid", "30,36,100,106,1", "--issue-from", $"{spec.Start.Year + 1}-01-01", "--issue-to", $"{end}-01-01", "--issue-step-days", "15",
            "--horizons", "30", "--target-magnitude", "5", "--indicator-events", "20", "--events", files.Events, "--stations", files.Stations, "--out", dataset,
            "--null-datasets", NullDatasets.ToString(CultureInfo.InvariantCulture), "-q");
        Assert.True(features.ExitCode == 0, features.Error);
        string report = Path.Combine(folder, "report");
        var evaluate = await tester.RunAsync(
            "forecast", "evaluate", dataset, "--models", "logistic-regression", "--block-days", "4200", "--bootstrap", "100", "--out", report,
            "--null", Path.Combine(folder, "data.null-*.csv"), "--plugins", Plugins, "-q");
        Assert.True(evaluate.ExitCode == 0, evaluate.Error);
        var metrics = new Dictionary<(string, string, string), MetricValue>();
        foreach (string line in (await File.ReadAllLinesAsync(Path.Combine(report, "metrics.csv"), TestContext.Current.CancellationToken)).Skip(1))
        {
            string[] f = line.Split(',');
            metrics[(f[0], f[1], f[2])] = new MetricValue(Number(f[3]), Number(f[4]), Number(f[5]));
        }

        return (metrics, evaluate.Output);
    }

    private static double Number(string text) => text.Length == 0 ? double.NaN : double.Parse(text, CultureInfo.InvariantCulture);
}
