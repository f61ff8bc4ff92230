namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>Argument checks shared by the metrics: equal lengths, no NaN score, probabilities in [0, 1].</summary>
internal static class MetricInputs
{
    /// <summary>Throws unless <paramref name="scores"/> and <paramref name="labels"/> have one entry per row and no score is NaN.</summary>
    /// <param name="scores">Per-row scores.</param>
    /// <param name="labels">Per-row labels.</param>
    /// <param name="scoresName">The scores parameter's name, for the message.</param>
    /// <exception cref="ArgumentException">Different lengths, or a NaN score (the row is named).</exception>
    public static void Check(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, string scoresName = "scores")
    {
        if (scores.Length != labels.Length)
        {
            throw new ArgumentException($"{scoresName} has {scores.Length} rows but labels has {labels.Length}", scoresName);
        }

        int nan = scores.IndexOfAnyExceptInRange(double.NegativeInfinity, double.PositiveInfinity);
        if (nan >= 0)
        {
            throw new ArgumentException($"{scoresName}: row {nan} is NaN; metrics need a score on every row", scoresName);
        }
    }

    /// <summary>Throws unless every value is a probability in [0, 1].</summary>
    /// <param name="probabilities">Per-row probabilities.</param>
    /// <param name="name">The parameter's name, for the message.</param>
    /// <exception cref="ArgumentException">A value outside [0, 1] or NaN (the row is named).</exception>
    public static void CheckProbabilities(ReadOnlySpan<double> probabilities, string name)
    {
        int bad = probabilities.IndexOfAnyExceptInRange(0.0, 1.0);
        if (bad >= 0)
        {
            throw new ArgumentException($"{name}: row {bad} is {probabilities[bad]}, not a probability in [0, 1]", name);
        }
    }

    /// <summary>The number of rows labelled true.</summary>
    /// <param name="labels">Per-row labels.</param>
    public static int Positives(ReadOnlySpan<bool> labels) => labels.Count(true);
}
