using GeoAnomaly.Plugins.IsolationForest.Forest;
using GeoAnomaly.Plugins.Tests.Support.IsolationForest;

namespace GeoAnomaly.Plugins.Tests.IsolationForest.Forest;

public sealed class IsolationForestModelTests
{
    [Fact]
    public void A_point_far_from_a_Gaussian_cloud_scores_above_0_6_and_cloud_points_near_or_below_0_5()
    {
        // Given: 2,000 points of a 3-d standard normal cloud, a default forest (100 trees, 256 samples)
        double[][] cloud = GaussianCloud.Points(2000, 3, seed: 1);
        var forest = Fit(cloud, seed: 7);

        // When
        double far = forest.Score([6.0, -6.0, 6.0]);
        double centre = forest.Score([0.0, 0.0, 0.0]);
        double[] inliers = [.. GaussianCloud.Points(500, 3, seed: 2).Select(p => forest.Score(p))];

        // Then
        Assert.True(far > 0.6, $"far point scored {far}");
        Assert.True(centre < 0.5, $"centre scored {centre}");
        Assert.True(inliers.Average() < 0.5, $"cloud points averaged {inliers.Average()}");
        Assert.True(inliers.Count(s => s > 0.6) < 10, $"{inliers.Count(s => s > 0.6)} of 500 cloud points scored above 0.6");
    }

    [Fact]
    public void Same_seed_gives_bitwise_equal_scores_and_another_seed_other_trees()
    {
        // Given
        double[][] cloud = GaussianCloud.Points(1000, 4, seed: 3);
        double[][] probes = GaussianCloud.Points(200, 4, seed: 4);

        // When
        var a = Fit(cloud, seed: 11);
        var b = Fit(cloud, seed: 11);
        var c = Fit(cloud, seed: 12);
        double[] first = [.. probes.Select(p => a.Score(p))];
        double[] second = [.. probes.Select(p => b.Score(p))];
        double[] other = [.. probes.Select(p => c.Score(p))];

        // Then
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Scores_lie_in_the_unit_interval_even_for_extreme_points_duplicates_and_constant_features()
    {
        // Given: a cloud with a constant feature and many duplicated points
        double[][] cloud = [.. GaussianCloud.Points(600, 3, seed: 5).Select((p, i) => new[] { i % 3 == 0 ? 0.25 : p[0], p[1], 1.0 })];
        var forest = Fit(cloud, seed: 1);
        double[][] probes = [.. cloud, [1e300, -1e300, 1.0], [0.25, 0.0, 1.0], [0, 0, -5]];

        // When
        double[] scores = [.. probes.Select(p => forest.Score(p))];

        // Then
        Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0));
    }

    [Theory]
    [InlineData(1000, 3, 256, 1.0, 21)]
    [InlineData(100, 2, 256, 1.0, 22)]
    [InlineData(3, 2, 256, 1.0, 23)]
    [InlineData(2000, 6, 100, 0.5, 24)]
    [InlineData(500, 5, 4096, 0.3, 25)]
    public void Scores_equal_the_naive_object_tree_reference(int count, int dimensions, int maxSamples, double maxFeatures, int seed)
    {
        // Given: points rounded to 0.1 so nodes meet ties and constant features
        double[][] points = [.. GaussianCloud.Points(count, dimensions, seed).Select(p => p.Select(v => Math.Round(v, 1)).ToArray())];
        double[][] probes = [.. points.Take(100), .. GaussianCloud.Points(100, dimensions, seed + 100).Select(p => p.Select(v => v * 3).ToArray())];
        var forest = new IsolationForestModel(50, maxSamples, maxFeatures, dimensions);
        forest.Fit(GaussianCloud.Flatten(points), count, (ulong)seed);
        var naive = NaiveIsolationForest.Fit(points, 50, maxSamples, maxFeatures, (ulong)seed);

        // When / Then
        Assert.Equal(naive.SamplesPerTree, forest.SamplesPerTree);
        foreach (double[] probe in probes)
        {
            double expected = naive.Score(probe);
            double actual = forest.Score(probe);
            Assert.True(Math.Abs(expected - actual) <= 1e-14, $"probe [{string.Join(", ", probe)}]: {actual}, reference {expected}");
        }
    }

    [Fact]
    public void Scoring_a_batch_tree_by_tree_equals_scoring_one_by_one_bitwise()
    {
        // Given
        double[][] cloud = GaussianCloud.Points(1500, 3, seed: 8);
        var forest = Fit(cloud, seed: 2);
        double[][] probes = GaussianCloud.Points(333, 3, seed: 9);
        double[] batch = new double[probes.Length];

        // When
        forest.Score(GaussianCloud.Flatten(probes), probes.Length, batch);

        // Then
        Assert.Equal(probes.Select(p => forest.Score(p)), batch);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(256, 8)]
    [InlineData(257, 9)]
    [InlineData(4096, 12)]
    public void Trees_grow_to_depth_ceil_log2_of_the_samples_per_tree(int samples, int depth)
    {
        // Given / When / Then
        Assert.Equal(depth, IsolationForestModel.DepthFor(samples));
        Assert.Equal((int)Math.Ceiling(Math.Log2(Math.Max(samples, 2))), IsolationForestModel.DepthFor(samples));
    }

    [Fact]
    public void Mean_path_length_of_a_training_point_is_near_c_of_psi_on_uniform_data()
    {
        // Given: points spread uniformly; a forest of 200 trees on 256 samples each
        var random = new Random(3);
        double[][] points = [.. Enumerable.Range(0, 4000).Select(_ => new[] { random.NextDouble(), random.NextDouble() })];
        var forest = new IsolationForestModel(200, 256, 1.0, 2);
        forest.Fit(GaussianCloud.Flatten(points), points.Length, 5);

        // When
        double mean = points.Take(1000).Average(p => forest.MeanPathLength(p));

        // Then: with no structure to find, isolation takes about as long as for a random BST (c(256) ≈ 10.24), give or take the depth cap
        Assert.InRange(mean, AveragePathLength.Of(256) - 1.0, AveragePathLength.Of(256) + 0.5);
    }

    private static IsolationForestModel Fit(double[][] points, ulong seed)
    {
        var forest = new IsolationForestModel(100, 256, 1.0, points[0].Length);
        forest.Fit(GaussianCloud.Flatten(points), points.Length, seed);
        return forest;
    }
}
