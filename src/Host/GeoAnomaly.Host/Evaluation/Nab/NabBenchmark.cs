namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// Scores a detector on a NAB corpus as NAB does (<c>runner.py</c>: <c>optimize</c>, <c>score</c>, <c>normalize</c>):
/// per profile, one threshold for the whole corpus, per-file scores at that threshold, their sum, and the normalised
/// score against the null and perfect detectors.
/// </summary>
internal static class NabBenchmark
{
    /// <summary>Optimises each profile's threshold over the corpus (<see cref="NabThresholdOptimizer"/>) and scores every file with it.</summary>
    /// <param name="corpus">The labelled files and the profiles.</param>
    /// <param name="scores">The detector's anomaly scores for a file: one per row, in 0..1. Called once per file.</param>
    /// <param name="probationPercent">The probationary share (NAB: 0.15).</param>
    /// <exception cref="ArgumentException">A file's scores do not match its rows or leave 0..1 (names the file and row).</exception>
    public static NabBenchmarkResult Evaluate(NabCorpus corpus, Func<NabFile, double[]> scores, double probationPercent = NabRules.ProbationPercent) =>
        Run(corpus, scores, null, probationPercent);

    /// <summary>Scores every file at given thresholds, one per profile (NAB's <c>score</c> step with <c>config/thresholds.json</c>).</summary>
    /// <param name="corpus">The labelled files and the profiles.</param>
    /// <param name="scores">The detector's anomaly scores for a file: one per row, in 0..1. Called once per file.</param>
    /// <param name="thresholds">The threshold of each profile, by profile name.</param>
    /// <param name="probationPercent">The probationary share (NAB: 0.15).</param>
    /// <exception cref="ArgumentException">A profile has no threshold, or a file's scores do not match its rows or leave 0..1.</exception>
    public static NabBenchmarkResult Score(NabCorpus corpus, Func<NabFile, double[]> scores, IReadOnlyDictionary<string, double> thresholds, double probationPercent = NabRules.ProbationPercent)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return Run(corpus, scores, thresholds, probationPercent);
    }

    private static NabBenchmarkResult Run(NabCorpus corpus, Func<NabFile, double[]> scores, IReadOnlyDictionary<string, double>? thresholds, double probationPercent)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(scores);
        var missing = thresholds is null ? [] : corpus.Profiles.Where(p => !thresholds.ContainsKey(p.Name)).Select(p => p.Name).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"no threshold for profile(s) {string.Join(", ", missing)}", nameof(thresholds));
        }

        var perFile = corpus.Files.Select(f => scores(f) ?? throw new ArgumentException($"{f.Name}: the detector returned no scores", nameof(scores))).ToList();
        int windows = corpus.Files.Sum(f => f.Windows.Count);
        var results = new List<NabProfileResult>(corpus.Profiles.Count);
        foreach (var profile in corpus.Profiles)
        {
            var sweeps = corpus.Files.Select((f, i) => NabFileSweep.Build(f, perFile[i], profile, probationPercent)).ToList();
            double threshold = thresholds?[profile.Name] ?? NabThresholdOptimizer.Optimize(sweeps).Threshold;
            var files = sweeps.Select(s => s.ScoreAt(threshold)).ToList();
            double nullScore = NabNormalization.NullScore(corpus.Files, profile, probationPercent).Score;
            results.Add(new NabProfileResult(profile, threshold, files.Sum(f => f.Score), nullScore, NabNormalization.PerfectScore(profile, windows), files));
        }

        return new NabBenchmarkResult(results);
    }
}
