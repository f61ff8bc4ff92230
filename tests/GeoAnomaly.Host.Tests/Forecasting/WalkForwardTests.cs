using CsCheck;
using GeoAnomaly.Host.Forecasting;

namespace GeoAnomaly.Host.Tests.Forecasting;

public sealed class WalkForwardTests
{
    private static readonly DateTimeOffset s_start = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void No_training_label_window_reaches_into_its_test_block_for_any_steps_horizons_and_blocks()
    {
        var gen = Gen.Select(Gen.Int[1, 10], Gen.Int[1, 60], Gen.Int[5, 200], Gen.Int[2, 6], Gen.Int[30, 400]);
        gen.Sample((stepDays, horizonDays, blockDays, cells, issues) =>
        {
            // Given
            var rows = Rows(cells, issues, TimeSpan.FromDays(stepDays));
            var horizon = TimeSpan.FromDays(horizonDays);
            var firstTest = s_start.AddDays(stepDays * issues / 3.0);

            // When
            var folds = WalkForward.Split(rows, horizon, firstTest, TimeSpan.FromDays(blockDays));

            // Then
            foreach (var fold in folds)
            {
                var firstTestIssue = fold.Test.Min(i => rows[i].Issue);
                Assert.All(fold.Train, i => Assert.True(rows[i].Issue + horizon <= firstTestIssue));
                Assert.All(fold.Test, i => Assert.True(rows[i].Issue >= fold.Cut && rows[i].Issue < fold.TestEnd));
                Assert.Empty(fold.Train.Intersect(fold.Test));
            }

            // Every row from the first cut on is tested exactly once.
            var tested = folds.SelectMany(f => f.Test).ToList();
            Assert.Equal(tested.Count, tested.Distinct().Count());
            Assert.Equal(rows.Count(r => r.Issue >= firstTest), tested.Count);
        });
    }

    [Fact]
    public void A_weekly_dataset_with_a_30_day_horizon_trains_up_to_30_days_before_each_cut()
    {
        // Given: one cell, weekly issues for 20 weeks; cut at week 10, blocks of 5 weeks
        var rows = Rows(1, 20, TimeSpan.FromDays(7));
        var cut = s_start.AddDays(70);

        // When
        var folds = WalkForward.Split(rows, TimeSpan.FromDays(30), cut, TimeSpan.FromDays(35));

        // Then: week w (issued day 7w) trains while 7w + 30 <= 70, i.e. w <= 5; the next fold's cut is day 105 (w <= 10)
        Assert.Equal(2, folds.Count);
        Assert.Equal([0, 1, 2, 3, 4, 5], folds[0].Train);
        Assert.Equal([10, 11, 12, 13, 14], folds[0].Test);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], folds[1].Train);
        Assert.Equal([15, 16, 17, 18, 19], folds[1].Test);
    }

    [Fact]
    public void The_held_out_calibration_slice_is_the_latest_and_keeps_a_horizon_gap()
    {
        // Given: weekly issues for 50 weeks, horizon 14 days, 20 % held out
        var rows = Rows(2, 50, TimeSpan.FromDays(7));
        int[] train = [.. Enumerable.Range(0, rows.Count)];

        // When
        var (fit, heldOut) = WalkForward.HoldOut(rows, train, TimeSpan.FromDays(14), 0.2);

        // Then: the last 10 weeks (40..49) are held out; fitting stops 2 weeks before them (weeks 0..38)
        var heldWeeks = heldOut.Select(i => (int)((rows[i].Issue - s_start).TotalDays / 7)).Distinct().Order().ToList();
        var fitWeeks = fit.Select(i => (int)((rows[i].Issue - s_start).TotalDays / 7)).Distinct().Order().ToList();
        Assert.Equal(Enumerable.Range(40, 10), heldWeeks);
        Assert.Equal(Enumerable.Range(0, 39), fitWeeks);
    }

    private static List<ForecastRowKey> Rows(int cells, int issues, TimeSpan step) =>
        [.. Enumerable.Range(0, cells).SelectMany(c => Enumerable.Range(0, issues)
            .Select(k => new ForecastRowKey($"c{c}", 0, 0, s_start + (step * k), k % 7 == 0, null)))];
}
