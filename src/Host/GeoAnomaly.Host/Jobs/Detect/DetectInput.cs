using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Jobs.Detect;

/// <summary>Channels read for a detect run, and the files that could not be read.</summary>
/// <param name="Channels">The selected channels, sorted by id.</param>
/// <param name="Errors">One message per file or channel that failed (naming file and line), in input order.</param>
internal sealed record DetectInputResult(IReadOnlyList<ChannelSeries> Channels, IReadOnlyList<string> Errors);

/// <summary>
/// The channels of a detect run, from station files or from InfluxDB, selected by a <see cref="ChannelFilter"/>,
/// completed from a station list and cut to a time range.
/// </summary>
/// <remarks>
/// Rules shared by both sources: the station list (when given) sets kind, units and location of the channels it lists
/// (by station and channel code); the filter applies after that; the range <c>[from, to)</c> keeps the samples whose
/// time is in it, on the channel's own grid. Files: the same channel in several files (monthly IAGA-2002 files of a
/// station) is joined on one grid when the steps agree and the files do not disagree on a sample; a file that cannot
/// be read is reported and the others are used.
/// </remarks>
internal static class DetectInput
{
    /// <summary>Reads station files.</summary>
    /// <param name="files">The files, in order.</param>
    /// <param name="read">Reads one file (IAGA-2002 or delimited, see <see cref="StationFiles.Read"/>).</param>
    /// <param name="stations">The station list, or null.</param>
    /// <param name="filter">Channel selection.</param>
    /// <param name="from">Start of the range, or null.</param>
    /// <param name="to">End of the range (exclusive), or null.</param>
    /// <param name="progress">Told of each file once read, or null.</param>
    public static DetectInputResult ReadFiles(
        IReadOnlyList<string> files,
        Func<string, IReadOnlyList<ChannelSeries>> read,
        StationList? stations,
        ChannelFilter filter,
        DateTimeOffset? from,
        DateTimeOffset? to,
        IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(filter);
        var errors = new List<string>();
        var pieces = new List<(string File, ChannelSeries Channel)>();
        foreach (string file in files)
        {
            try
            {
                pieces.AddRange(read(file).Select(c => (file, stations is null ? c : stations.Complete(c))));
            }
            catch (Exception e) when (e is DataException or IOException or UnauthorizedAccessException or OptionsException)
            {
                errors.Add(e is DataException ? e.Message : $"{file}: {e.Message}");
            }

            progress?.Report(file);
        }

        var channels = new List<ChannelSeries>();
        foreach (var group in pieces.Where(p => filter.Matches(p.Channel.Channel)).GroupBy(p => p.Channel.Channel.Id))
        {
            try
            {
                channels.Add(Clip(Join([.. group]), from, to));
            }
            catch (DataException e)
            {
                errors.Add(e.Message);
            }
        }

        return new DetectInputResult([.. channels.OrderBy(c => c.Channel.Id.ToString(), StringComparer.Ordinal)], errors);
    }

    /// <summary>Reads the selected channels of the raw measurement from InfluxDB over <c>[from, to)</c>.</summary>
    /// <param name="reader">The raw-data reader.</param>
    /// <param name="stations">The station list, or null.</param>
    /// <param name="filter">Channel selection (codes go to the query, kinds are checked after the station list).</param>
    /// <param name="from">Start of the range.</param>
    /// <param name="to">End of the range (exclusive).</param>
    /// <param name="progress">Told of each channel once read, or null.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <exception cref="InfluxException">The server is unreachable or refuses a query.</exception>
    public static async Task<DetectInputResult> ReadInfluxAsync(
        InfluxSeriesReader reader,
        StationList? stations,
        ChannelFilter filter,
        DateTimeOffset from,
        DateTimeOffset to,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(filter);
        var listed = await reader.ListChannelsAsync(filter with { Kinds = null }, cancellationToken).ConfigureAwait(false);
        var channels = new List<ChannelSeries>();
        var errors = new List<string>();
        foreach (var info in listed)
        {
            var completed = stations?.Complete(info) ?? info;
            if (!filter.Matches(completed))
            {
                continue;
            }

            try
            {
                var read = await reader.ReadAsync(completed, from, to, ct: cancellationToken).ConfigureAwait(false);
                channels.Add(read with { Channel = completed });
            }
            catch (DataException e)
            {
                errors.Add(e.Message);
            }

            progress?.Report(info.Id.ToString());
        }

        return new DetectInputResult(channels, errors);
    }

    /// <summary>Keeps the samples of <paramref name="channel"/> whose time is in <c>[from, to)</c>.</summary>
    /// <param name="channel">A channel.</param>
    /// <param name="from">Start, or null for the channel's start.</param>
    /// <param name="to">End (exclusive), or null for the channel's end.</param>
    public static ChannelSeries Clip(ChannelSeries channel, DateTimeOffset? from, DateTimeOffset? to)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var s = channel.Series;
        int a = from is { } f ? Index(s, f) : 0;
        int b = to is { } t ? Math.Max(a, Index(s, t)) : s.Count;
        return a == 0 && b == s.Count ? channel : channel with { Series = s.Slice(a, b) };
    }

    private static int Index(Series s, DateTimeOffset time) =>
        (int)Math.Clamp((long)Math.Ceiling((double)(time.UtcTicks - s.Start.UtcTicks) / s.Step.Ticks), 0, s.Count);

    private static ChannelSeries Join(IReadOnlyList<(string File, ChannelSeries Channel)> pieces)
    {
        if (pieces.Count == 1)
        {
            return pieces[0].Channel;
        }

        var first = pieces[0];
        var step = first.Channel.Series.Step;
        foreach (var p in pieces.Skip(1))
        {
            var s = p.Channel.Series;
            if (s.Step != step || (s.Start.UtcTicks - first.Channel.Series.Start.UtcTicks) % step.Ticks != 0)
            {
                throw new DataException(p.File, null, $"channel {p.Channel.Channel.Id} is also in {first.File} on another grid (step {s.Step} vs {step}, starts {CsvText.Time(s.Start)} and {CsvText.Time(first.Channel.Series.Start)}); cannot join them");
            }
        }

        var start = pieces.Min(p => p.Channel.Series.Start);
        var end = pieces.Max(p => p.Channel.Series.End);
        double[] values = new double[(end - start).Ticks / step.Ticks];
        Array.Fill(values, double.NaN);
        string[] owner = new string[values.Length];
        foreach (var (file, channel) in pieces)
        {
            var s = channel.Series;
            int offset = (int)((s.Start - start).Ticks / step.Ticks);
            for (int i = 0; i < s.Count; i++)
            {
                double v = s[i];
                if (double.IsNaN(v))
                {
                    continue;
                }

                double existing = values[offset + i];
                if (!double.IsNaN(existing) && existing != v)
                {
                    throw new DataException(file, null, $"channel {channel.Channel.Id} at {CsvText.Time(s.TimeAt(i))} is {v} here but {existing} in {owner[offset + i]}");
                }

                values[offset + i] = v;
                owner[offset + i] = file;
            }
        }

        return first.Channel with { Series = new Series(start, step, values) };
    }
}
