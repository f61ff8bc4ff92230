using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>The measurements GeoAnomaly writes (DESIGN.md, "InfluxDB schema"), named with a configurable prefix.</summary>
/// <remarks>
/// | measurement | tags | fields | time |
/// |---|---|---|---|
/// | <c>ga_anomaly</c> | network, station, channel, kind, detector | score, raw_score, end (epoch s, integer), duration_s, type; verdict, cause once reviewed | event start |
/// | <c>ga_score</c> | network, station, channel, detector | score, expected, residual | sample time |
/// | <c>ga_clean</c> | network, station, channel | value | sample time |
/// | <c>ga_review</c> | network, station, channel, detector, verdict | event_start (epoch s, integer), cause, analyst, note | review time |
/// | <c>ga_quake</c>, <c>ga_forecast</c>, <c>ga_checkpoint</c> | see DESIGN.md | | |
/// A point is identified by measurement, tags and time, so writing the same events or scores again overwrites them.
/// </remarks>
internal sealed partial record GaSchema
{
    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Measurement name prefix: <c>ga_</c>.</summary>
        public const string Prefix = "ga_";
    }

    /// <summary>Prefix of every measurement name. Default <c>ga_</c>.</summary>
    [Description("Prefix of the measurements GeoAnomaly writes (default ga_)")]
    public string Prefix { get; init; } = Defaults.Prefix;

    /// <summary>Anomaly events (<c>ga_anomaly</c>).</summary>
    public string Anomaly => Prefix + "anomaly";

    /// <summary>Detector scores (<c>ga_score</c>).</summary>
    public string Score => Prefix + "score";

    /// <summary>Preprocessed series (<c>ga_clean</c>).</summary>
    public string Clean => Prefix + "clean";

    /// <summary>Earthquake catalog (<c>ga_quake</c>).</summary>
    public string Quake => Prefix + "quake";

    /// <summary>Issued forecasts (<c>ga_forecast</c>).</summary>
    public string Forecast => Prefix + "forecast";

    /// <summary>Analysts' verdicts (<c>ga_review</c>).</summary>
    public string Review => Prefix + "review";

    /// <summary>Continuous-mode checkpoints (<c>ga_checkpoint</c>).</summary>
    public string Checkpoint => Prefix + "checkpoint";

    /// <summary>Every measurement name, in table order.</summary>
    public IReadOnlyList<string> Measurements => [Anomaly, Score, Clean, Quake, Forecast, Review, Station, Checkpoint];

    /// <summary>Every problem with the prefix, naming the option; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        try
        {
            LineProtocol.EscapeMeasurement(Anomaly);
        }
        catch (ArgumentException e)
        {
            errors.Add($"prefix: {e.Message.Split(" (Parameter", 2)[0]}");
        }

        return errors;
    }

    /// <summary>The channel kind as written in the <c>kind</c> tag: <c>deformation</c>, <c>electromagnetic</c>, <c>fluid</c>, <c>other</c>.</summary>
    /// <param name="kind">Channel kind.</param>
    public static string KindName(ChannelKind kind) => kind switch
    {
        ChannelKind.Deformation => "deformation",
        ChannelKind.Electromagnetic => "electromagnetic",
        ChannelKind.Fluid => "fluid",
        ChannelKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown channel kind"),
    };

    /// <summary>The anomaly kind as written in the <c>type</c> field, kebab-case: <c>spike</c>, <c>level-shift</c>, …</summary>
    /// <param name="kind">Anomaly kind.</param>
    public static string KindName(AnomalyKind kind) => kind switch
    {
        AnomalyKind.Spike => "spike",
        AnomalyKind.LevelShift => "level-shift",
        AnomalyKind.TrendChange => "trend-change",
        AnomalyKind.VarianceChange => "variance-change",
        AnomalyKind.Step => "step",
        AnomalyKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown anomaly kind"),
    };

    /// <summary>Parses a <c>kind</c> tag value (case-insensitive).</summary>
    /// <param name="text">Tag value; empty reads as <see cref="ChannelKind.Other"/>.</param>
    /// <param name="kind">The kind.</param>
    public static bool TryParseKind(string text, out ChannelKind kind)
    {
        kind = ChannelKind.Other;
        return text.Length == 0
            || (Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !char.IsDigit(text[0]));
    }
}
