using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

public sealed class NabThresholdOptimizerTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void The_curve_starts_with_detecting_nothing_and_steps_down_through_each_distinct_score()
    {
        // Given: a window over rows 40..49 of 100; row 40 scores 0.9 (a perfect detection), row 10 scores 0.8 (a false
        // positive before the window), every other row 0.1
        var file = NabFiles.Regular(100, (40, 49));
        double[] scores = Enumerable.Repeat(0.1, 100).ToArray();
        scores[40] = 0.9;
        scores[10] = 0.8;
        var sweep = NabFileSweep.Build(file, scores, NabProfile.Standard, probationPercent: 0);

        // When
        var curve = NabThresholdOptimizer.Curve([sweep]);
        var best = NabThresholdOptimizer.Optimize([sweep]);

        // Then: 1.1 detects nothing (-1); 0.9 gets the window (+1); 0.8 adds a -0.11 false positive; 0.1 detects all
        Assert.Equal([NabRules.NoDetectionThreshold, 0.9, 0.8, 0.1], curve.Select(p => p.Threshold));
        Assert.Equal(-1.0, curve[0].Score, Tolerance);
        Assert.Equal(1.0, curve[1].Score, Tolerance);
        Assert.Equal(0.89, curve[2].Score, Tolerance);
        Assert.Equal(sweep.ScoreAt(0.1).Score, curve[3].Score, Tolerance);
        Assert.Equal((0.9, 1, 0, 90, 9), (best.Threshold, best.TruePositives, best.FalsePositives, best.TrueNegatives, best.FalseNegatives));
    }

    [Fact]
    public void On_a_tie_the_highest_threshold_wins()
    {
        // Given: the window's first row scores 0.9 and a later row of the same window 0.8, which adds nothing
        var file = NabFiles.Regular(100, (40, 49));
        double[] scores = new double[100];
        scores[40] = 0.9;
        scores[45] = 0.8;
        var sweep = NabFileSweep.Build(file, scores, NabProfile.Standard, probationPercent: 0);

        // When
        var best = NabThresholdOptimizer.Optimize([sweep]);

        // Then
        Assert.Equal(0.9, best.Threshold);
        Assert.Equal(1.0, best.Score, Tolerance);
    }

    [Fact]
    public void When_every_detection_costs_more_than_it_earns_the_best_is_to_detect_nothing()
    {
        // Given: high scores only outside the window
        var file = NabFiles.Regular(100, (40, 49));
        var sweep = NabFileSweep.Build(file, NabFiles.Detections(100, 5, 80, 90), NabProfile.Standard, probationPercent: 0);

        // When
        var best = NabThresholdOptimizer.Optimize([sweep]);

        // Then
        Assert.Equal(NabRules.NoDetectionThreshold, best.Threshold);
        Assert.Equal(-1.0, best.Score, Tolerance);
    }

    [Fact]
    public void Every_point_of_the_pooled_curve_is_the_sum_of_the_files_scored_one_by_one_at_its_threshold()
    {
        // Given: three files with windows and seeded random scores, some repeated, under each profile
        var random = new Random(7);
        NabFile[] files =
        [
            NabFiles.Regular("a/one.csv", 400, (100, 139), (300, 339)),
            NabFiles.Regular("a/two.csv", 250, (60, 80)),
            NabFiles.Regular("b/three.csv", 300),
        ];
        var scores = files.Select(f => Enumerable.Range(0, f.Length).Select(_ => Math.Round(random.NextDouble(), 2)).ToArray()).ToList();

        foreach (var profile in NabProfile.Defaults)
        {
            var sweeps = files.Select((f, i) => NabFileSweep.Build(f, scores[i], profile)).ToList();

            // When
            var curve = NabThresholdOptimizer.Curve(sweeps);

            // Then: the naive reference, file by file at each threshold, agrees on scores and counts
            Assert.Equal(1 + sweeps.SelectMany(s => s.Scores.ToArray()).Distinct().Count(), curve.Count); // 1.1, then each distinct score
            foreach (var point in curve)
            {
                var rows = sweeps.Select(s => s.ScoreAt(point.Threshold)).ToList();
                Assert.Equal(rows.Sum(r => r.Score), point.Score, Tolerance);
                Assert.Equal(rows.Sum(r => r.TruePositives), point.TruePositives);
                Assert.Equal(rows.Sum(r => r.FalsePositives), point.FalsePositives);
                Assert.Equal(rows.Sum(r => r.TrueNegatives), point.TrueNegatives);
                Assert.Equal(rows.Sum(r => r.FalseNegatives), point.FalseNegatives);
            }

            Assert.Equal(curve.Max(p => p.Score), NabThresholdOptimizer.Optimize(sweeps).Score);
        }
    }

    [Fact]
    public void Sweeps_under_different_profiles_cannot_be_pooled()
    {
        // Given
        var file = NabFiles.Regular(100, (40, 49));
        double[] scores = new double[100];

        // When
        var error = Assert.Throws<ArgumentException>(() => NabThresholdOptimizer.Curve(
            [NabFileSweep.Build(file, scores, NabProfile.Standard), NabFileSweep.Build(file, scores, NabProfile.RewardLowFnRate)]));

        // Then
        Assert.Contains("same profile", error.Message, StringComparison.Ordinal);
    }
}
