using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>A length given either as a number of samples or as a duration (turned into samples with the channel's step).</summary>
/// <remarks>
/// <para>In configuration a number is samples (<c>5</c>) and a string is a duration: <c>90s</c>, <c>5min</c> (or
/// <c>5m</c>), <c>2h</c>, <c>1d</c>, or a .NET time span such as <c>00:05:00</c>.</para>
/// <para>A duration <c>T</c> becomes <c>ceil(T / step)</c> samples, which makes both uses exact: "a gap of g samples is
/// shorter than T" (<c>g × step &lt; T</c>) and "an event of L samples lasts at least T" (<c>L × step ≥ T</c>).</para>
/// </remarks>
[JsonConverter(typeof(SampleSpanJsonConverter))]
internal readonly record struct SampleSpan
{
    private SampleSpan(int? samples, TimeSpan? time)
    {
        Samples = samples;
        Time = time;
    }

    /// <summary>The length in samples, when given so.</summary>
    public int? Samples { get; }

    /// <summary>The length as a duration, when given so.</summary>
    public TimeSpan? Time { get; }

    /// <summary>A length of <paramref name="samples"/> samples.</summary>
    /// <param name="samples">Number of samples.</param>
    public static SampleSpan OfSamples(int samples) => new(samples, null);

    /// <summary>A length of <paramref name="time"/>.</summary>
    /// <param name="time">The duration.</param>
    public static SampleSpan OfTime(TimeSpan time) => new(null, time);

    /// <summary>Whether the span is negative (in samples or time).</summary>
    public bool IsNegative => Samples < 0 || Time < TimeSpan.Zero;

    /// <summary>The length in samples of a series sampled every <paramref name="step"/>.</summary>
    /// <param name="step">The sampling interval, positive.</param>
    public int ToSamples(TimeSpan step)
    {
        if (Samples is { } samples)
        {
            return samples;
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);
        long ticks = Time.GetValueOrDefault().Ticks;
        long count = (ticks + step.Ticks - 1) / step.Ticks;
        return (int)Math.Clamp(count, int.MinValue, int.MaxValue);
    }

    /// <summary>Parses a duration: <c>90s</c>, <c>5min</c>, <c>5m</c>, <c>2h</c>, <c>1d</c>, or <c>hh:mm:ss</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="span">The span.</param>
    public static bool TryParseTime(string text, out SampleSpan span)
    {
        span = default;
        string t = text.Trim();
        (string Suffix, double Seconds)[] units = [("min", 60), ("s", 1), ("m", 60), ("h", 3600), ("d", 86400)];
        foreach (var (suffix, seconds) in units)
        {
            if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(t[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                && double.IsFinite(value))
            {
                span = OfTime(TimeSpan.FromSeconds(value * seconds));
                return true;
            }
        }

        if (TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out var time))
        {
            span = OfTime(time);
            return true;
        }

        return false;
    }

    /// <summary>Returns <c>5 samples</c> or the duration (<c>00:05:00</c>).</summary>
    public override string ToString() =>
        Samples is { } samples ? $"{samples} samples" : Time.GetValueOrDefault().ToString("c", CultureInfo.InvariantCulture);
}

/// <summary>Reads a <see cref="SampleSpan"/> from a JSON number (samples) or string (duration), and writes it back.</summary>
internal sealed class SampleSpanJsonConverter : JsonConverter<SampleSpan>
{
    /// <inheritdoc />
    public override SampleSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt32(out int samples)
                ? SampleSpan.OfSamples(samples)
                : throw new JsonException("expected a whole number of samples or a duration such as \"5min\"");
        }

        if (reader.TokenType == JsonTokenType.String && SampleSpan.TryParseTime(reader.GetString() ?? "", out var span))
        {
            return span;
        }

        throw new JsonException("expected a number of samples (5) or a duration (\"90s\", \"5min\", \"2h\", \"1d\", \"00:05:00\")");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SampleSpan value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Samples is { } samples)
        {
            writer.WriteNumberValue(samples);
        }
        else
        {
            writer.WriteStringValue(value.Time.GetValueOrDefault().ToString("c", CultureInfo.InvariantCulture));
        }
    }
}
