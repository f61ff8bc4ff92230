using GeoAnomaly.Host.Catalogs;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>The earthquake catalog measurement, <c>ga_quake</c>.</summary>
internal sealed partial record GaSchema
{
    private static readonly FieldKey s_mag = new("mag");
    private static readonly FieldKey s_lat = new("lat");
    private static readonly FieldKey s_lon = new("lon");
    private static readonly FieldKey s_depth = new("depth_km");
    private static readonly FieldKey s_eventId = new("event_id");

    /// <summary>Events as <c>ga_quake</c> points: tag <c>source</c>; fields mag, lat, lon, depth_km (left out when unknown), event_id (when known); time = origin time.</summary>
    /// <remarks>
    /// A point is keyed by measurement, source and time, so re-ingesting the same catalog overwrites its points. Events
    /// of one source sharing an origin time (day-resolution catalogs such as pyCSEP's global one) would overwrite each
    /// other; the k-th event at a time (in catalog order, 0-based) is therefore written k nanoseconds later, the
    /// workaround InfluxDB's documentation gives for duplicate points ("increment the timestamp by a nanosecond").
    /// That is below .NET's 100 ns tick, so times read back are unchanged, and the same catalog always gets the same
    /// offsets. (Ingesting a filtered subset first and the whole catalog later can shift which event gets which offset.)
    /// </remarks>
    /// <param name="source">The <c>source</c> tag (the catalog's name).</param>
    /// <param name="events">The events, in origin-time order.</param>
    /// <exception cref="ArgumentException">(When enumerated) events out of time order.</exception>
    public ILineSource Quakes(string source, IEnumerable<Earthquake> events)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var key = SeriesKey.Create(Quake, [Tag("source", source)]);
        long previous = long.MinValue;
        long repeat = 0;
        return LineSources.FromItems(events, (batch, e) =>
        {
            long ns = LineProtocol.ToUnixNanoseconds(e.Time);
            if (ns < previous)
            {
                throw new ArgumentException($"events must be in origin-time order: {e.Time:O} after {LineProtocol.FromUnixNanoseconds(previous):O}", nameof(events));
            }

            repeat = ns == previous ? repeat + 1 : 0;
            previous = ns;
            batch.BeginPoint(key);
            batch.Field(s_mag, e.Magnitude);
            batch.Field(s_lat, e.Latitude);
            batch.Field(s_lon, e.Longitude);
            batch.Field(s_depth, e.DepthKm);
            if (!string.IsNullOrEmpty(e.Id))
            {
                batch.Field(s_eventId, e.Id);
            }

            batch.EndPoint(ns + repeat);
        });
    }
}
