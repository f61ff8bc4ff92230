namespace GeoAnomaly.Sdk;

/// <summary>Identifies one channel: network, station and channel code (for example <c>IU.ANMO.LHZ</c>).</summary>
/// <remarks>Codes may contain any character except control characters; storage layers escape them.</remarks>
public readonly record struct ChannelId
{
    /// <summary>Creates a channel identity; every part must be non-empty.</summary>
    /// <param name="network">Network code.</param>
    /// <param name="station">Station code.</param>
    /// <param name="channel">Channel code.</param>
    /// <exception cref="ArgumentException">A part is null, empty or contains a control character.</exception>
    public ChannelId(string network, string station, string channel)
    {
        Network = Check(network, nameof(network));
        Station = Check(station, nameof(station));
        Channel = Check(channel, nameof(channel));
    }

    /// <summary>Network code.</summary>
    public string Network { get; }

    /// <summary>Station code.</summary>
    public string Station { get; }

    /// <summary>Channel code.</summary>
    public string Channel { get; }

    /// <summary>Returns <c>network.station.channel</c>.</summary>
    public override string ToString() => $"{Network}.{Station}.{Channel}";

    private static string Check(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"channel {name} code must not be empty", name);
        }

        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException($"channel {name} code '{value}' contains a control character", name);
            }
        }

        return value;
    }
}
