namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// The constants and scalar functions of the Numenta Anomaly Benchmark's scoring, each with its source in NAB
/// (GitHub numenta/NAB, commit ea702d7; files under <c>nab/</c>).
/// </summary>
internal static class NabRules
{
    /// <summary>Share of each file's first rows that is never scored: 0.15 (<c>runner.py</c>, <c>Runner.__init__</c>, <c>probationaryPercent</c>).</summary>
    public const double ProbationPercent = 0.15;

    /// <summary>
    /// The probation never exceeds <see cref="ProbationPercent"/> of this many rows, so 750 rows at the default
    /// (<c>util.py</c> <c>getProbationPeriod</c>; <c>sweeper.py</c> <c>Sweeper._getProbationaryLength</c>).
    /// </summary>
    public const int ProbationCapRows = 5000;

    /// <summary>
    /// Total window length as a share of the file: 0.10, divided evenly among the file's anomalies (<c>runner.py</c>
    /// <c>Runner.__init__</c> <c>windowSize</c>; <c>labeler.py</c> <c>LabelCombiner.applyWindows</c>).
    /// </summary>
    public const double WindowFraction = 0.10;

    /// <summary>
    /// The threshold reported for "detect nothing", above every score in 0..1: 1.1 (<c>sweeper.py</c>
    /// <c>Sweeper.calcScoreByThreshold</c>, the initial <c>curThreshold</c>).
    /// </summary>
    public const double NoDetectionThreshold = 1.1;

    /// <summary>The score of NAB's null detector on every row: 0.5 (<c>detectors/null/null_detector.py</c> <c>handleRecord</c>).</summary>
    public const double NullDetectorScore = 0.5;

    /// <summary>
    /// The scaled sigmoid <c>2 / (1 + e^(5 x)) - 1</c> of a relative position <paramref name="position"/>, and -1 beyond
    /// 3 (<c>sweeper.py</c> <c>scaledSigmoid</c>). Inside a window the position runs from -1 (first row, 0.98661) to
    /// just below 0 (last row, just above 0); after a window it is the distance past the window's end in window
    /// widths, so the reward turns into a penalty approaching -1.
    /// </summary>
    /// <param name="position">The relative position.</param>
    public static double ScaledSigmoid(double position) =>
        position > 3.0 ? -1.0 : (2.0 / (1.0 + Math.Exp(5.0 * position))) - 1.0;

    /// <summary>
    /// Rows at the start of a file that are not scored: <c>min(floor(percent * rows), percent * 5000)</c>, a row
    /// <c>i</c> (0-based) being scored when <c>i</c> is at least that (<c>sweeper.py</c>
    /// <c>Sweeper._getProbationaryLength</c> and its use in <c>calcSweepScore</c>).
    /// </summary>
    /// <param name="rows">Rows in the file.</param>
    /// <param name="percent">The probationary share, 0..1.</param>
    public static int ProbationLength(int rows, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (!(percent >= 0 && percent <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "the probationary share must be in 0..1");
        }

        // A fractional cap (percent * 5000 not whole) still excludes every row index below it, hence the ceiling.
        return (int)Math.Ceiling(Math.Min(Math.Floor(percent * rows), percent * ProbationCapRows));
    }
}
