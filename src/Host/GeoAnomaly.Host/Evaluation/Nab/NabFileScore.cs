namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// One file's NAB score under one profile at one threshold: a row of NAB's <c>&lt;detector&gt;_&lt;profile&gt;_scores.csv</c>
/// (<c>scorer.py</c> <c>scoreDataSet</c>). Counts are of scored rows (after the probation), a row being detected when its
/// anomaly score is at least the threshold (<c>util.py</c> <c>convertAnomalyScoresToDetections</c>).
/// </summary>
/// <param name="File">The file's name (e.g. <c>realKnownCause/nyc_taxi.csv</c>).</param>
/// <param name="Profile">The profile's name.</param>
/// <param name="Threshold">The detection threshold.</param>
/// <param name="Score">The raw NAB score: the window rewards and penalties plus the false-positive penalties.</param>
/// <param name="TruePositives">Detected rows inside windows.</param>
/// <param name="TrueNegatives">Rows neither detected nor inside a window.</param>
/// <param name="FalsePositives">Detected rows outside windows.</param>
/// <param name="FalseNegatives">Rows inside windows not detected.</param>
/// <param name="Rows">All rows of the file, probation included: NAB's published <c>Total_Count</c> (the scorer NAB's
/// tables were made with, <c>scorer.py</c> before the 2019 sweeper, counted every row).</param>
internal sealed record NabFileScore(
    string File,
    string Profile,
    double Threshold,
    double Score,
    int TruePositives,
    int TrueNegatives,
    int FalsePositives,
    int FalseNegatives,
    int Rows)
{
    /// <summary>Rows scored: the four counts together (what the 2019 sweeper reports as its total).</summary>
    public int ScoredRows => TruePositives + TrueNegatives + FalsePositives + FalseNegatives;
}
