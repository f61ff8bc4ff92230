using GeoAnomaly.Cli.Tests.Support;
using GeoAnomaly.Synthetic.Forecasting;
using GeoAnomaly.Synthetic.Seismicity;

namespace GeoAnomaly.Cli.Tests.Commands;

/// <summary>
/// Acceptance: on a synthetic scenario whose anomalies announce the large earthquakes, the anomaly features add skill
/// that the bootstrap intervals and the null test both see; on the same scenario without precursors they see none.
/// </summary>
public sealed class ForecastEvaluateCommandTests : IDisposable
{
    private const string Both = "logistic-regression/both";
    private const string Seismicity = "logistic-regression/seismicity";
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-forecast-null-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Precursors_make_the_anomaly_features_add_skill_beyond_the_null()
    {
        // Given: the default scenario (seed 1), precursors before every M >= 5 at half the stations in range, 70 % detected
        var spec = new ForecastScenarioSpec();

        // When
        var (metrics, output) = await ForecastScenarioRun.RunAsync(spec, _folder);

        // Then: both beats seismicity with intervals apart, on ROC AUC and Molchan ASS, and the null test rejects
        foreach (string metric in new[] { "auc", "ass" })
        {
            var both = metrics[(Both, "all", metric)];
            var seismicity = metrics[(Seismicity, "all", metric)];
            Assert.True(both.Lower > seismicity.Upper, $"{metric}: both {both} vs seismicity {seismicity}");
            Assert.True(both.Value < 0.95, $"{metric}: a synthetic precursor should not make a perfect predictor, got {both.Value}");
        }

        double p = metrics[("logistic-regression", "all", "null_test_p")].Value;
        Assert.True(p < 0.05, $"null test p = {p}");
        Assert.True(metrics[("logistic-regression", "all", "null_statistic_real")].Value > 0);
        Assert.Contains("null test logistic-regression:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_precursors_the_anomaly_features_add_nothing_the_null_cannot_explain()
    {
        // Given: the same scenario with no precursors (catalog, stations and false alarms unchanged)
        var spec = new ForecastScenarioSpec { Precursors = PrecursorSpec.None };

        // When
        var (metrics, _) = await ForecastScenarioRun.RunAsync(spec, _folder);

        // Then
        foreach (string metric in new[] { "auc", "ass" })
        {
            var both = metrics[(Both, "all", metric)];
            var seismicity = metrics[(Seismicity, "all", metric)];
            Assert.True(both.Lower <= seismicity.Upper && seismicity.Lower <= both.Upper, $"{metric}: both {both} vs seismicity {seismicity}");
        }

        double p = metrics[("logistic-regression", "all", "null_test_p")].Value;
        Assert.True(p > 0.05, $"null test p = {p}");
    }
}
