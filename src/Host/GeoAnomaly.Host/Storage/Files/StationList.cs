using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>
/// A network's station list: one row per channel with <c>network, station, lat, lon, elevation, channel, kind, units</c>
/// (and optionally <c>file</c>). Station files rarely carry all of that, so readers' channels are completed from it.
/// </summary>
internal sealed class StationList
{
    private static readonly string[] s_required = ["network", "station", "channel"];
    private static readonly string[] s_optional = ["lat", "lon", "elevation", "kind", "units", "file"];
    private readonly Dictionary<(string Station, string Channel), Entry> _entries;

    private StationList(Dictionary<(string Station, string Channel), Entry> entries) => _entries = entries;

    /// <summary>The channels listed.</summary>
    public IEnumerable<ChannelInfo> Channels => _entries.Values.Select(e => e.Channel);

    /// <summary>Files named in the <c>file</c> column, relative to the list's folder, each once.</summary>
    public IReadOnlyList<string> Files { get; private init; } = [];

    /// <summary>Reads a station list; every problem names file, line and column.</summary>
    /// <exception cref="DataException">Malformed row, unknown kind, or a channel listed twice.</exception>
    public static StationList Read(string path)
    {
        using var text = StationFiles.OpenText(path);
        var table = new CsvTableReader(text, path, s_required, s_optional);
        var entries = new Dictionary<(string, string), Entry>();
        var files = new List<string>();
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        while (table.Read())
        {
            var id = new ChannelId(table.Required("network"), table.Required("station"), table.Required("channel"));
            var kind = ChannelKind.Other;
            if (table.Has("kind") && table.Text("kind").Length > 0 && !Enum.TryParse(table.Text("kind"), ignoreCase: true, out kind))
            {
                throw table.Error("kind", $"'{table.Text("kind")}' is not deformation, electromagnetic, fluid or other");
            }

            StationLocation? location = table.Has("lat") && table.Text("lat").Length > 0
                ? new StationLocation(table.Number("lat"), table.Number("lon"), table.Has("elevation") && table.Text("elevation").Length > 0 ? table.Number("elevation") : 0).Normalised()
                : null;
            var channel = new ChannelInfo(id, kind, table.Text("units"), location);
            if (!entries.TryAdd((id.Station, id.Channel), new Entry(channel)))
            {
                throw table.Error("channel", $"{id} is listed twice");
            }

            string file = table.Text("file");
            if (file.Length > 0)
            {
                string full = Path.GetFullPath(Path.Combine(folder, file));
                if (!files.Contains(full))
                {
                    files.Add(full);
                }
            }
        }

        return new StationList(entries) { Files = files };
    }

    /// <summary>Completes a channel read from a file with the listed network, kind, units and location (matched by station and channel code).</summary>
    public ChannelSeries Complete(ChannelSeries series) => series with { Channel = Complete(series.Channel) };

    /// <summary>Completes a channel (from a file or a database) with the listed network, kind, units and location (matched by station and channel code).</summary>
    public ChannelInfo Complete(ChannelInfo channel) =>
        _entries.TryGetValue((channel.Id.Station, channel.Id.Channel), out var entry)
            ? entry.Channel with { Units = entry.Channel.Units.Length > 0 ? entry.Channel.Units : channel.Units }
            : channel;

    private sealed record Entry(ChannelInfo Channel);
}
