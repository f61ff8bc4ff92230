using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Catalogs.Cells;
using GeoAnomaly.Host.Catalogs.Features;
using GeoAnomaly.Host.Forecasting;
using GeoAnomaly.Host.Forecasting.Metrics;
using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic;
using GeoAnomaly.Synthetic.Seismicity;
using GeoAnomaly.Synthetic.Writing;

namespace GeoAnomaly.Cli.Tests.Forecasting;

/// <summary>Climatology on an ETAS catalog whose background is concentrated in two sources: in the Molchan diagram
/// weighted by the climatological rate it lies on the diagonal, while the plain diagram credits it with the sources.</summary>
public sealed class EtasClimatologyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ga-etas-climatology-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Walk_forward_climatology_on_an_ETAS_catalog_scores_one_half_in_the_climatology_weighted_diagram()
    {
        // Given: 30 years of ETAS seismicity (M >= 3.5, 1.5 background events a day) from two Gaussian sources in a
        // 6 x 6 degree region, written and read back as a catalog file; one-degree cells, 15-day issues, M 5 in 30 days
        var start = new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var spec = new EtasSpec
        {
            Seed = 11,
            Start = start,
            Duration = TimeSpan.FromDays(365.25 * 30),
            Region = GeoBox.Default,
            BackgroundRate = 1.5,
            BackgroundSources = [new BackgroundSource(31.5, 101.5, 60, 2), new BackgroundSource(34.5, 104.5, 40, 1)],
        };
        string path = Path.Combine(_folder, "etas.csv");
        EtasCsvWriter.WriteFile(path, EtasSimulator.Simulate(spec));
        var catalog = CatalogReader.Read(path, cancellationToken: TestContext.Current.CancellationToken).Catalog;
        var box = spec.Region;
        var cells = CellGrid.Regular(box.MinLatitude, box.MaxLatitude, box.MinLongitude, box.MaxLongitude, 1).Cells;
        string data = Path.Combine(_folder, "data.csv");
        using (var writer = new StreamWriter(data))
        {
            FeatureDataset.Write(catalog, new FeatureDatasetSpec(cells, new IssueSchedule(start.AddYears(2), start.AddYears(30), TimeSpan.FromDays(15)), [30], 5), [], writer);
        }

        var dataset = ForecastDatasetReader.Read(data);

        // When: walk-forward from year 12 in 3-year blocks
        var result = WalkForwardEvaluation.Run(dataset, [], new WalkForwardPlan(start.AddYears(12), TimeSpan.FromDays(1096)), new SilentContext(), null, TestContext.Current.CancellationToken);
        double[] climatology = result.Forecasts[WalkForwardEvaluation.ClimatologyName];
        int events = result.Labels.Count(l => l);
        double weighted = Molchan.AreaSkillScore(climatology, result.Labels, climatology);
        double plain = Molchan.AreaSkillScore(climatology, result.Labels);
        var band = MolchanRandom.AreaSkillInterval(events, 0.05);

        // Then
        Assert.True(events >= 100, $"{events} target rows");
        Assert.True(band.Contains(weighted), $"climatology-weighted ASS {weighted:F4} outside the random band [{band.Lower:F4}, {band.Upper:F4}] of {events} events");
        Assert.True(plain > band.Upper, $"plain ASS {plain:F4} should credit climatology with the sources (band upper {band.Upper:F4})");
    }
}
