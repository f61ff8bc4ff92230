using System.ComponentModel;
using System.Text.Json;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>How to read an earthquake catalog from delimited, whitespace or fixed-column text; bindable from JSON.</summary>
/// <remarks>
/// <para>The field layout, time parsing and column references are the station files' (<see cref="DelimitedFormat"/>):
/// the same <c>delimiter</c>, <c>hasHeader</c>, <c>timeColumns</c>/<c>timeFormat</c>/<c>timeZone</c> vocabulary, the same
/// parser.</para>
/// <para>The origin time is given one of two ways. Either <c>timeColumns</c> (one column such as
/// <c>2019-07-06T03:22:35.63</c> or <c>2011-03-11 14:46:18+0900</c>, or several joined with a space and read with a
/// .NET <c>timeFormat</c> such as <c>d M yyyy</c>); or numeric parts <c>year</c>, <c>month</c>, <c>day</c>,
/// <c>hour</c>, <c>minute</c>, <c>second</c> (only <c>year</c> required: a missing month or day is 1, a missing hour,
/// minute or second 0; without a <c>month</c> column the year may be a decimal year, 2005.5 being mid-2005, as in ZMAP
/// (Wiemer 2001); with one, its integer part is the year). Naive times are in <c>timeZone</c>, a fixed offset.</para>
/// <para>Example for pyCSEP's <c>lon,lat,mag,day,month,year,depth</c>: <c>{ "year": "year", "month": "month", "day":
/// "day", "longitude": "lon", "latitude": "lat", "depth": "depth", "magnitude": "mag", "magnitudeTypeValue": "Mw" }</c>.
/// Unknown properties are errors.</para>
/// </remarks>
internal sealed partial record CatalogMapping
{
    /// <summary>The delimiter: a single character, <c>whitespace</c> or <c>fixed</c> (as <see cref="DelimitedFormat.Delimiter"/>). Default <c>,</c>.</summary>
    [Description("Field delimiter: a single character (',', ';', '|', 'tab'), 'whitespace' or 'fixed'. Default ','.")]
    public string Delimiter { get; init; } = DelimitedFormat.Defaults.Delimiter;

    /// <summary>Column widths in characters for <c>delimiter: fixed</c>. Default none.</summary>
    [Description("Column widths for delimiter 'fixed'.")]
    public IReadOnlyList<int> ColumnWidths { get; init; } = [];

    /// <summary>Whether the first row names the columns. Default true.</summary>
    [Description("Whether the first row names the columns. Default true.")]
    public bool HasHeader { get; init; } = DelimitedFormat.Defaults.HasHeader;

    /// <summary>Lines starting with this text are comments. Default <c>#</c>.</summary>
    [Description("Lines starting with this text are comments. Default '#'.")]
    public string? CommentPrefix { get; init; } = DelimitedFormat.Defaults.CommentPrefix;

    /// <summary>Physical lines skipped at the top of the file, before the header. Default 0.</summary>
    [Description("Lines skipped at the top of the file, before the header. Default 0.")]
    public int SkipRows { get; init; }

    /// <summary>The origin-time column(s), joined with one space before parsing; empty when the time is given by <see cref="Year"/> and its parts. Default none.</summary>
    [Description("Origin-time column(s), joined with a space before parsing (or give year/month/day/... instead).")]
    public IReadOnlyList<ColumnRef> TimeColumns { get; init; } = [];

    /// <summary>How <see cref="TimeColumns"/> are written (as <see cref="DelimitedFormat.TimeFormat"/>: <c>iso</c>, <c>epoch-seconds</c>, a .NET format). Default <c>iso</c>.</summary>
    [Description("Time format of timeColumns: iso, epoch-seconds, epoch-milliseconds, *-since, or a .NET format like 'd M yyyy'. Default iso.")]
    public string TimeFormat { get; init; } = DelimitedFormat.Defaults.TimeFormat;

    /// <summary>Origin of <c>*-since</c> time formats, ISO 8601. Default none.</summary>
    [Description("Origin of '*-since' times, ISO 8601.")]
    public string? TimeOrigin { get; init; }

    /// <summary>Zone of times written without an offset: <c>UTC</c>, <c>+09:00</c>, <c>UTC+8</c>, <c>-0330</c>. Default <c>UTC</c>.</summary>
    [Description("Zone of naive times: 'UTC', '+09:00', 'UTC+8'. Default UTC.")]
    public string TimeZone { get; init; } = DelimitedFormat.Defaults.TimeZone;

    /// <summary>The year column (integer, or a decimal year when there is no <see cref="Month"/>). Default none.</summary>
    [Description("Year column (a decimal year when no month column is mapped).")]
    public ColumnRef? Year { get; init; }

    /// <summary>The month column (1-12); without it the month is 1 (or the year is decimal). Default none.</summary>
    [Description("Month column (1-12).")]
    public ColumnRef? Month { get; init; }

    /// <summary>The day-of-month column; without it the day is 1. Default none.</summary>
    [Description("Day-of-month column.")]
    public ColumnRef? Day { get; init; }

    /// <summary>The hour column (0-23); without it 0. Default none.</summary>
    [Description("Hour column (0-23).")]
    public ColumnRef? Hour { get; init; }

    /// <summary>The minute column (0-59); without it 0. Default none.</summary>
    [Description("Minute column (0-59).")]
    public ColumnRef? Minute { get; init; }

    /// <summary>The second column (0 to below 61, fractions allowed); without it 0. Default none.</summary>
    [Description("Second column (fractions allowed).")]
    public ColumnRef? Second { get; init; }

    /// <summary>The latitude column, degrees north. Required.</summary>
    [Description("Latitude column, degrees north.")]
    public ColumnRef Latitude { get; init; }

    /// <summary>The longitude column, degrees east (-180..360; 180..360 is normalised to -180..0). Required.</summary>
    [Description("Longitude column, degrees east.")]
    public ColumnRef Longitude { get; init; }

    /// <summary>The depth column, km; a missing value reads as unknown (NaN). Default none (all depths unknown).</summary>
    [Description("Depth column, km (missing values read as unknown).")]
    public ColumnRef? Depth { get; init; }

    /// <summary>The magnitude column. Required; a missing magnitude is a bad row.</summary>
    [Description("Magnitude column.")]
    public ColumnRef Magnitude { get; init; }

    /// <summary>The magnitude-type column (<c>Mw</c>, <c>ML</c>, …); an empty field falls back to <see cref="MagnitudeTypeValue"/>. Default none.</summary>
    [Description("Magnitude-type column (optional).")]
    public ColumnRef? MagnitudeType { get; init; }

    /// <summary>The magnitude type of every event without a type column or value (<c>Mw</c> for a moment-magnitude catalog). Default none.</summary>
    [Description("Magnitude type of every event without a magnitudeType value, e.g. 'Mw'.")]
    public string? MagnitudeTypeValue { get; init; }

    /// <summary>The event identifier column. Default none.</summary>
    [Description("Event id column (optional).")]
    public ColumnRef? Id { get; init; }

    /// <summary>Field texts meaning "missing" (as <see cref="DelimitedFormat.Missing"/>). Default empty field, <c>NaN</c>, <c>NA</c>.</summary>
    [Description("Missing-value texts (numbers match numerically). Default ['', 'NaN', 'NA'].")]
    public IReadOnlyList<string> Missing { get; init; } = DelimitedFormat.Defaults.Missing;

    /// <summary>Decimal separator of numbers: <c>.</c> or <c>,</c>. Default <c>.</c>.</summary>
    [Description("Decimal separator: '.' or ','. Default '.'.")]
    public string DecimalSeparator { get; init; } = DelimitedFormat.Defaults.DecimalSeparator;

    /// <summary>USGS ComCat CSV (<c>earthquake.usgs.gov/fdsnws/event/1/query?format=csv</c>): header <c>time,latitude,longitude,depth,mag,magType,…,id,…</c>, ISO 8601 UTC times, depth in km.</summary>
    public static CatalogMapping ComCat { get; } = new()
    {
        TimeColumns = [ColumnRef.Named("time")],
        Latitude = ColumnRef.Named("latitude"),
        Longitude = ColumnRef.Named("longitude"),
        Depth = ColumnRef.Named("depth"),
        Magnitude = ColumnRef.Named("mag"),
        MagnitudeType = ColumnRef.Named("magType"),
        Id = ColumnRef.Named("id"),
    };

    /// <summary>ZMAP ASCII (Wiemer 2001): whitespace-separated <c>lon lat year month day mag depth hour minute [second]</c>, no header; the year may be decimal (its integer part is used).</summary>
    /// <param name="withSeconds">Whether the rows have the tenth (second) column.</param>
    public static CatalogMapping Zmap(bool withSeconds) => new()
    {
        Delimiter = "whitespace",
        HasHeader = false,
        Longitude = ColumnRef.At(1),
        Latitude = ColumnRef.At(2),
        Year = ColumnRef.At(3),
        Month = ColumnRef.At(4),
        Day = ColumnRef.At(5),
        Magnitude = ColumnRef.At(6),
        Depth = ColumnRef.At(7),
        Hour = ColumnRef.At(8),
        Minute = ColumnRef.At(9),
        Second = withSeconds ? ColumnRef.At(10) : default(ColumnRef?),
    };

    /// <summary>Binds a mapping from JSON text (camelCase, comments allowed, unknown properties rejected).</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="source">Where the JSON came from, for error messages.</param>
    /// <exception cref="DataException">The JSON is malformed or has an unknown property; names the line and property.</exception>
    public static CatalogMapping FromJson(string json, string source = "mapping")
    {
        try
        {
            return JsonSerializer.Deserialize<CatalogMapping>(json, DelimitedFormat.JsonOptions)
                ?? throw new DataException(source, null, "the mapping is null");
        }
        catch (JsonException e)
        {
            throw new DataException(source, e.LineNumber + 1, $"{e.Path}: {e.Message}", e);
        }
    }
}
