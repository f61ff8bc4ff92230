using GeoAnomaly.Host.Forecasting.Metrics;

namespace GeoAnomaly.Host.Tests.Forecasting.Metrics;

public sealed class ReliabilityTests
{
    [Fact]
    public void Distinct_forecasts_fall_into_bins_of_equal_count_whose_points_are_the_bin_means()
    {
        // Given: 1,000 distinct seeded probabilities and labels
        var random = new Random(11);
        double[] p = [.. Enumerable.Range(0, 1000).Select(_ => random.NextDouble() * 0.2)];
        bool[] labels = [.. p.Select(x => random.NextDouble() < x)];

        // When
        var bins = Reliability.Bins(p, labels, 10);

        // Then: 10 bins of 100 rows in increasing order; each point is the naive mean of the rows in [Lower, Upper]
        Assert.Equal(10, bins.Count);
        Assert.All(bins, b => Assert.Equal(100, b.Count));
        Assert.True(bins.Zip(bins.Skip(1)).All(pair => pair.First.Upper < pair.Second.Lower));
        foreach (var bin in bins)
        {
            int[] rows = [.. Enumerable.Range(0, p.Length).Where(i => p[i] >= bin.Lower && p[i] <= bin.Upper)];
            Assert.Equal(rows.Average(i => p[i]), bin.MeanForecast, 12);
            Assert.Equal(rows.Average(i => labels[i] ? 1.0 : 0.0), bin.ObservedFrequency, 12);
        }
    }

    [Fact]
    public void Tied_forecasts_stay_in_one_bin()
    {
        // Given: 60 rows at 0.01, 30 at 0.05, 10 at 0.3
        double[] p = [.. Enumerable.Repeat(0.01, 60), .. Enumerable.Repeat(0.05, 30), .. Enumerable.Repeat(0.3, 10)];
        bool[] labels = [.. p.Select((_, i) => i % 10 == 0)];

        // When
        var bins = Reliability.Bins(p, labels, 10);

        // Then: one bin per distinct value, all rows counted once
        Assert.Equal([60, 30, 10], bins.Select(b => b.Count));
        Assert.Equal([0.01, 0.05, 0.3], bins.Select(b => b.Lower));
        Assert.All(bins, b => Assert.Equal(b.Lower, b.MeanForecast, 1e-12));
        Assert.Equal(labels.Count(l => l), bins.Sum(b => (int)Math.Round(b.ObservedFrequency * b.Count)));
    }

    [Fact]
    public void No_rows_give_no_bins_and_a_value_outside_zero_one_is_refused()
    {
        // Given / When / Then
        Assert.Empty(Reliability.Bins([], [], 10));
        Assert.Throws<ArgumentException>(() => Reliability.Bins([1.5], [true], 10));
    }
}
