using GeoAnomaly.Host.Storage;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>Finds the companion channels a configured component names and puts them on the channel's grid.</summary>
/// <remarks>
/// A companion is written as a channel code of the channel's own station (<c>baro</c>) or as a full
/// <c>NET.STA.CHA</c> id (another station, for example a geomagnetic reference observatory). It must be among the
/// run's channels and sampled at the channel's step; it is then cut or padded (with NaN) to the channel's start and
/// length, sample for sample by time, so a companion read over a slightly different range still lines up.
/// </remarks>
internal static class Companions
{
    /// <summary>The companions of <paramref name="channel"/>, aligned to its grid, or why they cannot be had.</summary>
    /// <param name="channel">The channel the component runs on.</param>
    /// <param name="names">The companions as configured.</param>
    /// <param name="pool">The run's channels by id.</param>
    public static (IReadOnlyList<ChannelSeries> Companions, string? Missing) Resolve(
        ChannelSeries channel,
        IReadOnlyList<string> names,
        IReadOnlyDictionary<ChannelId, ChannelSeries> pool)
    {
        if (names.Count == 0)
        {
            return ([], null);
        }

        var found = new List<ChannelSeries>(names.Count);
        foreach (string name in names)
        {
            var id = IdOf(name, channel.Channel.Id);
            if (!pool.TryGetValue(id, out var companion))
            {
                return ([], $"companion {id} (configured as '{name}') is not among the channels read; read it too (it may be filtered out by --channel/--kind or missing from the files)");
            }

            if (companion.Series.Step != channel.Series.Step)
            {
                return ([], $"companion {id} is sampled every {companion.Series.Step}, the channel every {channel.Series.Step}");
            }

            if ((companion.Series.Start - channel.Series.Start).Ticks % channel.Series.Step.Ticks != 0)
            {
                return ([], $"companion {id} starts at {companion.Series.Start:O}, off the channel's grid (start {channel.Series.Start:O}, step {channel.Series.Step})");
            }

            found.Add(companion with { Series = Align(companion.Series, channel.Series) });
        }

        return (found, null);
    }

    /// <summary>The id a companion name stands for, next to <paramref name="owner"/>.</summary>
    /// <param name="name">A channel code or NET.STA.CHA.</param>
    /// <param name="owner">The channel whose companion it is.</param>
    public static ChannelId IdOf(string name, ChannelId owner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string[] parts = name.Split('.');
        return parts.Length == 3 ? new ChannelId(parts[0], parts[1], parts[2]) : new ChannelId(owner.Network, owner.Station, name);
    }

    /// <summary><paramref name="series"/> on the grid of <paramref name="like"/> (same step and grid phase, checked by <see cref="Resolve"/>): shared instants copied, others NaN.</summary>
    /// <param name="series">The series to align.</param>
    /// <param name="like">The grid to align to.</param>
    public static Series Align(Series series, Series like)
    {
        if (series.Start == like.Start && series.Count == like.Count)
        {
            return series;
        }

        double[] values = new double[like.Count];
        Array.Fill(values, double.NaN);
        long offset = (series.Start - like.Start).Ticks / like.Step.Ticks;
        for (int i = 0; i < series.Count; i++)
        {
            long j = offset + i;
            if (j >= 0 && j < values.Length)
            {
                values[j] = series[i];
            }
        }

        return new Series(like.Start, like.Step, values);
    }
}
