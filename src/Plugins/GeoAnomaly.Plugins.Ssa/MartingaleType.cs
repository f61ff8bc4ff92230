namespace GeoAnomaly.Plugins.Ssa;

/// <summary>The exchangeability martingale that accumulates evidence from p-values (ML.NET's <c>MartingaleType</c>).</summary>
public enum MartingaleType
{
    /// <summary>No martingale: no alerts; the score is the p-value's surprise, <c>-log10 p</c>.</summary>
    None,

    /// <summary>Power martingale, betting function <c>ε p^(ε-1)</c> (the default).</summary>
    Power,

    /// <summary>Mixture martingale: the power betting function integrated over ε in (0, 1).</summary>
    Mixture,
}
