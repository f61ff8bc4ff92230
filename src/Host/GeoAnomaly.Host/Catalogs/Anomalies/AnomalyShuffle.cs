using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Catalogs.Anomalies;

/// <summary>The null hypothesis "anomalies carry no information about earthquake times": each station's anomaly events
/// moved in time by one random circular shift.</summary>
/// <remarks>
/// <para>The span is that of all the events given, [earliest start, latest end). Each station (NET.STA, in ordinal order)
/// draws one offset uniform in [0, span) from a generator seeded with <c>seed</c>; every event of the station starts at
/// <c>from + (start − from + offset) mod span</c> and keeps its duration, so an event shifted past the end wraps to the
/// beginning (and may end after the span's end by at most its own duration).</para>
/// <para>What is kept: each station's number of events, their durations, scores, kinds, detectors and channels, and the
/// gaps between them (clustering), except at the single wrap point. What is destroyed: any alignment of a station's
/// events with earthquakes, and with other stations' events.</para>
/// <para>Deterministic per seed; O(n log n) for n events (the final sort by start).</para>
/// </remarks>
internal static class AnomalyShuffle
{
    /// <summary>The shifted events, ordered by start (then station).</summary>
    /// <param name="anomalies">The real events.</param>
    /// <param name="seed">Seed of the offsets.</param>
    public static IReadOnlyList<LocatedAnomaly> Shift(IReadOnlyList<LocatedAnomaly> anomalies, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(anomalies);
        if (anomalies.Count == 0)
        {
            return [];
        }

        var from = anomalies.Min(a => a.Event.Start);
        long span = (anomalies.Max(a => a.Event.End) - from).Ticks;
        if (span <= 0)
        {
            return [.. anomalies];
        }

        var random = new Xoshiro256StarStar(seed);
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string station in anomalies.Select(a => AnomalyFeatures.StationKey(a.Event.Channel)).Distinct().Order(StringComparer.Ordinal))
        {
            offsets[station] = Math.Min(span - 1, (long)(random.NextDouble() * span));
        }

        var shifted = new List<LocatedAnomaly>(anomalies.Count);
        foreach (var a in anomalies)
        {
            long offset = offsets[AnomalyFeatures.StationKey(a.Event.Channel)];
            long relative = ((a.Event.Start - from).Ticks + offset) % span;
            var start = from + TimeSpan.FromTicks(relative);
            shifted.Add(a with { Event = a.Event with { Start = start, End = start + a.Event.Duration } });
        }

        return [.. shifted.OrderBy(a => a.Event.Start).ThenBy(a => AnomalyFeatures.StationKey(a.Event.Channel), StringComparer.Ordinal)];
    }
}
