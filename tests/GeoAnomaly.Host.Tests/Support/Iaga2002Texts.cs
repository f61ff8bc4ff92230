namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Builds small IAGA-2002 texts for tests (header records per the 2003/2015 specification).</summary>
internal static class Iaga2002Texts
{
    /// <summary>Header records, one comment and the data header for station <paramref name="code"/>.</summary>
    public static IEnumerable<string> Header(string code, string reported, string[]? elements = null)
    {
        static string Record(string label, string value) => $" {label,-22} {value,-44}|";
        elements ??= [.. reported.Select(c => c.ToString())];
        yield return Record("Format", "IAGA-2002");
        yield return Record("Source of Data", "Test");
        yield return Record("Station Name", "Test station");
        yield return Record("IAGA CODE", code);
        yield return Record("Geodetic Latitude", "35.000");
        yield return Record("Geodetic Longitude", "350.500");
        yield return Record("Elevation", "10");
        yield return Record("Reported", reported);
        yield return Record("Sensor Orientation", "HDZF");
        yield return Record("Digital Sampling", "1 second");
        yield return Record("Data Interval Type", "1-minute");
        yield return Record("Data Type", "variation");
        yield return " # written by a test                                                 |";
        yield return "DATE       TIME         DOY     " + string.Concat(elements.Select(e => $"{code + e,-10}")) + "|";
    }

    /// <summary>A minute file starting 2020-03-01T00:00Z, one row per entry of <paramref name="values"/> (four values each).</summary>
    public static IEnumerable<string> Minute(string code, string reported, IEnumerable<string> values) =>
        Header(code, reported).Concat(values.Select((v, i) => $"2020-03-01 00:{i:00}:00.000 061     {v}"));
}
