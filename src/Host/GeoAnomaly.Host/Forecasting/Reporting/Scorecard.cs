using GeoAnomaly.Host.Forecasting.Metrics;

namespace GeoAnomaly.Host.Forecasting.Reporting;

/// <summary>Which rows a figure is computed over.</summary>
internal enum ScoreScope
{
    /// <summary>Every test row.</summary>
    AllCells,

    /// <summary>Rows whose cell had a target event before the issue time: the cells where a forecast must work.</summary>
    ActiveCells,
}

/// <summary>How the scorecard is computed.</summary>
internal sealed record ScorecardOptions
{
    /// <summary>The chosen alarm threshold on the forecast probability. Default 0.1.</summary>
    public double AlarmThreshold { get; init; } = 0.1;

    /// <summary>Bootstrap resamples for the intervals. Default 200.</summary>
    public int BootstrapIterations { get; init; } = 200;

    /// <summary>Interval level. Default 0.95.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Length of a bootstrap block of issue times, days. Default 91 (a quarter).</summary>
    public int BootstrapBlockDays { get; init; } = 91;

    /// <summary>Seed of the bootstrap.</summary>
    public ulong Seed { get; init; } = 1;
}

/// <summary>One figure of one forecast over one scope, with its bootstrap interval where it has one.</summary>
/// <param name="Forecast">Forecast name.</param>
/// <param name="Scope">Rows it is computed over.</param>
/// <param name="Metric">Metric name (see <see cref="Scorecard"/>).</param>
/// <param name="Value">The value on the test rows.</param>
/// <param name="Lower">Lower interval bound (NaN when none).</param>
/// <param name="Upper">Upper interval bound (NaN when none).</param>
internal sealed record ScoreLine(string Forecast, ScoreScope Scope, string Metric, double Value, double Lower, double Upper);

/// <summary>
/// Every figure of a walk-forward evaluation, per forecast and scope: ROC AUC, area skill score of the Molchan diagram
/// (plain and weighted by the climatological rate), Brier score and skill score against climatology, mean
/// log-likelihood, the contingency scores at the chosen threshold (<c>@fixed</c>) and at the threshold that maximised the
/// R-score on each fold's held-out training slice (<c>@rmax</c>), and the information gain per event against each
/// reference with its T-test. Intervals come from a block bootstrap over issue-time blocks.
/// </summary>
internal static class Scorecard
{
    /// <summary>Metrics given a bootstrap interval.</summary>
    public static readonly string[] Bootstrapped = ["auc", "ass", "ass_reference_weighted", "brier_skill", "r_score@rmax", "r_score@fixed"];

    /// <summary>Computes every line.</summary>
    /// <param name="evaluation">The walk-forward forecasts.</param>
    /// <param name="references">Names of the reference forecasts (climatology first; e.g. the seismicity-only model).</param>
    /// <param name="options">Threshold and bootstrap settings.</param>
    public static IReadOnlyList<ScoreLine> Compute(WalkForwardEvaluation evaluation, IReadOnlyList<string> references, ScorecardOptions options)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(options);
        var lines = new List<ScoreLine>();
        double[] rmaxThreshold = RMaxThresholds(evaluation);
        foreach (var scope in Enum.GetValues<ScoreScope>())
        {
            int[] rows = [.. Enumerable.Range(0, evaluation.Rows.Length).Where(k => scope == ScoreScope.AllCells || evaluation.Active[k])];
            if (rows.Length == 0)
            {
                continue;
            }

            bool[] labels = BlockBootstrap.Gather(evaluation.Labels, rows);
            double[] climatology = BlockBootstrap.Gather(evaluation.Forecasts[WalkForwardEvaluation.ClimatologyName], rows);
            var blocks = BlockBootstrap.Create(rows.Select(k => BlockOf(evaluation, k, options.BootstrapBlockDays)).ToList());
            for (int n = 0; n < evaluation.Names.Count; n++)
            {
                string name = evaluation.Names[n];
                double[] p = BlockBootstrap.Gather(evaluation.Forecasts[name], rows);
                int offset = n * evaluation.Folds.Count;
                double[] rmax = [.. rows.Select(k => rmaxThreshold[offset + evaluation.FoldOf[k] - 1])];
                double[] Figures(int[] sample)
                {
                    double[] ps = BlockBootstrap.Gather(p, sample);
                    bool[] ls = BlockBootstrap.Gather(labels, sample);
                    double[] cs = BlockBootstrap.Gather(climatology, sample);
                    return
                    [
                        Roc.Auc(ps, ls),
                        Safe(() => Molchan.AreaSkillScore(ps, ls)),
                        Safe(() => Molchan.AreaSkillScore(ps, ls, cs)),
                        ProbabilityScores.BrierSkillScore(ps, cs, ls),
                        AtThresholds(ps, ls, BlockBootstrap.Gather(rmax, sample)).RScore,
                        Contingency.At(ps, ls, options.AlarmThreshold).RScore,
                    ];
                }

                double[] values = Figures([.. Enumerable.Range(0, rows.Length)]);
                var intervals = blocks.Intervals(Figures, options.BootstrapIterations, options.Level, options.Seed);
                for (int m = 0; m < Bootstrapped.Length; m++)
                {
                    lines.Add(new ScoreLine(name, scope, Bootstrapped[m], values[m], intervals[m].Lower, intervals[m].Upper));
                }

                lines.Add(Line(name, scope, "brier", ProbabilityScores.Brier(p, labels)));
                lines.Add(Line(name, scope, "log_likelihood_per_row", ProbabilityScores.MeanLogLikelihood(p, labels)));
                AddContingency(lines, name, scope, "fixed", Contingency.At(p, labels, options.AlarmThreshold));
                AddContingency(lines, name, scope, "rmax", AtThresholds(p, labels, rmax));
                foreach (string reference in references.Where(r => r != name && evaluation.Forecasts.ContainsKey(r)))
                {
                    var gain = InformationGain.FromProbabilities(p, BlockBootstrap.Gather(evaluation.Forecasts[reference], rows), labels, 1 - options.Level);
                    lines.Add(new ScoreLine(name, scope, $"information_gain_vs_{reference}", gain.Gain, gain.Confidence.Lower, gain.Confidence.Upper));
                    lines.Add(Line(name, scope, $"t_test_p_vs_{reference}", gain.PValue));
                }
            }

            lines.Add(Line("(rows)", scope, "rows", rows.Length));
            lines.Add(Line("(rows)", scope, "target_rows", labels.Count(l => l)));
        }

        return lines;
    }

    /// <summary>The contingency table when each row has its own threshold (its fold's).</summary>
    /// <param name="scores">Probabilities.</param>
    /// <param name="labels">Labels.</param>
    /// <param name="thresholds">One threshold per row.</param>
    public static Contingency AtThresholds(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, ReadOnlySpan<double> thresholds)
    {
        long hits = 0, falseAlarms = 0, misses = 0, negatives = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            bool alarm = scores[i] >= thresholds[i];
            if (labels[i])
            {
                hits += alarm ? 1 : 0;
                misses += alarm ? 0 : 1;
            }
            else
            {
                falseAlarms += alarm ? 1 : 0;
                negatives += alarm ? 0 : 1;
            }
        }

        return new Contingency(hits, falseAlarms, misses, negatives);
    }

    private static void AddContingency(List<ScoreLine> lines, string name, ScoreScope scope, string at, Contingency c)
    {
        (string Metric, double Value)[] figures =
        [
            ("pod", c.Pod), ("far_ratio", c.FalseAlarmRatio), ("false_alarm_rate", c.FalseAlarmRate), ("frequency_bias", c.FrequencyBias),
            ("r_score", c.RScore), ("r_value", c.RValue), ("p0", c.P0), ("p1", c.P1), ("sn", c.Sn), ("sp", c.Sp),
            ("accuracy", c.Accuracy), ("f1", c.F1), ("mcc", c.Mcc), ("hits", c.Hits), ("false_alarms", c.FalseAlarms),
            ("misses", c.Misses), ("correct_negatives", c.CorrectNegatives),
        ];
        foreach (var (metric, value) in figures)
        {
            if (metric == "r_score")
            {
                continue; // bootstrapped above
            }

            lines.Add(Line(name, scope, $"{metric}@{at}", value));
        }
    }

    /// <summary>Per forecast (outer) and fold (inner): the threshold maximising the R-score on the fold's held-out slice
    /// (+∞, never alarm, when that slice has no target or no quiet row).</summary>
    private static double[] RMaxThresholds(WalkForwardEvaluation evaluation)
    {
        var thresholds = new List<double>();
        foreach (string name in evaluation.Names)
        {
            foreach (var held in evaluation.HeldOut[name])
            {
                int positives = held.Labels.Count(l => l);
                thresholds.Add(positives == 0 || positives == held.Labels.Length
                    ? double.PositiveInfinity
                    : ThresholdSearch.MaximiseRScore(held.Probabilities, held.Labels).Threshold);
            }
        }

        return [.. thresholds];
    }

    private static long BlockOf(WalkForwardEvaluation evaluation, int k, int blockDays) =>
        (long)Math.Floor((evaluation.Dataset.Rows[evaluation.Rows[k]].Issue - DateTimeOffset.UnixEpoch).TotalDays / blockDays);

    private static double Safe(Func<double> figure)
    {
        try
        {
            return figure();
        }
        catch (ArgumentException)
        {
            return double.NaN; // e.g. a resample whose reference rates sum to zero
        }
    }

    private static ScoreLine Line(string forecast, ScoreScope scope, string metric, double value) => new(forecast, scope, metric, value, double.NaN, double.NaN);
}
