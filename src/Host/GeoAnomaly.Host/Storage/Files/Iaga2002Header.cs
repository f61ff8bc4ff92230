using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>The header of an IAGA-2002 file: the file header records, the comments and the data column names.</summary>
/// <remarks>
/// IAGA-2002 (INTERMAGNET exchange format, revised 2003/2015): twelve mandatory header records and an optional
/// <c>Publication Date</c>, each 70 characters, starting with a space and ending with <c>|</c>, label from column 2 and
/// value from column 25; comment records <c> # …|</c>; one data header record <c>DATE TIME DOY IAGH IAGD …</c>. Real
/// files drop mandatory records, so every field except the columns may be absent (null).
/// </remarks>
internal sealed record Iaga2002Header
{
    /// <summary>The <c>Format</c> record (<c>IAGA-2002</c>).</summary>
    public string? Format { get; init; }

    /// <summary>The institute responsible for the data.</summary>
    public string? SourceOfData { get; init; }

    /// <summary>The full station name.</summary>
    public string? StationName { get; init; }

    /// <summary>The three-letter IAGA code; empty when the record is blank or absent.</summary>
    public string IagaCode { get; init; } = string.Empty;

    /// <summary>Geodetic latitude, degrees north.</summary>
    public double? Latitude { get; init; }

    /// <summary>Geodetic longitude, degrees east, normalised to -180..180 (files write 0..360).</summary>
    public double? Longitude { get; init; }

    /// <summary>Elevation in metres.</summary>
    public double? Elevation { get; init; }

    /// <summary>The reported elements in column order, for example <c>H, E, Z, F</c> or <c>H, E, NUL, NUL</c>.</summary>
    public IReadOnlyList<string> Reported { get; init; } = [];

    /// <summary>The <c>Sensor Orientation</c> record.</summary>
    public string? SensorOrientation { get; init; }

    /// <summary>The <c>Digital Sampling</c> record (sensor rate, not the data interval).</summary>
    public string? DigitalSampling { get; init; }

    /// <summary>The <c>Data Interval Type</c> record, for example <c>filtered 1-minute (00:15-01:45)</c>.</summary>
    public string? DataIntervalType { get; init; }

    /// <summary>The <c>Data Type</c> record: variation, provisional, quasi-definitive, definitive.</summary>
    public string? DataType { get; init; }

    /// <summary>The optional <c>Publication Date</c> record.</summary>
    public string? PublicationDate { get; init; }

    /// <summary>Header records with labels outside the specification, label to value.</summary>
    public IReadOnlyDictionary<string, string> Other { get; init; } = new Dictionary<string, string>();

    /// <summary>The comment records' text, without <c>#</c> and <c>|</c>.</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];

    /// <summary>The value column names of the data header, for example <c>BOUH BOUE BOUZ BOUF</c>.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>The station location, when latitude and longitude are given (elevation NaN when absent).</summary>
    public StationLocation? Location => Latitude is double lat && Longitude is double lon
        ? new StationLocation(lat, lon, Elevation ?? double.NaN).Normalised()
        : null;

    /// <summary>Splits a <c>Reported</c> value into elements: <c>HENULNUL</c> gives <c>H, E, NUL, NUL</c>.</summary>
    /// <param name="reported">The record's value.</param>
    public static IReadOnlyList<string> SplitReported(string reported)
    {
        var elements = new List<string>();
        var s = reported.AsSpan().Trim();
        while (!s.IsEmpty)
        {
            if (s.StartsWith(Iaga2002Reader.UnusedSlot, StringComparison.OrdinalIgnoreCase))
            {
                elements.Add(Iaga2002Reader.UnusedSlot);
                s = s[3..];
            }
            else if (!char.IsWhiteSpace(s[0]))
            {
                elements.Add(char.ToUpperInvariant(s[0]).ToString());
                s = s[1..];
            }
            else
            {
                s = s[1..];
            }
        }

        return elements;
    }
}
