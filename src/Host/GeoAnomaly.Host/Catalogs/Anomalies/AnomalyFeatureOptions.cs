namespace GeoAnomaly.Host.Catalogs.Anomalies;

/// <summary>Which anomaly features are computed per cell and issue time.</summary>
internal sealed record AnomalyFeatureOptions
{
    /// <summary>Trailing windows, days. Default 1, 7 and 30.</summary>
    public IReadOnlyList<int> WindowDays { get; init; } = [1, 7, 30];

    /// <summary>The target magnitude whose Dobrovolsky radius, R = 10^(0.43 M) km, decides which stations count for a
    /// cell (a station counts when its distance to the cell is at most R). Default 6.</summary>
    public double TargetMagnitude { get; init; } = 6;

    /// <summary>Add counts and peaks per channel kind. Default true.</summary>
    public bool ByKind { get; init; } = true;

    /// <summary>Add counts and peaks per detector (or ensemble) name. Default true.</summary>
    public bool ByDetector { get; init; } = true;

    /// <summary>The problems with these options, if any.</summary>
    public IEnumerable<string> Validate()
    {
        if (WindowDays.Count == 0 || WindowDays.Any(d => d < 1))
        {
            yield return "windowDays: give one or more windows of at least 1 day";
        }

        if (!(TargetMagnitude is > 0 and < 10))
        {
            yield return $"targetMagnitude: must be between 0 and 10, got {TargetMagnitude}";
        }
    }
}
