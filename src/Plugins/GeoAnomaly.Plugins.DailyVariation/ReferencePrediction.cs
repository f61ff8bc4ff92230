namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>Combines a channel value with its prediction from the reference channel.</summary>
internal static class ReferencePrediction
{
    /// <summary><c>x - p</c> or <c>x / p</c>; NaN when either is missing or the ratio is not finite.</summary>
    /// <param name="x">The channel's value.</param>
    /// <param name="p">The prediction from the reference.</param>
    /// <param name="combine">Difference or ratio.</param>
    public static double Combine(double x, double p, ReferenceCombination combine)
    {
        double value = combine == ReferenceCombination.Ratio ? x / p : x - p;
        return double.IsFinite(value) ? value : double.NaN;
    }
}
