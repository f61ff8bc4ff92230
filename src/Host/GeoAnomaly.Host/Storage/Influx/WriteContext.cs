using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>What a write job is about, for messages: source (file, job), channel, time range; all optional.</summary>
/// <param name="Source">File or job name.</param>
/// <param name="Channel">The channel written, when the job is one channel.</param>
/// <param name="From">Start of the data written.</param>
/// <param name="To">End of the data written.</param>
internal sealed record WriteContext(string? Source = null, ChannelId? Channel = null, DateTimeOffset? From = null, DateTimeOffset? To = null)
{
    /// <summary>For example <c>file a.csv, channel IU.ANMO.LHZ, 2021-01-01T00:00:00Z..2022-01-01T00:00:00Z</c>; empty when nothing is known.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Source is not null)
        {
            parts.Add(Source);
        }

        if (Channel is { } channel)
        {
            parts.Add($"channel {channel}");
        }

        if (From is not null || To is not null)
        {
            parts.Add($"{From?.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}..{To?.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");
        }

        return string.Join(", ", parts);
    }
}
