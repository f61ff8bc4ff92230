using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Which channels a job takes: exact codes per part (any when empty) and channel kinds (any when empty).</summary>
/// <param name="Networks">Network codes.</param>
/// <param name="Stations">Station codes.</param>
/// <param name="Channels">Channel codes.</param>
/// <param name="Kinds">Channel kinds.</param>
internal sealed record ChannelFilter(
    IReadOnlyList<string>? Networks = null,
    IReadOnlyList<string>? Stations = null,
    IReadOnlyList<string>? Channels = null,
    IReadOnlyList<ChannelKind>? Kinds = null)
{
    /// <summary>Whether <paramref name="channel"/> passes.</summary>
    /// <param name="channel">A channel.</param>
    public bool Matches(ChannelInfo channel) =>
        Any(Networks, channel.Id.Network) && Any(Stations, channel.Id.Station) && Any(Channels, channel.Id.Channel)
        && (Kinds is null || Kinds.Count == 0 || Kinds.Contains(channel.Kind));

    private static bool Any(IReadOnlyList<string>? wanted, string value) =>
        wanted is null || wanted.Count == 0 || wanted.Contains(value, StringComparer.Ordinal);
}
