using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

public sealed partial class NabBenchmarkTests
{
    private static readonly NabCorpus s_corpus = new(
        [NabFiles.Regular("a/one.csv", 400, (100, 139), (300, 339)), NabFiles.Regular("a/two.csv", 250, (60, 84)), NabFiles.Regular("b/flat.csv", 300)],
        NabProfile.Defaults);

    [Fact]
    public void A_detector_that_fires_at_each_window_start_and_nowhere_else_scores_one_hundred_in_every_profile()
    {
        // Given
        static double[] Perfect(NabFile f) => NabFiles.Detections(f.Length, [.. f.Windows.Select(w => w.First)]);

        // When
        var result = NabBenchmark.Evaluate(s_corpus, Perfect);

        // Then
        Assert.Equal(["standard", "reward_low_FP_rate", "reward_low_FN_rate"], result.Profiles.Select(p => p.Profile.Name));
        foreach (var profile in result.Profiles)
        {
            Assert.Equal(100.0, profile.NormalizedScore, 1e-9);
            Assert.Equal(3.0, profile.RawScore, 1e-9);
            Assert.Equal(1.0, profile.Threshold);
            Assert.Equal((3, 0), (profile.TruePositives, profile.FalsePositives));
        }
    }

    [Fact]
    public void A_constant_detector_scores_zero_as_the_null_detector_does()
    {
        // Given
        static double[] Constant(NabFile f) => Enumerable.Repeat(0.5, f.Length).ToArray();

        // When
        var result = NabBenchmark.Evaluate(s_corpus, Constant);

        // Then: detecting nothing is its best, -A_FN per window
        Assert.Equal(0.0, result["standard"].NormalizedScore);
        Assert.Equal(-3.0, result["standard"].RawScore);
        Assert.Equal(-6.0, result["reward_low_FN_rate"].RawScore);
        Assert.Equal(-6.0, result["reward_low_FN_rate"].NullScore);
        Assert.Equal(3.0, result["reward_low_FN_rate"].PerfectScore);
    }

    [Fact]
    public void Scoring_at_given_thresholds_sums_the_files_scored_one_by_one()
    {
        // Given: seeded random scores and a threshold per profile
        var random = new Random(3);
        var scores = s_corpus.Files.ToDictionary(f => f.Name, f => Enumerable.Range(0, f.Length).Select(_ => random.NextDouble()).ToArray());
        var thresholds = new Dictionary<string, double> { ["standard"] = 0.99, ["reward_low_FP_rate"] = 0.995, ["reward_low_FN_rate"] = 0.98 };

        // When
        var result = NabBenchmark.Score(s_corpus, f => scores[f.Name], thresholds);

        // Then
        foreach (var profile in result.Profiles)
        {
            double expected = s_corpus.Files.Sum(f => NabFileSweep.Build(f, scores[f.Name], profile.Profile).ScoreAt(thresholds[profile.Profile.Name]).Score);
            Assert.Equal(thresholds[profile.Profile.Name], profile.Threshold);
            Assert.Equal(expected, profile.RawScore, 1e-9);
            Assert.Equal(s_corpus.Files.Select(f => f.Name), profile.Files.Select(r => r.File));
        }
    }

    [Fact]
    public void The_optimised_threshold_scores_at_least_as_well_as_any_given_one()
    {
        // Given: a noisy detector that is somewhat higher in windows
        var random = new Random(11);
        var scores = s_corpus.Files.ToDictionary(
            f => f.Name,
            f => Enumerable.Range(0, f.Length).Select(i => (0.7 * random.NextDouble()) + (f.Windows.Any(w => w.Contains(i)) ? 0.3 : 0.0)).ToArray());

        // When
        var optimised = NabBenchmark.Evaluate(s_corpus, f => scores[f.Name]);

        // Then
        foreach (double t in new[] { 0.5, 0.8, 0.9, 0.95, 0.99 })
        {
            var given = NabBenchmark.Score(s_corpus, f => scores[f.Name], s_corpus.Profiles.ToDictionary(p => p.Name, _ => t));
            foreach (var profile in optimised.Profiles)
            {
                Assert.True(profile.RawScore >= given[profile.Profile.Name].RawScore - 1e-12, $"{profile.Profile.Name}: optimised {profile.RawScore} < {given[profile.Profile.Name].RawScore} at {t}");
            }
        }
    }

    [Fact]
    public void A_profile_without_a_threshold_is_refused_by_name()
    {
        // Given
        var thresholds = new Dictionary<string, double> { ["standard"] = 0.5 };

        // When
        var error = Assert.Throws<ArgumentException>(() => NabBenchmark.Score(s_corpus, f => new double[f.Length], thresholds));

        // Then
        Assert.Contains("reward_low_FP_rate, reward_low_FN_rate", error.Message, StringComparison.Ordinal);
    }
}
