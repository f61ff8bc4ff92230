using CsCheck;
using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Catalogs.Cells;
using GeoAnomaly.Host.Catalogs.Features;

namespace GeoAnomaly.Host.Tests.Catalogs.Features;

public sealed class FeatureDatasetTests
{
    private static readonly DateTimeOffset s_start = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly FeatureDatasetSpec s_spec = new(
        CellGrid.Regular(35, 36, 139, 141, 1).Cells, new IssueSchedule(s_start, s_start.AddDays(28), TimeSpan.FromDays(7)), [7, 14], 6);

    [Fact]
    public void Each_cell_and_issue_time_is_one_row_with_past_features_and_a_label_per_horizon()
    {
        // Given: in cell 35_139, an M4 on day 2 and an M6.2 on day 10; in 35_140 an M5 on day 3; one event outside the grid
        var catalog = new EarthquakeCatalog("test", [Quake(2, 35.5, 139.5, 4), Quake(10, 35.5, 139.5, 6.2), Quake(3, 35.5, 140.5, 5), Quake(1, 20, 100, 7)]);
        var text = new StringWriter();

        // When
        var stats = FeatureDataset.Write(catalog, s_spec, [new PastBlock()], text);

        // Then
        string[] lines = text.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal("cell,cell_lat_deg,cell_lon_deg,issue_time_utc,past_events_count,last_magnitude,label_7d,first_target_7d_utc,label_14d,first_target_14d_utc", lines[0]);
        Assert.Equal(8, stats.Rows);
        Assert.Equal(9, lines.Length);
        Assert.Equal("35_139,35.5,139.5,2020-01-01T00:00:00Z,0,,0,,1,2020-01-11T00:00:00.000Z", lines[1]);
        Assert.Equal("35_139,35.5,139.5,2020-01-08T00:00:00Z,1,4,1,2020-01-11T00:00:00.000Z,1,2020-01-11T00:00:00.000Z", lines[2]);
        Assert.Equal("35_139,35.5,139.5,2020-01-15T00:00:00Z,2,6.2,0,,0,", lines[3]);
        Assert.Equal([1, 2], stats.Positives);
        Assert.Equal((0, 2), (stats.Min[0], stats.Max[0])); // past events per row in either cell
        Assert.Equal((4, 6.2, 2), (stats.Min[1], stats.Max[1], stats.Missing[1])); // last magnitude: none before each cell's first event
    }

    [Fact]
    public void Events_at_or_after_the_issue_time_never_change_the_features_of_its_rows()
    {
        // Given: any events in the two cells; the rows issued on day 14 are compared with and without every event at or after day 14
        var cut = s_start.AddDays(14);
        var quake = Gen.Select(Gen.Double[0, 28], Gen.Double[35, 36], Gen.Double[139, 141], Gen.Double[2, 7]);
        quake.Array[0, 40].Sample(drawn =>
        {
            var all = drawn.Select(q => Quake(q.Item1, q.Item2, q.Item3, q.Item4)).ToList();
            var past = all.Where(e => e.Time < cut).ToList();

            // When
            string[] Rows(List<Earthquake> events)
            {
                var text = new StringWriter();
                FeatureDataset.Write(new EarthquakeCatalog("p", events), s_spec, [new PastBlock()], text);
                return [.. text.ToString().Split(Environment.NewLine).Where(l => l.Contains("2020-01-15T00:00:00Z,", StringComparison.Ordinal)).Select(l => string.Join(',', l.Split(',').Take(6)))];
            }

            // Then
            Assert.Equal(Rows(past), Rows(all));
        }, iter: 100);
    }

    private static Earthquake Quake(double days, double lat, double lon, double magnitude) => new(s_start.AddDays(days), lat, lon, 10, magnitude);

    /// <summary>A block whose values depend on every past event: their count and the last one's magnitude.</summary>
    private sealed class PastBlock : IFeatureBlock
    {
        public IReadOnlyList<string> Columns { get; } = ["past_events_count", "last_magnitude"];

        public double[] Compute(string cell, IReadOnlyList<Earthquake> cellEvents, DateTimeOffset issue) =>
            [cellEvents.Count, cellEvents.Count == 0 ? double.NaN : cellEvents[^1].Magnitude];
    }
}
