using GeoAnomaly.Host.Forecasting;

namespace GeoAnomaly.Host.Tests.Forecasting;

public sealed class ClimatologyTests
{
    [Fact]
    public void Each_cell_gets_its_past_frequency_shrunk_towards_the_regional_one()
    {
        // Given: cell a has 3 targets in 10 rows, cell b 0 in 10 rows; regional frequency 3/20 = 0.15
        var t = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var rows = Enumerable.Range(0, 10).Select(k => new ForecastRowKey("a", 0, 0, t.AddDays(k), k < 3, null))
            .Concat(Enumerable.Range(0, 10).Select(k => new ForecastRowKey("b", 0, 0, t.AddDays(k), false, null))).ToList();

        // When: smoothing m = 10 rows
        var climatology = Climatology.Fit(rows, [.. Enumerable.Range(0, rows.Count)], smoothing: 10);

        // Then: a = (3 + 10 * 0.15) / (10 + 10) = 0.225; b = (0 + 1.5) / 20 = 0.075; an unseen cell gets 0.15
        Assert.Equal(0.15, climatology.Regional, 12);
        Assert.Equal(0.225, climatology.Probability("a"), 12);
        Assert.Equal(0.075, climatology.Probability("b"), 12);
        Assert.Equal(0.15, climatology.Probability("elsewhere"), 12);
        Assert.Equal(0.3, Climatology.Fit(rows, [.. Enumerable.Range(0, rows.Count)], smoothing: 0).Probability("a"), 12);
    }
}
