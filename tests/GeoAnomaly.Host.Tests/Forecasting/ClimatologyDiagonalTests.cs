using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Catalogs.Cells;
using GeoAnomaly.Host.Catalogs.Features;
using GeoAnomaly.Host.Forecasting;
using GeoAnomaly.Host.Forecasting.Metrics;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Forecasting;

/// <summary>In the Molchan diagram weighted by the climatological rate, climatology itself must lie on the diagonal:
/// only skill beyond climatology shows there.</summary>
public sealed class ClimatologyDiagonalTests
{
    [Fact]
    public void Walk_forward_climatology_on_the_real_global_catalog_scores_one_half_within_the_random_band()
    {
        // Given: the global M5+ catalog 1976-2013, 10-degree cells over +-60 degrees, monthly issues from 1980, M 6.5 targets in 30 days
        var catalog = CatalogReader.Read(SharedCatalogs.File("global-1976-2013/catalog.csv"), mapping: CatalogMapping.FromJson(File.ReadAllText(SharedCatalogs.Mapping("pycsep-global-1976-2013.json"))), cancellationToken: TestContext.Current.CancellationToken).Catalog;
        var dataset = Dataset(catalog, CellGrid.Regular(-60, 60, -180, 180, 10).Cells, new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2013, 1, 1, 0, 0, 0, TimeSpan.Zero), 30, 6.5);

        // When: walk-forward from 1995 in 5-year blocks, climatology refitted (smoothing tuned) for each block
        var result = WalkForwardEvaluation.Run(dataset, [], new WalkForwardPlan(new DateTimeOffset(1995, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(1826)), new SilentContext(), null, TestContext.Current.CancellationToken);
        double[] climatology = result.Forecasts[WalkForwardEvaluation.ClimatologyName];
        double weighted = Molchan.AreaSkillScore(climatology, result.Labels, climatology);
        double plain = Molchan.AreaSkillScore(climatology, result.Labels);
        int events = result.Labels.Count(l => l);
        var band = MolchanRandom.AreaSkillInterval(events, 0.05);

        // Then: on the diagonal within the random band of its event count, while the plain diagram flatters it
        Assert.True(events > 400, $"{events} target rows");
        Assert.True(band.Contains(weighted), $"climatology-weighted ASS {weighted:F4} outside the random band [{band.Lower:F4}, {band.Upper:F4}] of {events} events");
        Assert.True(plain > 0.85, $"plain ASS {plain:F4}");
    }

    /// <summary>A dataset with labels only (no feature columns), written and read back as the CLI would.</summary>
    internal static ForecastDataset Dataset(EarthquakeCatalog catalog, IReadOnlyList<ForecastCell> cells, DateTimeOffset first, DateTimeOffset end, int horizonDays, double targetMagnitude)
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "dataset.csv");
        using (var writer = new StreamWriter(path))
        {
            FeatureDataset.Write(catalog, new FeatureDatasetSpec(cells, new IssueSchedule(first, end, TimeSpan.FromDays(30)), [horizonDays], targetMagnitude), [], writer);
        }

        return ForecastDatasetReader.Read(path);
    }
}
