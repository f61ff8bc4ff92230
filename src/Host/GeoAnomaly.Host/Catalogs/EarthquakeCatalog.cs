namespace GeoAnomaly.Host.Catalogs;

/// <summary>A catalog: earthquakes in origin-time order (events with equal times keep their source order).</summary>
internal sealed class EarthquakeCatalog
{
    /// <summary>Creates a catalog, sorting the events by origin time (stable).</summary>
    /// <param name="source">Where the events came from (a file path, a query), for messages and summaries.</param>
    /// <param name="events">The events, in any order.</param>
    public EarthquakeCatalog(string source, IEnumerable<Earthquake> events)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(events);
        Source = source;
        Events = [.. events.OrderBy(e => e.Time.UtcTicks)];
    }

    /// <summary>Where the events came from.</summary>
    public string Source { get; }

    /// <summary>The events in origin-time order.</summary>
    public IReadOnlyList<Earthquake> Events { get; }

    /// <summary>Number of events.</summary>
    public int Count => Events.Count;

    /// <summary>A catalog of the events that pass <paramref name="keep"/>, same source.</summary>
    /// <param name="keep">The filter.</param>
    public EarthquakeCatalog Where(Func<Earthquake, bool> keep) => new(Source, Events.Where(keep));

    /// <summary>The events strictly before <paramref name="time"/> (binary search; the catalog is sorted).</summary>
    /// <param name="time">The cut.</param>
    public IReadOnlyList<Earthquake> Before(DateTimeOffset time)
    {
        int lo = 0;
        int hi = Events.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Events[mid].Time < time)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == Events.Count ? Events : Events.Take(lo).ToList();
    }
}
