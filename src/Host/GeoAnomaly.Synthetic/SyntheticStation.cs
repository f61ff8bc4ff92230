using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic;

/// <summary>One station of a synthetic network: where it is, what it records, and the true parameters tests can check against.</summary>
/// <param name="Index">Position in the network, 0-based; the first argument of <see cref="SyntheticNetworkGenerator.GenerateChannel"/>.</param>
/// <param name="Code">Three-letter station code (also its IAGA code).</param>
/// <param name="Name">Full station name, as written in IAGA-2002 headers.</param>
/// <param name="Location">Geodetic latitude, longitude (east, -180..180) and elevation (m).</param>
/// <param name="Channels">The channels, in channel-index order.</param>
/// <param name="ChannelTypes">The instrument behind each channel, same order as <paramref name="Channels"/>.</param>
/// <param name="Barometric">The well's true barometric response; null when the station has no fluid channels.</param>
internal sealed record SyntheticStation(
    int Index,
    string Code,
    string Name,
    StationLocation Location,
    IReadOnlyList<ChannelInfo> Channels,
    IReadOnlyList<SyntheticChannelType> ChannelTypes,
    BarometricResponse? Barometric)
{
    /// <summary>Index of the channel of <paramref name="type"/>, or -1 when the station does not carry it.</summary>
    /// <param name="type">A channel type.</param>
    public int IndexOf(SyntheticChannelType type)
    {
        for (int i = 0; i < ChannelTypes.Count; i++)
        {
            if (ChannelTypes[i] == type)
            {
                return i;
            }
        }

        return -1;
    }
}
