using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

public sealed class NabCrossValidationTests
{
    [Fact]
    public void Each_category_gets_the_candidate_that_scored_best_on_the_other_categories()
    {
        // Given: three categories; detector "good" spikes at every window's first row, "bad" is noise
        var corpus = new NabCorpus(
            [
                NabFiles.Regular("a/one.csv", 1000, (500, 539), (800, 839)),
                NabFiles.Regular("b/two.csv", 1000, (600, 639)),
                NabFiles.Regular("c/three.csv", 1000, (700, 739)),
            ],
            NabProfile.Defaults);
        var random = new Random(8);
        var good = corpus.Files.ToDictionary(f => f.Name, f =>
        {
            double[] raw = [.. Enumerable.Range(0, f.Length).Select(_ => random.NextDouble() * 0.1)];
            foreach (var window in f.Windows)
            {
                raw[window.First] = 1;
            }

            return raw;
        });
        var bad = corpus.Files.ToDictionary(f => f.Name, f => Enumerable.Range(0, f.Length).Select(_ => random.NextDouble()).ToArray());
        var raw = new Dictionary<string, IReadOnlyDictionary<string, double[]>> { ["good"] = good, ["bad"] = bad };
        var grid = NabCrossValidation.Grid(["good", "bad"], [200, 100_000], [10, 100]);

        // When
        var result = NabCrossValidation.Run(corpus, raw, grid);

        // Then: 3 subsets (2 methods for the pair) x 2 windows x 2 holds; every fold chose "good" alone; it finds all windows
        Assert.Equal((1 + 1 + 2) * 2 * 2, grid.Count);
        Assert.Equal(["a", "b", "c"], result.Choices.Select(c => c.Fold));
        Assert.All(result.Choices, c => Assert.Equal(["good"], c.Choice.Members));
        Assert.Equal(4, result.Result["standard"].TruePositives);
        Assert.True(result.Result["standard"].NormalizedScore > 90, $"{result.Result["standard"].NormalizedScore}");
    }

    [Fact]
    public void A_candidate_combines_its_members_ranks_by_max_or_mean_then_holds_alerts()
    {
        // Given: two members' rank columns
        double[] a = [0.2, 0.9, 0.4, double.NaN];
        double[] b = [0.6, 0.1, 0.4, 0.8];
        double[] Ranks(string member, int window) => member == "a" ? a : b;

        // When
        double[] max = new NabCandidate(["a", "b"], EnsembleMethod.Max, 500, 0).Scores(Ranks, 4);
        double[] mean = new NabCandidate(["a", "b"], EnsembleMethod.Mean, 500, 0).Scores(Ranks, 4);
        double[] held = new NabCandidate(["a", "b"], EnsembleMethod.Max, 500, 2).Scores(Ranks, 4);

        // Then
        Assert.Equal([0.6, 0.9, 0.4, 0.8], max);
        Assert.Equal([0.4, 0.5, 0.4, 0.8], mean, (x, y) => Math.Abs(x - y) < 1e-12);
        Assert.Equal([0.6, 0.9, 0, 0], held);
    }
}
