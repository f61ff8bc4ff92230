namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// What each scored row of one file would add to the file's NAB score under one profile if it were detected, with its
/// anomaly score and window: NAB's sweep of a file (<c>sweeper.py</c> <c>Sweeper.calcSweepScore</c>). Scoring at any
/// threshold (<see cref="ScoreAt"/>) and the corpus threshold sweep (<see cref="NabThresholdOptimizer"/>) both read it.
/// </summary>
/// <remarks>
/// The rules, as NAB defines them:
/// <list type="bullet">
/// <item>Rows before <see cref="NabRules.ProbationLength"/> are not scored at all (<c>calcSweepScore</c> names them
/// <c>probationary</c>; <c>prepAnomalyListForScoring</c> drops them); a window none of whose rows is scored counts for
/// nothing.</item>
/// <item>A detected row <c>i</c> inside window [first, last] is worth
/// <c>A_TP * S(-(last - i + 1) / width) / S(-1)</c>, <c>S</c> being <see cref="NabRules.ScaledSigmoid"/>: A_TP at the
/// window's first row, falling towards 0 at its last.</item>
/// <item>A window scores the largest worth among its detected rows, so only its earliest detection counts; a window
/// with no detected row scores <c>-A_FN</c> (<c>calcScoreByThreshold</c>, <c>scoreParts</c>).</item>
/// <item>A detected row outside every window costs <c>A_FP * S((i - last) / (width - 1))</c> measured from the window
/// that ended most recently before it (its <c>last</c> and <c>width</c>): near that window's end the cost is small,
/// beyond three window widths it is the full <c>-A_FP</c>; before the first window it is <c>-A_FP</c>. For a window of
/// one row (where NAB divides by zero) the position is taken as infinite, so the cost is <c>-A_FP</c>.</item>
/// </list>
/// </remarks>
internal sealed class NabFileSweep
{
    private readonly double[] _scores;
    private readonly double[] _worth;
    private readonly int[] _window;

    private NabFileSweep(NabFile file, NabProfile profile, int probation, double[] scores, double[] worth, int[] window, int windows)
    {
        File = file;
        Profile = profile;
        ProbationLength = probation;
        _scores = scores;
        _worth = worth;
        _window = window;
        ScoredWindows = windows;
    }

    /// <summary>The file.</summary>
    public NabFile File { get; }

    /// <summary>The profile.</summary>
    public NabProfile Profile { get; }

    /// <summary>Rows at the start of the file that are not scored.</summary>
    public int ProbationLength { get; }

    /// <summary>Windows with at least one scored row: the windows that score.</summary>
    public int ScoredWindows { get; }

    /// <summary>Scored rows' anomaly scores (row <see cref="ProbationLength"/> first).</summary>
    internal ReadOnlySpan<double> Scores => _scores;

    /// <summary>Scored rows' worth if detected (a reward inside a window, a penalty outside).</summary>
    internal ReadOnlySpan<double> Worth => _worth;

    /// <summary>Scored rows' window: 0.. among the scored windows, or -1 outside every window.</summary>
    internal ReadOnlySpan<int> Window => _window;

    /// <summary>Computes the worth of every scored row of <paramref name="file"/> under <paramref name="profile"/>.</summary>
    /// <param name="file">The file.</param>
    /// <param name="anomalyScores">One anomaly score in 0..1 per row.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="probationPercent">The probationary share (NAB: 0.15).</param>
    /// <exception cref="ArgumentException">The scores do not match the file's rows, or one is NaN or outside 0..1 (names the file and row).</exception>
    public static NabFileSweep Build(NabFile file, ReadOnlySpan<double> anomalyScores, NabProfile profile, double probationPercent = NabRules.ProbationPercent)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(profile);
        CheckScores(file, anomalyScores);
        int n = file.Length;
        int probation = Math.Min(NabRules.ProbationLength(n, probationPercent), n);
        double maxReward = NabRules.ScaledSigmoid(-1.0);
        var scores = anomalyScores[probation..].ToArray();
        double[] worth = new double[n - probation];
        int[] window = new int[n - probation];
        var windows = file.Windows;
        int next = 0;           // the next window not yet entered
        NabWindow? ended = null; // the window that ended most recently

        // Windows are numbered among the scored ones: a window wholly in the probation does not score.
        int firstScored = 0;
        while (firstScored < windows.Count && windows[firstScored].Last < probation)
        {
            firstScored++;
        }

        for (int i = 0; i < n; i++)
        {
            while (next < windows.Count && windows[next].Last < i)
            {
                ended = windows[next];
                next++;
            }

            bool inside = next < windows.Count && windows[next].First <= i;
            if (i < probation)
            {
                continue;
            }

            int j = i - probation;
            if (inside)
            {
                var w = windows[next];
                double position = -(w.Last - i + 1) / (double)w.Width;
                worth[j] = NabRules.ScaledSigmoid(position) * profile.TruePositiveWeight / maxReward;
                window[j] = next - firstScored;
            }
            else
            {
                double penalty = ended is null ? -1.0 : NabRules.ScaledSigmoid(Math.Abs(ended.Last - i) / (double)(ended.Width - 1));
                worth[j] = penalty * profile.FalsePositiveWeight;
                window[j] = -1;
            }
        }

        return new NabFileSweep(file, profile, probation, scores, worth, window, windows.Count - firstScored);
    }

    /// <summary>
    /// The file's score when every row with an anomaly score of at least <paramref name="threshold"/> is a detection
    /// (<c>sweeper.py</c> <c>Sweeper.scoreDataSet</c>, which picks the sweep row of that threshold).
    /// </summary>
    /// <param name="threshold">The detection threshold.</param>
    public NabFileScore ScoreAt(double threshold)
    {
        double[] best = new double[ScoredWindows];
        Array.Fill(best, -Profile.FalseNegativeWeight);
        double falsePositives = 0;
        int tp = 0;
        int tn = 0;
        int fp = 0;
        int fn = 0;
        for (int j = 0; j < _scores.Length; j++)
        {
            bool detected = _scores[j] >= threshold;
            int k = _window[j];
            if (k >= 0)
            {
                if (detected)
                {
                    tp++;
                    best[k] = Math.Max(best[k], _worth[j]);
                }
                else
                {
                    fn++;
                }
            }
            else if (detected)
            {
                fp++;
                falsePositives += _worth[j];
            }
            else
            {
                tn++;
            }
        }

        return new NabFileScore(File.Name, Profile.Name, threshold, falsePositives + best.Sum(), tp, tn, fp, fn, File.Length);
    }

    private static void CheckScores(NabFile file, ReadOnlySpan<double> anomalyScores)
    {
        if (anomalyScores.Length != file.Length)
        {
            throw new ArgumentException($"{file.Name}: {anomalyScores.Length} anomaly scores for {file.Length} rows", nameof(anomalyScores));
        }

        for (int i = 0; i < anomalyScores.Length; i++)
        {
            if (!(anomalyScores[i] >= 0 && anomalyScores[i] <= 1))
            {
                throw new ArgumentException($"{file.Name}: the anomaly score of row {i} ({file.Timestamps[i]:O}) is {anomalyScores[i]}; NAB scores are in 0..1", nameof(anomalyScores));
            }
        }
    }
}
