using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic;

/// <summary>A whole generated network held in memory: stations, every channel's series, every label and the storms.</summary>
/// <remarks>
/// Fine for demos and tests (6 stations × 14 days of minute data is about 1.2 million samples, 10 MB). For thousands of
/// channels use <see cref="SyntheticNetworkGenerator.GenerateChannel"/> or <see cref="SyntheticNetworkGenerator.EnumerateChannels"/>,
/// which produce one channel at a time.
/// </remarks>
internal sealed class SyntheticNetwork
{
    private readonly Dictionary<ChannelId, SyntheticChannel> _byId;

    /// <summary>Creates the network from its parts (normally called by <see cref="SyntheticNetworkGenerator.Generate()"/>).</summary>
    /// <param name="spec">The spec it was generated from.</param>
    /// <param name="stations">The stations.</param>
    /// <param name="channels">Every channel, station by station.</param>
    /// <param name="storms">The magnetic storms in or just before the span.</param>
    public SyntheticNetwork(NetworkSpec spec, IReadOnlyList<SyntheticStation> stations, IReadOnlyList<SyntheticChannel> channels, IReadOnlyList<MagneticStorm> storms)
    {
        Spec = spec;
        Stations = stations;
        Channels = channels;
        Storms = storms;
        _byId = channels.ToDictionary(c => c.Info.Id);
        Labels = [.. channels.SelectMany(c => c.Labels).OrderBy(l => l.Start).ThenBy(l => l.Channel.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>The spec the network was generated from.</summary>
    public NetworkSpec Spec { get; }

    /// <summary>The stations, in index order.</summary>
    public IReadOnlyList<SyntheticStation> Stations { get; }

    /// <summary>Every channel, station by station in channel-index order.</summary>
    public IReadOnlyList<SyntheticChannel> Channels { get; }

    /// <summary>Every channel's metadata, in <see cref="Channels"/> order.</summary>
    public IEnumerable<ChannelInfo> ChannelInfos => Channels.Select(c => c.Info);

    /// <summary>Every label (injected anomalies and steps), ordered by start time then channel.</summary>
    public IReadOnlyList<InjectedAnomaly> Labels { get; }

    /// <summary>Magnetic storms (network-wide, unlabelled space weather).</summary>
    public IReadOnlyList<MagneticStorm> Storms { get; }

    /// <summary>The channel with identity <paramref name="id"/>.</summary>
    /// <param name="id">A channel identity.</param>
    /// <exception cref="KeyNotFoundException">No such channel.</exception>
    public SyntheticChannel this[ChannelId id] =>
        _byId.TryGetValue(id, out var channel) ? channel : throw new KeyNotFoundException($"no channel {id} in network {Spec.Network}");

    /// <summary>The series of channel <paramref name="id"/>.</summary>
    /// <param name="id">A channel identity.</param>
    public Series SeriesOf(ChannelId id) => this[id].Series;
}
