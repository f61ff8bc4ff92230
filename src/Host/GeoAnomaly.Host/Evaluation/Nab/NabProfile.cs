namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// A NAB application profile: the weights of its cost matrix (<c>config/profiles.json</c>, <c>CostMatrix</c>).
/// </summary>
/// <param name="Name">Profile name (<c>standard</c>, <c>reward_low_FP_rate</c>, <c>reward_low_FN_rate</c>).</param>
/// <param name="TruePositiveWeight">A_TP: the reward for detecting a window at its first row (<c>tpWeight</c>).</param>
/// <param name="FalsePositiveWeight">A_FP: the largest penalty of one false detection (<c>fpWeight</c>).</param>
/// <param name="FalseNegativeWeight">A_FN: the penalty of a window with no detection (<c>fnWeight</c>).</param>
/// <param name="TrueNegativeWeight">A_TN: carried as NAB publishes it; NAB's scorer never uses it (<c>sweeper.py</c>
/// <c>Sweeper.setCostMatrix</c> reads only the other three).</param>
internal sealed record NabProfile(string Name, double TruePositiveWeight, double FalsePositiveWeight, double FalseNegativeWeight, double TrueNegativeWeight)
{
    /// <summary>NAB's standard profile: A_TP 1, A_FP 0.11, A_FN 1, A_TN 1 (<c>config/profiles.json</c>).</summary>
    public static NabProfile Standard { get; } = new("standard", 1.0, 0.11, 1.0, 1.0);

    /// <summary>NAB's profile that rewards few false positives: A_FP 0.22 (<c>config/profiles.json</c>).</summary>
    public static NabProfile RewardLowFpRate { get; } = new("reward_low_FP_rate", 1.0, 0.22, 1.0, 1.0);

    /// <summary>NAB's profile that rewards few false negatives: A_FN 2.0 (<c>config/profiles.json</c>).</summary>
    public static NabProfile RewardLowFnRate { get; } = new("reward_low_FN_rate", 1.0, 0.11, 2.0, 1.0);

    /// <summary>The three profiles NAB publishes scores for, in the order of its scoreboard.</summary>
    public static IReadOnlyList<NabProfile> Defaults { get; } = [Standard, RewardLowFpRate, RewardLowFnRate];

    /// <summary>Every problem with the weights (empty when they are usable), each naming the weight.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("name: must not be empty");
        }

        if (!(TruePositiveWeight > 0) || double.IsInfinity(TruePositiveWeight))
        {
            problems.Add($"tpWeight: must be a finite number above 0 (the perfect score is built on it), got {TruePositiveWeight}");
        }

        Check(problems, "fpWeight", FalsePositiveWeight);
        Check(problems, "fnWeight", FalseNegativeWeight);
        Check(problems, "tnWeight", TrueNegativeWeight);
        return problems;
    }

    private static void Check(List<string> problems, string name, double weight)
    {
        if (!(weight >= 0) || double.IsInfinity(weight))
        {
            problems.Add($"{name}: must be a finite number of at least 0, got {weight}");
        }
    }
}
