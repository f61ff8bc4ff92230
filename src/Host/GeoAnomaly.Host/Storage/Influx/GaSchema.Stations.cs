namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Where the stations are, <c>ga_station</c>: what the dashboards need to put earthquakes at a distance from a station.</summary>
internal sealed partial record GaSchema
{
    private static readonly FieldKey s_stationLat = new("lat");
    private static readonly FieldKey s_stationLon = new("lon");
    private static readonly FieldKey s_elevation = new("elevation_m");

    /// <summary>Station locations (<c>ga_station</c>).</summary>
    public string Station => Prefix + "station";

    /// <summary>One <c>ga_station</c> point per station whose channels carry a location: tags network and station; fields
    /// lat, lon (degrees, longitude in -180..180) and elevation_m; time = the station's first sample in
    /// <paramref name="channels"/>.</summary>
    /// <remarks>Re-ingesting the same file overwrites the same point; a station that moved gets a newer point, and the
    /// dashboards take the last one. Channels without a location write nothing.</remarks>
    /// <param name="channels">Ingested channels.</param>
    public ILineSource StationPoints(IEnumerable<ChannelSeries> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var stations = channels
            .Where(c => c.Channel.Location is not null)
            .GroupBy(c => (c.Channel.Id.Network, c.Channel.Id.Station))
            .Select(g => (g.Key.Network, g.Key.Station, Location: g.First().Channel.Location!.Normalised(), Start: g.Min(c => c.Series.Start)))
            .ToList();
        return LineSources.FromItems(stations, (batch, s) =>
        {
            batch.BeginPoint(SeriesKey.Create(Station, [Tag("network", s.Network), Tag("station", s.Station)]));
            batch.Field(s_stationLat, s.Location.Latitude);
            batch.Field(s_stationLon, s.Location.Longitude);
            batch.Field(s_elevation, s.Location.ElevationMetres);
            batch.EndPoint(LineProtocol.ToUnixNanoseconds(s.Start));
        });
    }
}
