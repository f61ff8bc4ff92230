using System.Globalization;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>Reads an earthquake catalog from delimited, whitespace or fixed-column text as a <see cref="CatalogMapping"/> describes (ComCat CSV, ZMAP, pyCSEP CSVs, analysts' exports).</summary>
/// <remarks>
/// Rows are streamed through the station files' <see cref="TextRecordReader"/> (RFC 4180 quoting, comments, blank
/// lines) and <see cref="DelimitedTimeParser"/>. A bad row (wrong field count, a field that is not a number or a time,
/// a latitude outside -90..90, a longitude outside -180..360, a missing magnitude, an impossible date) is a
/// <see cref="DataException"/> naming file, line and column, or with skipping on, skipped and counted. A missing
/// depth reads as unknown (NaN). Longitudes 180..360 are normalised to -180..0.
/// </remarks>
internal sealed class MappedCatalogReader
{
    private readonly CatalogMapping _mapping;
    private readonly bool _skipBadRows;
    private readonly FieldLayout _layout;
    private readonly char _delimiter;
    private readonly DelimitedTimeParser _time;
    private readonly MissingValues _missing;
    private readonly NumberFormatInfo _numbers;
    private readonly TimeSpan _zone;

    /// <summary>Creates a reader for <paramref name="mapping"/>.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="skipBadRows">Skip and count malformed rows instead of throwing.</param>
    /// <exception cref="Sdk.OptionsException">The mapping is invalid; carries every problem.</exception>
    public MappedCatalogReader(CatalogMapping mapping, bool skipBadRows = false)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        mapping.ThrowIfInvalid();
        _mapping = mapping;
        _skipBadRows = skipBadRows;
        var text = mapping.TextFormat();
        text.TryLayout(out _layout, out _delimiter, out _);
        _time = DelimitedTimeParser.Create(text);
        _missing = new MissingValues(mapping.Missing, text.Numbers);
        _numbers = text.Numbers;
        _zone = text.ZoneOffset;
    }

    /// <summary>Reads the catalog file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format name recorded in the result.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="DataException">The file does not match the mapping; names line and column.</exception>
    public CatalogReadResult Read(string path, CatalogFormat format = CatalogFormat.Mapped, CancellationToken cancellationToken = default)
    {
        using var reader = StationFiles.OpenText(path);
        return Read(reader, path, format, cancellationToken);
    }

    /// <summary>Reads a catalog from a text.</summary>
    /// <param name="reader">The text at its first line.</param>
    /// <param name="source">The name used in messages and as the catalog's source.</param>
    /// <param name="format">The format name recorded in the result.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="DataException">The text does not match the mapping; names line and column.</exception>
    public CatalogReadResult Read(TextReader reader, string source, CatalogFormat format = CatalogFormat.Mapped, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new TextRecordReader(reader, source, _layout, _delimiter, _mapping.ColumnWidths, _mapping.CommentPrefix);
        for (int i = 0; i < _mapping.SkipRows; i++)
        {
            if (records.ReadLine() is null)
            {
                throw new DataException(source, null, $"file has only {i} lines, fewer than skipRows ({_mapping.SkipRows})");
            }
        }

        var columns = CatalogColumns.Resolve(_mapping, records, source);
        var bad = new BadRows(_skipBadRows);
        var events = new List<Earthquake>();
        char[] joined = new char[64];
        while (records.ReadRecord())
        {
            if ((events.Count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            try
            {
                events.Add(ReadRow(records, columns, ref joined, source));
            }
            catch (DataException e)
            {
                bad.Handle(e);
            }
        }

        if (events.Count == 0 && bad.Count == 0)
        {
            throw new DataException(source, columns.HeaderLine, records.LineNumber == 0 ? "file is empty" : "no data rows");
        }

        return new CatalogReadResult(new EarthquakeCatalog(source, events), format, bad.Count, bad.Details);
    }

    private Earthquake ReadRow(TextRecordReader records, CatalogColumns columns, ref char[] joined, string source)
    {
        long line = records.RecordLine;
        columns.CheckCount(records.FieldCount, records.FieldCount > 0 && records.Field(records.FieldCount - 1).IsEmpty, source, line);
        var time = columns.Time.Length > 0 ? ParseTime(records, columns, ref joined, source, line) : ParseParts(records, columns, source, line);
        double latitude = Required(records, columns, columns.Latitude, "latitude", source, line);
        double longitude = Required(records, columns, columns.Longitude, "longitude", source, line);
        double magnitude = Required(records, columns, columns.Magnitude, "magnitude", source, line);
        double depth = columns.Depth < 0 ? double.NaN : Number(records, columns, columns.Depth, source, line);
        if (latitude is < -90 or > 90)
        {
            throw Bad(source, line, columns, columns.Latitude, $"latitude {Show(latitude)} is outside -90..90");
        }

        if (longitude is < -180 or > 360)
        {
            throw Bad(source, line, columns, columns.Longitude, $"longitude {Show(longitude)} is outside -180..360");
        }

        string? type = Text(records, columns.MagnitudeType) ?? _mapping.MagnitudeTypeValue;
        return new Earthquake(time, latitude, longitude > 180 ? longitude - 360 : longitude, depth, magnitude)
        {
            MagnitudeType = type,
            Id = Text(records, columns.Id),
        };
    }

    private DateTimeOffset ParseTime(TextRecordReader records, CatalogColumns columns, ref char[] joined, string source, long line)
    {
        var text = records.Fields(columns.Time, ref joined);

        if (!_time.TryParse(text, out var time))
        {
            throw new DataException(source, line, $"column {columns.DescribeTime()}: '{text}' is not {_time.Expected}");
        }

        return time;
    }

    private DateTimeOffset ParseParts(TextRecordReader records, CatalogColumns columns, string source, long line)
    {
        Span<double> parts = stackalloc double[CatalogTimeParts.Count];
        for (int k = 0; k < parts.Length; k++)
        {
            int index = columns.Parts[k];
            parts[k] = index < 0 ? double.NaN : Required(records, columns, index, CatalogTimeParts.Names[k], source, line);
        }

        if (!CatalogTimeParts.TryBuild(parts, _zone, out var time, out int wrong, out string? problem))
        {
            throw Bad(source, line, columns, columns.Parts[wrong], problem!);
        }

        return time;
    }

    private double Required(TextRecordReader records, CatalogColumns columns, int index, string what, string source, long line)
    {
        double value = Number(records, columns, index, source, line);
        return double.IsNaN(value) ? throw Bad(source, line, columns, index, $"the {what} is missing") : value;
    }

    private double Number(TextRecordReader records, CatalogColumns columns, int index, string source, long line)
    {
        var field = records.Field(index);
        return _missing.TryRead(field, out double value)
            ? value
            : throw Bad(source, line, columns, index, $"'{field}' is not a number");
    }

    private static string? Text(TextRecordReader records, int index)
    {
        if (index < 0)
        {
            return null;
        }

        var field = records.Field(index);
        return field.IsWhiteSpace() ? null : field.ToString();
    }

    private static DataException Bad(string source, long line, CatalogColumns columns, int index, string reason) =>
        new(source, line, $"column {columns.Describe(index)}: {reason}");

    private string Show(double value) => value.ToString("R", _numbers);
}
