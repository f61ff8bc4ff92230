using GeoAnomaly.Host.Catalogs.Anomalies;

namespace GeoAnomaly.Host.Forecasting;

/// <summary>Which features a model uses.</summary>
internal enum FeatureSet
{
    /// <summary>Seismicity indicators only (the catalog-only model, the reference the anomalies must beat).</summary>
    Seismicity,

    /// <summary>Anomaly features only.</summary>
    Anomaly,

    /// <summary>Both.</summary>
    Both,
}

/// <summary>Membership of feature columns in <see cref="FeatureSet"/>s.</summary>
internal static class FeatureSets
{
    /// <summary>Configuration names: <c>seismicity</c>, <c>anomaly</c>, <c>both</c>.</summary>
    public static string Text(FeatureSet set) => set switch
    {
        FeatureSet.Seismicity => "seismicity",
        FeatureSet.Anomaly => "anomaly",
        _ => "both",
    };

    /// <summary>Whether a column belongs to a set: anomaly columns are the ones <see cref="AnomalyFeatures"/> writes,
    /// every other feature column is seismicity.</summary>
    /// <param name="set">The set.</param>
    /// <param name="feature">Column name (without unit).</param>
    public static bool Includes(FeatureSet set, string feature) => set switch
    {
        FeatureSet.Both => true,
        FeatureSet.Anomaly => AnomalyFeatures.IsAnomalyColumn(feature),
        _ => !AnomalyFeatures.IsAnomalyColumn(feature),
    };
}
