namespace GeoAnomaly.Sdk;

/// <summary>The shape of an anomaly event.</summary>
public enum AnomalyKind
{
    /// <summary>A short excursion that returns to the previous level.</summary>
    Spike,

    /// <summary>A lasting change of level.</summary>
    LevelShift,

    /// <summary>A change of slope.</summary>
    TrendChange,

    /// <summary>A change of noise amplitude.</summary>
    VarianceChange,

    /// <summary>An instrument offset (reset, maintenance), usually not geophysical.</summary>
    Step,

    /// <summary>Anything else.</summary>
    Other,
}
