using System.Text;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>An escaped, UTF-8 encoded line-protocol series key: measurement and tags, encoded once per series.</summary>
/// <remarks>Tags are sorted by key (ordinal), as InfluxDB recommends; tags with a null or empty value are left out.</remarks>
internal sealed class SeriesKey
{
    private SeriesKey(string text)
    {
        Text = text;
        Utf8 = Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The escaped key, for example <c>ga_raw,channel=X,network=IU,station=O'Brien</c>.</summary>
    public string Text { get; }

    /// <summary>The escaped key in UTF-8.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>Builds the key of <paramref name="measurement"/> with <paramref name="tags"/>.</summary>
    /// <param name="measurement">Raw measurement name.</param>
    /// <param name="tags">Raw tag keys and values; null or empty values are skipped.</param>
    /// <exception cref="ArgumentException">A name or value line protocol cannot carry, or a duplicate tag key.</exception>
    public static SeriesKey Create(string measurement, params IEnumerable<KeyValuePair<string, string?>> tags)
    {
        var sb = new StringBuilder(LineProtocol.EscapeMeasurement(measurement));
        string? previous = null;
        foreach (var tag in tags.Where(t => !string.IsNullOrEmpty(t.Value)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (tag.Key == previous)
            {
                throw new ArgumentException($"tag key '{tag.Key}' appears twice in series '{measurement}'", nameof(tags));
            }

            sb.Append(',').Append(LineProtocol.EscapeTagKey(tag.Key)).Append('=').Append(LineProtocol.EscapeTagValue(tag.Value!, tag.Key));
            previous = tag.Key;
        }

        return new SeriesKey(sb.ToString());
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
