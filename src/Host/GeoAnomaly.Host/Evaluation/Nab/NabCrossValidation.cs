using GeoAnomaly.Host.Pipeline;

namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// One way of turning detectors' raw scores into NAB anomaly scores: rank each member's raw score causally among its
/// trailing <see cref="RankWindow"/> scores (<see cref="TrailingRank"/>), combine the members' ranks per row
/// (<see cref="EnsembleMethod.Max"/> or <see cref="EnsembleMethod.Mean"/> of those present), then keep only new highs of
/// the trailing <see cref="Hold"/> rows (<see cref="AlertHold"/>).
/// </summary>
/// <param name="Members">Detector names, at least one.</param>
/// <param name="Method">How ranks combine (max or mean; one member: either).</param>
/// <param name="RankWindow">Trailing rows each raw score is ranked against.</param>
/// <param name="Hold">Trailing rows an alert must beat.</param>
internal sealed record NabCandidate(IReadOnlyList<string> Members, EnsembleMethod Method, int RankWindow, int Hold)
{
    /// <summary>Valid trailing scores a row needs before it is ranked.</summary>
    public const int MinHistory = 100;

    /// <summary>A readable name: members joined by <c>+</c> (with the method when several), rank window and hold.</summary>
    public string Name => (Members.Count == 1 ? Members[0] : $"{Method.ToString().ToLowerInvariant()}({string.Join("+", Members)})")
        + $" rank {RankWindow} hold {Hold}";

    /// <summary>The candidate's NAB scores (0..1 per row) for one file.</summary>
    /// <param name="ranks">A member's rank column for a rank window (cached by the caller).</param>
    /// <param name="length">Rows of the file.</param>
    public double[] Scores(Func<string, int, double[]> ranks, int length)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        var columns = Members.Select(m => ranks(m, RankWindow)).ToList();
        double[] combined = new double[length];
        for (int i = 0; i < length; i++)
        {
            double sum = 0;
            double max = double.NaN;
            int count = 0;
            foreach (double[] column in columns)
            {
                double r = i < column.Length ? column[i] : double.NaN;
                if (!double.IsNaN(r))
                {
                    sum += r;
                    max = double.IsNaN(max) ? r : Math.Max(max, r);
                    count++;
                }
            }

            combined[i] = count == 0 ? double.NaN : Method == EnsembleMethod.Max ? max : sum / count;
        }

        return AlertHold.Apply(combined, Hold);
    }
}

/// <summary>The outcome of <see cref="NabCrossValidation.Run"/>.</summary>
/// <param name="Result">NAB's three profiles over the whole corpus, each file scored by the candidate its fold chose.</param>
/// <param name="Choices">Per fold (a NAB category): the candidate chosen on the other folds and its training score.</param>
internal sealed record NabCrossValidationResult(NabBenchmarkResult Result, IReadOnlyList<(string Fold, NabCandidate Choice, double TrainingScore)> Choices);

/// <summary>
/// Tunes an ensemble on NAB without looking at a file's labels while scoring that file: leave-one-category-out cross-
/// validation over NAB's categories. For each category, every candidate is scored (standard profile, NAB's threshold
/// optimisation) on the files of the other categories, and the best candidate scores the held-out category's files.
/// The held-out scores of all files are then scored together as NAB scores any entry (one optimised threshold per
/// profile over the corpus, as every published result was).
/// </summary>
internal static class NabCrossValidation
{
    /// <summary>The candidate grid: every non-empty subset of <paramref name="detectors"/> (max and mean for several),
    /// times the rank windows and holds given.</summary>
    /// <param name="detectors">Detector names.</param>
    /// <param name="rankWindows">Rank windows to try.</param>
    /// <param name="holds">Holds to try.</param>
    public static IReadOnlyList<NabCandidate> Grid(IReadOnlyList<string> detectors, IReadOnlyList<int> rankWindows, IReadOnlyList<int> holds)
    {
        ArgumentNullException.ThrowIfNull(detectors);
        var candidates = new List<NabCandidate>();
        for (int mask = 1; mask < 1 << detectors.Count; mask++)
        {
            var members = detectors.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            var methods = members.Count == 1 ? new[] { EnsembleMethod.Max } : [EnsembleMethod.Max, EnsembleMethod.Mean];
            foreach (var method in methods)
            {
                foreach (int window in rankWindows)
                {
                    foreach (int hold in holds)
                    {
                        candidates.Add(new NabCandidate(members, method, window, hold));
                    }
                }
            }
        }

        return candidates;
    }

    /// <summary>Runs the cross-validation.</summary>
    /// <param name="corpus">The NAB corpus.</param>
    /// <param name="raw">Raw scores: detector name, then file name, one per row (NaN where the detector gave none).</param>
    /// <param name="candidates">The candidates.</param>
    /// <exception cref="ArgumentException">No candidates, or fewer than two folds.</exception>
    public static NabCrossValidationResult Run(NabCorpus corpus, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double[]>> raw, IReadOnlyList<NabCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            throw new ArgumentException("no candidates to choose from", nameof(candidates));
        }

        var folds = corpus.Files.GroupBy(Category).ToList();
        if (folds.Count < 2)
        {
            throw new ArgumentException("cross-validation needs files in at least two categories", nameof(corpus));
        }

        var standard = corpus.Profiles.FirstOrDefault(p => p.Name == "standard") ?? corpus.Profiles[0];
        var cache = new System.Collections.Concurrent.ConcurrentDictionary<(string Detector, string File, int Window), double[]>();
        double[] Rank(NabFile file, string detector, int window) =>
            cache.GetOrAdd((detector, file.Name, window), key => TrailingRank.Apply(raw[key.Detector][key.File], Math.Max(key.Window, NabCandidate.MinHistory), NabCandidate.MinHistory));
        double[] ScoresOf(NabCandidate candidate, NabFile file) =>
            [.. candidate.Scores((d, w) => Rank(file, d, w), file.Length).Select(s => double.IsNaN(s) ? 0 : Math.Clamp(s, 0, 1))];

        var chosen = new Dictionary<string, NabCandidate>(StringComparer.Ordinal);
        var choices = new List<(string, NabCandidate, double)>();
        foreach (var fold in folds)
        {
            var training = new NabCorpus([.. corpus.Files.Where(f => Category(f) != fold.Key)], [standard]);
            double[] trainingScores = new double[candidates.Count];
            Parallel.For(0, candidates.Count, i =>
                trainingScores[i] = NabBenchmark.Evaluate(training, f => ScoresOf(candidates[i], f)).Profiles[0].NormalizedScore);
            int best = 0;
            for (int i = 1; i < candidates.Count; i++)
            {
                best = trainingScores[i] > trainingScores[best] ? i : best;
            }

            choices.Add((fold.Key, candidates[best], trainingScores[best]));
            foreach (var file in fold)
            {
                chosen[file.Name] = candidates[best];
            }
        }

        var result = NabBenchmark.Evaluate(corpus, f => ScoresOf(chosen[f.Name], f));
        return new NabCrossValidationResult(result, choices);
    }

    /// <summary>A file's NAB category: the folder part of its name.</summary>
    /// <param name="file">A corpus file.</param>
    public static string Category(NabFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        int slash = file.Name.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? string.Empty : file.Name[..slash];
    }
}
