using GeoAnomaly.Plugins.Barometric;

namespace GeoAnomaly.Plugins.Tests.Barometric;

public sealed class LagBinsTests
{
    [Theory]
    [InlineData(720, 24)]
    [InlineData(360, 24)]
    [InlineData(100, 99)]
    [InlineData(5000, 200)]
    [InlineData(3, 2)]
    public void Bins_cover_every_lag_once_with_single_lags_first(int lags, int terms)
    {
        // Given / When
        var bins = new LagBins(lags, terms);

        // Then: edges run 0 .. L+1, strictly increasing; bin 0 is lag 0 alone; widths never shrink by more than one
        var edges = bins.Edges;
        Assert.Equal(Math.Min(terms, lags + 1), bins.Count);
        Assert.Equal(0, edges[0]);
        Assert.Equal(lags + 1, edges[^1]);
        Assert.Equal(1, bins.Width(0));
        for (int j = 1; j < bins.Count; j++)
        {
            Assert.True(edges[j] > edges[j - 1], $"edge {j} = {edges[j]} does not follow {edges[j - 1]}");
            Assert.True(bins.Width(j) >= bins.Width(j - 1) - 1, $"bin {j} ({bins.Width(j)} lags) is narrower than bin {j - 1} ({bins.Width(j - 1)})");
        }
    }

    [Fact]
    public void As_many_terms_as_lags_give_one_bin_per_lag()
    {
        // Given / When
        var bins = new LagBins(30, 50);

        // Then
        Assert.Equal(31, bins.Count);
        Assert.All(Enumerable.Range(0, 31), j => Assert.Equal(1, bins.Width(j)));
    }

    [Fact]
    public void Impulse_spreads_each_bin_coefficient_over_its_lags()
    {
        // Given
        var bins = new LagBins(9, 3);
        double[] coefficients = [.. Enumerable.Range(1, bins.Count).Select(j => (double)j)];

        // When
        double[] impulse = bins.Impulse(coefficients);

        // Then
        Assert.Equal(10, impulse.Length);
        for (int j = 0; j < bins.Count; j++)
        {
            for (int k = bins.Start(j); k < bins.Start(j) + bins.Width(j); k++)
            {
                Assert.Equal(coefficients[j], impulse[k]);
            }
        }
    }
}
