using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>How raw station data is laid out in InfluxDB: measurement, tag names and field name (every network names its own).</summary>
/// <remarks>One point per sample: <c>ga_raw,channel=LHZ,kind=deformation,network=IU,station=ANMO,units=nstrain value=1.5 &lt;ns&gt;</c>.
/// NaN samples are not written (a gap is the absence of a point). Rewriting a sample overwrites it.</remarks>
internal sealed record RawSchema
{
    /// <summary>Default names.</summary>
    public static class Defaults
    {
        /// <summary>Measurement: <c>ga_raw</c>.</summary>
        public const string Measurement = "ga_raw";

        /// <summary>Network tag: <c>network</c>.</summary>
        public const string NetworkTag = "network";

        /// <summary>Station tag: <c>station</c>.</summary>
        public const string StationTag = "station";

        /// <summary>Channel tag: <c>channel</c>.</summary>
        public const string ChannelTag = "channel";

        /// <summary>Value field: <c>value</c>.</summary>
        public const string Field = "value";

        /// <summary>Channel-kind tag: <c>kind</c>.</summary>
        public const string KindTag = "kind";

        /// <summary>Units tag: <c>units</c>.</summary>
        public const string UnitsTag = "units";
    }

    /// <summary>Measurement holding the samples. Default <c>ga_raw</c>.</summary>
    [Description("Measurement of raw samples (default ga_raw)")]
    public string Measurement { get; init; } = Defaults.Measurement;

    /// <summary>Tag holding the network code. Default <c>network</c>.</summary>
    [Description("Tag holding the network code (default network)")]
    public string NetworkTag { get; init; } = Defaults.NetworkTag;

    /// <summary>Tag holding the station code. Default <c>station</c>.</summary>
    [Description("Tag holding the station code (default station)")]
    public string StationTag { get; init; } = Defaults.StationTag;

    /// <summary>Tag holding the channel code. Default <c>channel</c>.</summary>
    [Description("Tag holding the channel code (default channel)")]
    public string ChannelTag { get; init; } = Defaults.ChannelTag;

    /// <summary>Field holding the sample value. Default <c>value</c>.</summary>
    [Description("Field holding the sample value (default value)")]
    public string Field { get; init; } = Defaults.Field;

    /// <summary>Tag holding the channel kind (deformation, electromagnetic, fluid, other); null: none. Default <c>kind</c>.</summary>
    [Description("Tag holding the channel kind; empty for none (default kind)")]
    public string? KindTag { get; init; } = Defaults.KindTag;

    /// <summary>Tag holding the units; null: none. Default <c>units</c>.</summary>
    [Description("Tag holding the units; empty for none (default units)")]
    public string? UnitsTag { get; init; } = Defaults.UnitsTag;

    /// <summary>Every problem with these names, each naming the option; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Check(errors, "measurement", Measurement, LineProtocol.EscapeMeasurement);
        Check(errors, "network-tag", NetworkTag, LineProtocol.EscapeTagKey);
        Check(errors, "station-tag", StationTag, LineProtocol.EscapeTagKey);
        Check(errors, "channel-tag", ChannelTag, LineProtocol.EscapeTagKey);
        Check(errors, "field", Field, LineProtocol.EscapeFieldKey);
        if (KindTag is not null)
        {
            Check(errors, "kind-tag", KindTag, LineProtocol.EscapeTagKey);
        }

        if (UnitsTag is not null)
        {
            Check(errors, "units-tag", UnitsTag, LineProtocol.EscapeTagKey);
        }

        string?[] tags = [NetworkTag, StationTag, ChannelTag, KindTag, UnitsTag];
        foreach (var duplicate in tags.Where(t => t is not null).GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"tags: '{duplicate.Key}' is used for more than one tag");
        }

        if (tags.Contains(Field, StringComparer.Ordinal))
        {
            errors.Add($"field: '{Field}' is also a tag name");
        }

        return errors;
    }

    /// <summary>The series key of <paramref name="channel"/>'s samples.</summary>
    /// <param name="channel">The channel.</param>
    /// <exception cref="ArgumentException">A code line protocol cannot carry (e.g. a trailing backslash).</exception>
    public SeriesKey KeyOf(ChannelInfo channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var tags = new List<KeyValuePair<string, string?>>
        {
            new(NetworkTag, channel.Id.Network),
            new(StationTag, channel.Id.Station),
            new(ChannelTag, channel.Id.Channel),
        };
        if (KindTag is not null)
        {
            tags.Add(new(KindTag, GaSchema.KindName(channel.Kind)));
        }

        if (UnitsTag is not null)
        {
            tags.Add(new(UnitsTag, channel.Units));
        }

        return SeriesKey.Create(Measurement, tags);
    }

    /// <summary>The samples of <paramref name="series"/> as points; NaN samples are skipped.</summary>
    /// <param name="series">One channel.</param>
    public ILineSource Points(ChannelSeries series) => Points([series]);

    /// <summary>The samples of every channel, one channel after the other; NaN samples are skipped.</summary>
    /// <param name="series">The channels, enumerated lazily.</param>
    public ILineSource Points(IEnumerable<ChannelSeries> series)
    {
        var field = new FieldKey(Field);
        return LineSources.Concat(series.Select(s => (ILineSource)new GridSource(KeyOf(s.Channel), field, s.Series)));
    }

    private static void Check(List<string> errors, string option, string? name, Func<string, string> escape)
    {
        try
        {
            escape(name ?? "");
        }
        catch (ArgumentException e)
        {
            errors.Add($"{option}: {e.Message.Split(" (Parameter", 2)[0]}");
        }
    }
}
