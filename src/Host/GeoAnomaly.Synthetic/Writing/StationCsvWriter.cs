using System.Globalization;

namespace GeoAnomaly.Synthetic.Writing;

/// <summary>Writes a station's non-geomagnetic channels (deformation, fluid, air pressure) as one CSV file.</summary>
/// <remarks>
/// <para>The layout is the common export of station loggers, one row per sample:</para>
/// <code>
/// time,strain,tilt-n,tilt-e,baro,wl
/// 2024-01-01T00:00:00Z,-212.417,1.83526,-0.41202,871.802,23.51873
/// 2024-01-01T00:01:00Z,,1.83529,-0.41199,871.806,23.51861
/// </code>
/// <para>
/// Times are ISO 8601 UTC; each column is a channel code; a missing sample is an empty field. Values carry the
/// instrument's resolution (<see cref="ChannelTypeInfo.Decimals"/>). Units are in <c>stations.csv</c>, not here.
/// </para>
/// </remarks>
internal static class StationCsvWriter
{
    /// <summary>Writes samples [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="channels"/> (same grid).</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="channels">The channels, one column each, in this order.</param>
    /// <param name="from">First sample index.</param>
    /// <param name="to">Index after the last sample.</param>
    public static void Write(TextWriter writer, IReadOnlyList<SyntheticChannel> channels, int from, int to)
    {
        writer.Write("time");
        foreach (var channel in channels)
        {
            writer.Write(',');
            writer.Write(FileText.Csv(channel.Info.Id.Channel));
        }

        writer.Write('\n');
        if (channels.Count == 0)
        {
            return;
        }

        var formats = channels.Select(c => "F" + ChannelTypeInfo.Of(c.Type).Decimals.ToString(CultureInfo.InvariantCulture)).ToArray();
        var axis = channels[0].Series;
        char[] row = new char[40 + (channels.Count * 40)];
        for (int i = from; i < to; i++)
        {
            int length = FileText.FormatTime(row, axis.TimeAt(i));
            for (int c = 0; c < channels.Count; c++)
            {
                row[length++] = ',';
                double value = channels[c].Series[i];
                if (double.IsNaN(value))
                {
                    continue;
                }

                if (!value.TryFormat(row.AsSpan(length), out int written, formats[c], CultureInfo.InvariantCulture) || written > 38)
                {
                    throw new InvalidOperationException($"value {value} of {channels[c].Info.Id} is too long for a CSV field");
                }

                length += written;
            }

            row[length++] = '\n';
            writer.Write(row, 0, length);
        }
    }
}
