using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Encoders for the measurements GeoAnomaly writes.</summary>
internal sealed partial record GaSchema
{
    private static readonly FieldKey s_score = new("score");
    private static readonly FieldKey s_rawScore = new("raw_score");
    private static readonly FieldKey s_end = new("end");
    private static readonly FieldKey s_duration = new("duration_s");
    private static readonly FieldKey s_type = new("type");
    private static readonly FieldKey s_expected = new("expected");
    private static readonly FieldKey s_residual = new("residual");
    private static readonly FieldKey s_value = new("value");

    /// <summary>Anomaly events of <paramref name="channel"/> as <c>ga_anomaly</c> points at their start.</summary>
    /// <remarks>Fields: score, raw_score (floats; left out when NaN), end (integer Unix seconds, floored),
    /// duration_s (float seconds), type (kebab-case anomaly kind). <see cref="AnomalyEvent.Details"/> are not stored.</remarks>
    /// <param name="channel">The channel every event is on.</param>
    /// <param name="events">The events.</param>
    /// <exception cref="ArgumentException">(When enumerated) an event of another channel.</exception>
    public ILineSource Events(ChannelInfo channel, IEnumerable<AnomalyEvent> events)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var keys = new Dictionary<string, SeriesKey>(StringComparer.Ordinal);
        return LineSources.FromItems(events, (batch, e) =>
        {
            if (e.Channel != channel.Id)
            {
                throw new ArgumentException($"event of channel {e.Channel} given with channel {channel.Id}", nameof(events));
            }

            if (!keys.TryGetValue(e.Detector, out var key))
            {
                key = SeriesKey.Create(Anomaly, ChannelTags(channel.Id, Tag("kind", KindName(channel.Kind)), Tag("detector", e.Detector)));
                keys[e.Detector] = key;
            }

            batch.BeginPoint(key);
            batch.Field(s_score, e.Score);
            batch.Field(s_rawScore, e.RawScore);
            batch.Field(s_end, e.End.ToUnixTimeSeconds());
            batch.Field(s_duration, e.Duration.TotalSeconds);
            batch.Field(s_type, KindName(e.Kind));
            batch.EndPoint(e.Start);
        });
    }

    /// <summary>One detector's scores on one channel as <c>ga_score</c> points, with optional expected, residual and raw score series.</summary>
    /// <remarks>A sample whose fields are all NaN is not written; NaN fields are left out. <c>score</c> is the calibrated
    /// score (0..1) and <c>raw_score</c> the detector's own, when given.</remarks>
    /// <param name="channel">The channel.</param>
    /// <param name="detector">Detector name (the <c>detector</c> tag).</param>
    /// <param name="score">Score per sample.</param>
    /// <param name="expected">The detector's expected value per sample, on the same grid, or null.</param>
    /// <param name="residual">Residual per sample, on the same grid, or null.</param>
    /// <param name="rawScore">The raw (uncalibrated) score per sample, on the same grid, or null (field <c>raw_score</c>).</param>
    /// <exception cref="ArgumentException">Expected, residual or raw score not on the score's grid.</exception>
    public ILineSource Scores(ChannelInfo channel, string detector, Series score, Series? expected = null, Series? residual = null, Series? rawScore = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(score);
        SameGrid(score, expected, nameof(expected));
        SameGrid(score, residual, nameof(residual));
        SameGrid(score, rawScore, nameof(rawScore));
        var key = SeriesKey.Create(Score, ChannelTags(channel.Id, Tag("detector", detector)));
        long start = LineProtocol.ToUnixNanoseconds(score.Start);
        long step = score.Step.Ticks * 100;
        return LineSources.FromItems(Enumerable.Range(0, score.Count), (batch, i) =>
        {
            batch.BeginPoint(key);
            batch.Field(s_score, score[i]);
            if (expected is not null)
            {
                batch.Field(s_expected, expected[i]);
            }

            if (residual is not null)
            {
                batch.Field(s_residual, residual[i]);
            }

            if (rawScore is not null)
            {
                batch.Field(s_rawScore, rawScore[i]);
            }

            batch.EndPoint(start + (i * step));
        });
    }

    /// <summary>A preprocessed series as <c>ga_clean</c> points (field <c>value</c>); NaN samples are skipped.</summary>
    /// <param name="series">The cleaned channel.</param>
    public ILineSource CleanPoints(ChannelSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new GridSource(SeriesKey.Create(Clean, ChannelTags(series.Channel.Id)), s_value, series.Series);
    }

    private static KeyValuePair<string, string?> Tag(string key, string value) => new(key, value);

    private static IEnumerable<KeyValuePair<string, string?>> ChannelTags(ChannelId id, params KeyValuePair<string, string?>[] more) =>
        [new("network", id.Network), new("station", id.Station), new("channel", id.Channel), .. more];

    private static void SameGrid(Series score, Series? other, string name)
    {
        if (other is not null && (other.Start != score.Start || other.Step != score.Step || other.Count != score.Count))
        {
            throw new ArgumentException($"{name} series ({other.Start:O}, step {other.Step}, {other.Count} samples) is not on the score's grid ({score.Start:O}, step {score.Step}, {score.Count} samples)", name);
        }
    }
}
