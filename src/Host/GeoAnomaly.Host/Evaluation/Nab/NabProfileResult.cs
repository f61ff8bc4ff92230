namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>A detector's NAB result under one profile: the corpus threshold, raw and normalised scores, and the per-file rows.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Threshold">The detection threshold used for every file (optimised, or given).</param>
/// <param name="RawScore">The sum of the per-file scores (NAB's <c>Totals</c> row).</param>
/// <param name="NullScore">The null detector's raw score over the same files.</param>
/// <param name="PerfectScore">The perfect detector's raw score over the same files.</param>
/// <param name="Files">One row per file, in corpus order.</param>
internal sealed record NabProfileResult(NabProfile Profile, double Threshold, double RawScore, double NullScore, double PerfectScore, IReadOnlyList<NabFileScore> Files)
{
    /// <summary>The normalised score, 0 for the null detector and 100 for a perfect one (what NAB's scoreboard shows).</summary>
    public double NormalizedScore => NabNormalization.Normalize(RawScore, NullScore, PerfectScore);

    /// <summary>Detected rows inside windows, over all files.</summary>
    public int TruePositives => Files.Sum(f => f.TruePositives);

    /// <summary>Rows neither detected nor inside a window, over all files.</summary>
    public int TrueNegatives => Files.Sum(f => f.TrueNegatives);

    /// <summary>Detected rows outside windows, over all files.</summary>
    public int FalsePositives => Files.Sum(f => f.FalsePositives);

    /// <summary>Rows inside windows not detected, over all files.</summary>
    public int FalseNegatives => Files.Sum(f => f.FalseNegatives);

    /// <summary>All rows of all files (NAB's <c>Total_Count</c> total).</summary>
    public int Rows => Files.Sum(f => f.Rows);
}

/// <summary>A detector's NAB results under every profile of the corpus.</summary>
/// <param name="Profiles">One result per profile, in the corpus's profile order.</param>
internal sealed record NabBenchmarkResult(IReadOnlyList<NabProfileResult> Profiles)
{
    /// <summary>The result under the profile named <paramref name="profile"/>.</summary>
    /// <param name="profile">A profile name, e.g. <c>standard</c>.</param>
    /// <exception cref="KeyNotFoundException">No such profile.</exception>
    public NabProfileResult this[string profile] =>
        Profiles.FirstOrDefault(p => string.Equals(p.Profile.Name, profile, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"no result for profile '{profile}'; the profiles are {string.Join(", ", Profiles.Select(p => p.Profile.Name))}");
}
