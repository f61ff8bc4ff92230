namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// NAB's normalised score: <c>100 * (raw - null) / (perfect - null)</c>, so the null detector scores 0 and a perfect
/// detector 100 (<c>runner.py</c> <c>Runner.normalize</c>).
/// </summary>
internal static class NabNormalization
{
    /// <summary>Normalises a raw corpus score.</summary>
    /// <param name="raw">The detector's raw corpus score (the sum of its per-file scores).</param>
    /// <param name="nullScore">The null detector's raw corpus score under the same profile (<see cref="NullScore"/>).</param>
    /// <param name="perfectScore">The perfect detector's raw corpus score (<see cref="PerfectScore"/>).</param>
    /// <exception cref="ArgumentException">The perfect score is not above the null score.</exception>
    public static double Normalize(double raw, double nullScore, double perfectScore)
    {
        if (!(perfectScore > nullScore))
        {
            throw new ArgumentException($"the perfect score ({perfectScore}) must be above the null score ({nullScore})", nameof(perfectScore));
        }

        return 100.0 * (raw - nullScore) / (perfectScore - nullScore);
    }

    /// <summary>
    /// A perfect detector's raw score: A_TP for each window, as if each were detected at its first row
    /// (<c>runner.py</c> <c>Runner.normalize</c>: <c>perfect = tpCount * tpWeight</c>, <c>tpCount</c> being the number of
    /// windows in the label file).
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="windows">Windows in the files scored.</param>
    public static double PerfectScore(NabProfile profile, int windows)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return windows * profile.TruePositiveWeight;
    }

    /// <summary>
    /// The null detector's raw score: NAB's null detector gives every row 0.5 (<c>detectors/null/null_detector.py</c>) and
    /// is optimised and scored like any other (<c>runner.py</c> <c>Runner.normalize</c> reads its total from
    /// <c>null_&lt;profile&gt;_scores.csv</c>). On NAB's corpus that is "detect nothing": <c>-A_FN</c> per window.
    /// </summary>
    /// <param name="files">The files scored.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="probationPercent">The probationary share.</param>
    public static NabThresholdScore NullScore(IReadOnlyList<NabFile> files, NabProfile profile, double probationPercent = NabRules.ProbationPercent)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sweeps = files.Select(f =>
        {
            double[] constant = new double[f.Length];
            Array.Fill(constant, NabRules.NullDetectorScore);
            return NabFileSweep.Build(f, constant, profile, probationPercent);
        }).ToList();
        return NabThresholdOptimizer.Optimize(sweeps);
    }
}
