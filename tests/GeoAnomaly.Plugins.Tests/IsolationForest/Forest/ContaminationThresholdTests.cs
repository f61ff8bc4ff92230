using GeoAnomaly.Plugins.IsolationForest.Forest;
using GeoAnomaly.Plugins.Tests.Support.IsolationForest;

namespace GeoAnomaly.Plugins.Tests.IsolationForest.Forest;

public sealed class ContaminationThresholdTests
{
    [Theory]
    [InlineData(0.01)]
    [InlineData(0.05)]
    [InlineData(0.1)]
    [InlineData(0.5)]
    public void A_contamination_fraction_alerts_that_fraction_of_the_training_points(double fraction)
    {
        // Given: a forest fitted on 1,440 points of a Gaussian cloud, and their scores
        double[][] training = GaussianCloud.Points(1440, 3, seed: 31);
        var forest = new IsolationForestModel(100, 256, 1.0, 3);
        forest.Fit(GaussianCloud.Flatten(training), training.Length, 3);
        double[] scores = new double[training.Length];
        forest.Score(GaussianCloud.Flatten(training), training.Length, scores);

        // When
        double threshold = ContaminationThreshold.FromTrainingScores(scores.ToArray(), fraction);
        int alerted = scores.Count(s => s > threshold);

        // Then: the fraction above the threshold is the contamination, to within one point (ties aside)
        Assert.InRange(alerted, (fraction * training.Length) - 1.5, (fraction * training.Length) + 1.5);
    }

    [Fact]
    public void Threshold_interpolates_linearly_between_order_statistics_as_numpy_percentile()
    {
        // Given: scores 0, 0.1, ..., 1.0 (11 values); numpy.percentile(-s, 5) = -0.95
        double[] scores = [.. Enumerable.Range(0, 11).Select(i => i / 10.0).Reverse()];

        // When
        double threshold = ContaminationThreshold.FromTrainingScores(scores, 0.05);

        // Then
        Assert.Equal(0.95, threshold, 1e-12);
    }
}
