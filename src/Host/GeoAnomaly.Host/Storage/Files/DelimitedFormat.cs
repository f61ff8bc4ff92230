using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>How to read a network's delimited, whitespace or fixed-column text export; bindable from JSON.</summary>
/// <remarks>
/// Example (JSON, camelCase): <c>{ "delimiter": "whitespace", "timeColumns": ["date", "time"], "timeFormat":
/// "yyyy/MM/dd HH:mm:ss", "timeZone": "UTC+9", "missing": ["99999", ""], "channels": [ { "column": "wl", "network":
/// "JP", "station": "W01", "kind": "fluid", "units": "m" } ] }</c>. Unknown properties are errors.
/// </remarks>
internal sealed partial record DelimitedFormat
{
    /// <summary>The delimiter: a single character (<c>,</c> <c>;</c> <c>|</c>, <c>\t</c> or <c>tab</c>), <c>whitespace</c> (runs of spaces/tabs) or <c>fixed</c> (see <see cref="ColumnWidths"/>). Default <c>,</c>.</summary>
    [Description("Field delimiter: a single character (',', ';', '|', 'tab'), 'whitespace' or 'fixed'. Default ','.")]
    public string Delimiter { get; init; } = Defaults.Delimiter;

    /// <summary>Column widths in characters for <c>delimiter: fixed</c>; the last column also takes the rest of the line. Default none.</summary>
    [Description("Column widths for delimiter 'fixed'; the last column takes the rest of the line.")]
    public IReadOnlyList<int> ColumnWidths { get; init; } = [];

    /// <summary>Whether the first row (after <see cref="SkipRows"/>, comments and blank lines) names the columns. Default true.</summary>
    [Description("Whether the first row names the columns. Default true.")]
    public bool HasHeader { get; init; } = Defaults.HasHeader;

    /// <summary>Lines starting with this text (after leading white space) are skipped; null or empty for none. Default <c>#</c>.</summary>
    [Description("Lines starting with this text are comments. Default '#'.")]
    public string? CommentPrefix { get; init; } = Defaults.CommentPrefix;

    /// <summary>Physical lines skipped at the top of the file, before the header. Default 0.</summary>
    [Description("Lines skipped at the top of the file, before the header. Default 0.")]
    public int SkipRows { get; init; }

    /// <summary>The time column, or several (date + time, or year, month, day, hour, minute, second) joined with one space before parsing. Default column 1.</summary>
    [Description("Time column(s); several are joined with a space before parsing. Default [1].")]
    public IReadOnlyList<ColumnRef> TimeColumns { get; init; } = [ColumnRef.At(1)];

    /// <summary>
    /// How times are written: <c>iso</c> (ISO 8601, with <c>Z</c>/offset or naive), <c>epoch-seconds</c>,
    /// <c>epoch-milliseconds</c>, <c>seconds-since</c> / <c>minutes-since</c> / <c>hours-since</c> / <c>days-since</c>
    /// (with <see cref="TimeOrigin"/>), or a .NET custom format such as <c>yyyy/MM/dd HH:mm:ss</c>, <c>yyyyMMddHHmm</c>,
    /// <c>yyyy M d H m s</c>. Default <c>iso</c>.
    /// </summary>
    [Description("Time format: iso, epoch-seconds, epoch-milliseconds, seconds-/minutes-/hours-/days-since, or a .NET format like 'yyyyMMddHHmm'. Default iso.")]
    public string TimeFormat { get; init; } = Defaults.TimeFormat;

    /// <summary>The origin of <c>*-since</c> times, ISO 8601 (naive origins are in <see cref="TimeZone"/>). Default none.</summary>
    [Description("Origin of '*-since' times, ISO 8601.")]
    public string? TimeOrigin { get; init; }

    /// <summary>The zone of stamps written without an offset: <c>UTC</c>, <c>+09:00</c>, <c>UTC+8</c>, <c>-0330</c>. Default <c>UTC</c>.</summary>
    [Description("Zone of naive stamps: 'UTC', '+09:00', 'UTC+8'. Default UTC.")]
    public string TimeZone { get; init; } = Defaults.TimeZone;

    /// <summary>The value columns and their channels. Required (at least one).</summary>
    [Description("Value columns and the channel each feeds.")]
    public IReadOnlyList<DelimitedChannel> Channels { get; init; } = [];

    /// <summary>Field texts meaning "missing": numbers match numerically (<c>99999</c> matches <c>99999.00</c>), other texts case-insensitively. Default empty field, <c>NaN</c>, <c>NA</c>.</summary>
    [Description("Missing-value sentinels (numbers match numerically). Default ['', 'NaN', 'NA'].")]
    public IReadOnlyList<string> Missing { get; init; } = Defaults.Missing;

    /// <summary>Decimal separator of numbers: <c>.</c> or <c>,</c>. Default <c>.</c>.</summary>
    [Description("Decimal separator: '.' or ','. Default '.'.")]
    public string DecimalSeparator { get; init; } = Defaults.DecimalSeparator;

    /// <summary>The sampling step (JSON <c>"00:01:00"</c>); null to infer the most common difference. Default null.</summary>
    [Description("Sampling step, e.g. '00:01:00'; inferred from the data when absent.")]
    public TimeSpan? Step { get; init; }

    /// <summary>Sort rows by time, dropping exact duplicates (a conflicting duplicate stays an error); otherwise unordered or duplicate rows are errors. Default false.</summary>
    [Description("Sort rows by time and drop exact duplicates. Default false (disorder is an error).")]
    public bool Sort { get; init; }

    /// <summary>The JSON settings for binding formats: camelCase names, enum names as text, unknown properties rejected.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Binds a format from JSON text.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="source">Where the JSON came from, for error messages.</param>
    /// <exception cref="DataException">The JSON is malformed or has an unknown property; names the line and property.</exception>
    public static DelimitedFormat FromJson(string json, string source = "format")
    {
        try
        {
            return JsonSerializer.Deserialize<DelimitedFormat>(json, JsonOptions)
                ?? throw new DataException(source, null, "the format is null");
        }
        catch (JsonException e)
        {
            throw new DataException(source, e.LineNumber + 1, $"{e.Path}: {e.Message}", e);
        }
    }

    /// <summary>Default values, shared by the record and its documentation.</summary>
    public static class Defaults
    {
        /// <summary>Comma-separated.</summary>
        public const string Delimiter = ",";

        /// <summary>The first row names the columns.</summary>
        public const bool HasHeader = true;

        /// <summary>Comments start with <c>#</c>.</summary>
        public const string CommentPrefix = "#";

        /// <summary>ISO 8601 times.</summary>
        public const string TimeFormat = Formats.Iso;

        /// <summary>Naive stamps are UTC.</summary>
        public const string TimeZone = "UTC";

        /// <summary>A dot.</summary>
        public const string DecimalSeparator = ".";

        /// <summary>Empty field, <c>NaN</c> and <c>NA</c>.</summary>
        public static IReadOnlyList<string> Missing { get; } = [string.Empty, "NaN", "NA"];
    }

    /// <summary>The named time formats (anything else is a .NET custom date and time format).</summary>
    public static class Formats
    {
        /// <summary>ISO 8601: <c>2016-08-25T00:00:00Z</c>, <c>2016-08-25 09:00:00+09:00</c>, <c>2016-08-25 00:00</c>.</summary>
        public const string Iso = "iso";

        /// <summary>Seconds since 1970-01-01T00:00Z (fractions allowed).</summary>
        public const string EpochSeconds = "epoch-seconds";

        /// <summary>Milliseconds since 1970-01-01T00:00Z.</summary>
        public const string EpochMilliseconds = "epoch-milliseconds";

        /// <summary>Seconds since <see cref="TimeOrigin"/>.</summary>
        public const string SecondsSince = "seconds-since";

        /// <summary>Minutes since <see cref="TimeOrigin"/>.</summary>
        public const string MinutesSince = "minutes-since";

        /// <summary>Hours since <see cref="TimeOrigin"/>.</summary>
        public const string HoursSince = "hours-since";

        /// <summary>Days since <see cref="TimeOrigin"/>.</summary>
        public const string DaysSince = "days-since";
    }
}
