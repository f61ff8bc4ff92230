namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>How the reference method combines the channel with its reference prediction.</summary>
public enum ReferenceCombination
{
    /// <summary><c>value = x - p</c>: removes an additive common field (the default).</summary>
    Difference,

    /// <summary><c>value = x / p</c>: removes a common factor; NaN where <c>p</c> is 0.</summary>
    Ratio,
}
