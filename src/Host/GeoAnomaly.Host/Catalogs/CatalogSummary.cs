namespace GeoAnomaly.Host.Catalogs;

/// <summary>What <c>geoanomaly catalog summary</c> reports about a catalog: count, time span, magnitude and depth ranges, magnitude types.</summary>
/// <param name="Count">Number of events.</param>
/// <param name="First">Earliest origin time, or null for an empty catalog.</param>
/// <param name="Last">Latest origin time, or null.</param>
/// <param name="MinMagnitude">Smallest magnitude (NaN when empty).</param>
/// <param name="MaxMagnitude">Largest magnitude (NaN when empty).</param>
/// <param name="MinDepthKm">Shallowest known depth, km (NaN when none is known).</param>
/// <param name="MaxDepthKm">Deepest known depth, km (NaN when none is known).</param>
/// <param name="UnknownDepths">Events without a depth.</param>
/// <param name="MagnitudeTypes">Events per magnitude type as the source spells it (null: not given), most frequent first.</param>
internal sealed record CatalogSummary(
    int Count,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    double MinMagnitude,
    double MaxMagnitude,
    double MinDepthKm,
    double MaxDepthKm,
    int UnknownDepths,
    IReadOnlyList<KeyValuePair<string?, int>> MagnitudeTypes)
{
    /// <summary>Summarises <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    public static CatalogSummary Of(EarthquakeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var events = catalog.Events;
        var depths = events.Select(e => e.DepthKm).Where(d => !double.IsNaN(d)).ToList();
        var types = events.GroupBy(e => e.MagnitudeType, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string?, int>(g.Key, g.Count()))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        return new CatalogSummary(
            events.Count,
            events.Count == 0 ? null : events[0].Time,
            events.Count == 0 ? null : events[^1].Time,
            events.Count == 0 ? double.NaN : events.Min(e => e.Magnitude),
            events.Count == 0 ? double.NaN : events.Max(e => e.Magnitude),
            depths.Count == 0 ? double.NaN : depths.Min(),
            depths.Count == 0 ? double.NaN : depths.Max(),
            events.Count - depths.Count,
            types);
    }
}
