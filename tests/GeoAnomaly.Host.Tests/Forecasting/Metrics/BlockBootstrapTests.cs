using GeoAnomaly.Host.Forecasting.Metrics;
using GeoAnomaly.Host.Tests.Forecasting.Metrics.Support;

namespace GeoAnomaly.Host.Tests.Forecasting.Metrics;

public sealed class BlockBootstrapTests
{
    [Fact]
    public void The_interval_of_the_mean_covers_the_true_mean_and_repeats_with_the_seed()
    {
        // Given 300 seeded uniform values (true mean ½), blocks of 3 consecutive rows
        var (values, _) = RandomForecasts.Unskilled(300, 0.5, 7);
        var bootstrap = BlockBootstrap.Create([.. Enumerable.Range(0, values.Length).Select(i => i / 3)]);
        double Mean(int[] rows) => rows.Average(r => values[r]);

        // When
        var first = bootstrap.Interval(Mean, 1000, 0.95, 42);
        var again = bootstrap.Interval(Mean, 1000, 0.95, 42);
        var other = bootstrap.Interval(Mean, 1000, 0.95, 43);

        // Then
        Assert.Equal(100, bootstrap.BlockCount);
        Assert.True(first.Lower < 0.5 && 0.5 < first.Upper, $"[{first.Lower}, {first.Upper}]");
        Assert.InRange(first.Upper - first.Lower, 0.04, 0.10); // ≈ 2·1.96·√(1/12)/√300 = 0.065
        Assert.Equal(1000, first.ValidResamples);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Resamples_draw_whole_blocks()
    {
        // Given rows in three blocks of two
        var bootstrap = BlockBootstrap.Create(["a", "a", "b", "b", "c", "c"]);

        // When
        var resamples = bootstrap.Resamples(50, 1).ToList();

        // Then every resample is three blocks: pairs (0,1), (2,3) or (4,5)
        Assert.All(resamples, rows =>
        {
            Assert.Equal(6, rows.Length);
            for (int i = 0; i < rows.Length; i += 2)
            {
                Assert.Equal(rows[i] + 1, rows[i + 1]);
                Assert.Equal(0, rows[i] % 2);
            }
        });
    }

    [Fact]
    public void Resamples_where_a_statistic_is_NaN_are_skipped_and_counted()
    {
        // Given two blocks, one holding the only event; AUC is NaN on draws without it
        double[] scores = [0.9, 0.1, 0.2, 0.3];
        bool[] labels = [true, false, false, false];
        var bootstrap = BlockBootstrap.Create([0, 0, 1, 1]);
        int withEvent = bootstrap.Resamples(200, 5).Count(rows => rows.Contains(0));

        // When: the AUC of a model and of a reference on the same resamples
        double[] reference = [0.5, 0.5, 0.5, 0.5];
        var intervals = bootstrap.Intervals(rows =>
        {
            bool[] truth = BlockBootstrap.Gather(labels, rows);
            return [Roc.Auc(BlockBootstrap.Gather(scores, rows), truth), Roc.Auc(BlockBootstrap.Gather(reference, rows), truth)];
        }, 200, 0.9, 5);

        // Then
        Assert.Equal(withEvent, intervals[0].ValidResamples);
        Assert.InRange(withEvent, 1, 199);
        Assert.Equal(1, intervals[0].Lower);
        Assert.Equal(0.5, intervals[1].Upper);
    }
}
