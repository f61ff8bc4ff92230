using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class MappedCatalogReaderTests
{
    private static CatalogReadResult Read(CatalogMapping mapping, string text, bool skip = false) =>
        new MappedCatalogReader(mapping, skip).Read(new StringReader(text), "cat.csv", cancellationToken: TestContext.Current.CancellationToken);

    private static readonly CatalogMapping s_isoMapping = new()
    {
        TimeColumns = [ColumnRef.Named("time")],
        Latitude = ColumnRef.Named("lat"),
        Longitude = ColumnRef.Named("lon"),
        Depth = ColumnRef.Named("depth"),
        Magnitude = ColumnRef.Named("mag"),
    };

    [Fact]
    public void An_explicit_offset_wins_over_the_configured_zone()
    {
        // Given: the first stamp says +0900, the second is naive and the zone is UTC+9
        string text = "time,lat,lon,depth,mag\n2011-03-11T14:46:18+0900,38.1,142.9,24,9.1\n2011-03-11T15:15:34,36.1,141.3,43,7.9\n";

        // When
        var events = Read(s_isoMapping with { TimeZone = "UTC+9" }, text).Catalog.Events;

        // Then
        Assert.Equal(new DateTimeOffset(2011, 3, 11, 5, 46, 18, TimeSpan.Zero), events[0].Time);
        Assert.Equal(new DateTimeOffset(2011, 3, 11, 6, 15, 34, TimeSpan.Zero), events[1].Time);
    }

    [Fact]
    public void Date_and_time_split_over_columns_are_joined_and_read_with_the_format()
    {
        // Given
        var mapping = s_isoMapping with { TimeColumns = [ColumnRef.Named("date"), ColumnRef.Named("clock")], TimeFormat = "yyyy/MM/dd HH:mm:ss.ff" };
        string text = "date;clock;lat;lon;depth;mag;type\n2004/12/26;00:58:53.45;3.3;95.98;26;9.1;Mw\n";

        // When
        var e = Assert.Single(Read(mapping with { Delimiter = ";", MagnitudeType = ColumnRef.Named("type") }, text).Catalog.Events);

        // Then
        Assert.Equal(new DateTimeOffset(2004, 12, 26, 0, 58, 53, 450, TimeSpan.Zero), e.Time);
        Assert.Equal("Mw", e.MagnitudeType);
    }

    [Fact]
    public void A_decimal_year_without_a_month_column_is_that_fraction_of_its_year()
    {
        // Given: 2001.5 is half of 365 days after 2001-01-01
        var mapping = new CatalogMapping { Year = 1, Latitude = 2, Longitude = 3, Magnitude = 4, HasHeader = false, Delimiter = "whitespace" };

        // When
        var e = Assert.Single(Read(mapping, "2001.5 10 20 5\n").Catalog.Events);

        // Then
        Assert.Equal(new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(182.5), e.Time);
    }

    [Fact]
    public void Split_parts_in_a_configured_zone_are_moved_to_UTC()
    {
        // Given: a local-time export at UTC+8, date and clock in six columns
        var mapping = new CatalogMapping
        {
            Delimiter = "whitespace", HasHeader = false, TimeZone = "UTC+8",
            Year = 1, Month = 2, Day = 3, Hour = 4, Minute = 5, Second = 6, Latitude = 7, Longitude = 8, Magnitude = 9,
        };

        // When
        var e = Assert.Single(Read(mapping, "2008 5 12 14 28 1.5 31.0 103.4 7.9\n").Catalog.Events);

        // Then
        Assert.Equal(new DateTimeOffset(2008, 5, 12, 6, 28, 1, 500, TimeSpan.Zero), e.Time);
    }

    [Fact]
    public void A_ZMAP_row_with_seconds_and_a_longitude_past_180_is_read_and_normalised()
    {
        // Given
        string text = "  200.5  46.29 1990.80 10 19 2.1 3.0 19 4 30.25\n";

        // When
        var e = Assert.Single(Read(CatalogMapping.Zmap(withSeconds: true), text).Catalog.Events);

        // Then
        Assert.Equal(new DateTimeOffset(1990, 10, 19, 19, 4, 30, 250, TimeSpan.Zero), e.Time);
        Assert.Equal(-159.5, e.Longitude);
        Assert.Equal(3.0, e.DepthKm);
    }

    [Fact]
    public void A_malformed_ComCat_magnitude_names_file_line_and_column()
    {
        // Given
        string text = string.Join('\n', CatalogTexts.ComCatHeader,
            CatalogTexts.ComCatRow("2019-07-06T03:19:53.040Z", "35.77", "-117.6", "8", "7.1", "mw", "ci1"),
            CatalogTexts.ComCatRow("2019-07-06T03:20:53.040Z", "35.77", "-117.6", "8", "7.x", "mw", "ci2"));

        // When
        var error = Assert.Throws<DataException>(() => Read(CatalogMapping.ComCat, text));

        // Then
        Assert.Equal(3L, error.Line);
        Assert.Equal("cat.csv:3: column 'mag' (#5): '7.x' is not a number", error.Message);
    }

    [Fact]
    public void A_malformed_ZMAP_month_names_file_line_and_column()
    {
        // Given
        string text = "7.28 46.29 1990 10 19 1.0 3.0 19 4\n7.28 46.29 1990 13 19 1.0 3.0 19 4\n";

        // When
        var error = Assert.Throws<DataException>(() => Read(CatalogMapping.Zmap(false), text));

        // Then
        Assert.Equal("cat.csv:2: column #4: month 13 is not a whole number in 1..12", error.Message);
    }

    [Fact]
    public void A_short_ZMAP_row_names_the_missing_column()
    {
        // Given
        string text = "7.28 46.29 1990 10 19 1.0 3.0 19\n";

        // When
        var error = Assert.Throws<DataException>(() => Read(CatalogMapping.Zmap(false), text));

        // Then
        Assert.StartsWith("cat.csv:1: column #9:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_mapped_time_names_the_time_column()
    {
        // Given
        string text = "time,lat,lon,depth,mag\n2011-03-11T14:46:18Z,38.1,142.9,24,9.1\n2011-03-32T00:00:00Z,38.1,142.9,24,7.0\n";

        // When
        var error = Assert.Throws<DataException>(() => Read(s_isoMapping, text));

        // Then
        Assert.Equal("cat.csv:3: column 'time' (#1): '2011-03-32T00:00:00Z' is not an ISO 8601 time", error.Message);
    }

    [Fact]
    public void Bad_rows_are_skipped_and_counted_when_asked_and_good_rows_kept()
    {
        // Given: a latitude out of range, a missing magnitude, a wrong field count
        string text = "time,lat,lon,depth,mag\n2011-03-11T14:46:18Z,38.1,142.9,24,9.1\n2011-03-11T14:47:18Z,98.1,142.9,24,6\n2011-03-11T14:48:18Z,38.1,142.9,24,\n2011-03-11T14:49:18Z,38.1,142.9\n2011-03-11T14:50:18Z,38.1,142.9,,6.5\n";

        // When
        var result = Read(s_isoMapping, text, skip: true);

        // Then
        Assert.Equal(2, result.Catalog.Count);
        Assert.True(double.IsNaN(result.Catalog.Events[1].DepthKm));
        Assert.Equal(3, result.SkippedCount);
        Assert.Equal("cat.csv:3: column 'lat' (#2): latitude 98.1 is outside -90..90", result.Skipped[0]);
        Assert.Equal("cat.csv:4: column 'mag' (#5): the magnitude is missing", result.Skipped[1]);
        Assert.StartsWith("cat.csv:5: column #4: 3 fields, expected 5", result.Skipped[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapped_column_missing_from_the_header_names_the_option_and_the_columns()
    {
        // When
        var error = Assert.Throws<DataException>(() => Read(s_isoMapping with { Magnitude = ColumnRef.Named("M") }, "time,lat,lon,depth,mag\n"));

        // Then
        Assert.Equal("cat.csv:1: magnitude: no column named 'M'; the columns are: time, lat, lon, depth, mag", error.Message);
    }

    [Fact]
    public void Validation_names_every_bad_option()
    {
        // Given: no time, no magnitude, a part without a year, a bad zone
        var mapping = new CatalogMapping { Latitude = "lat", Longitude = "lon", Hour = "h", TimeZone = "Mars" };

        // When
        var options = mapping.Validate().Select(e => e.Option).ToList();

        // Then
        Assert.Contains("timeColumns", options);
        Assert.Contains("magnitude", options);
        Assert.Contains("hour", options);
        Assert.Contains("timeZone", options);
    }

    [Fact]
    public void Unknown_mapping_properties_are_errors_naming_the_property()
    {
        // When
        var error = Assert.Throws<DataException>(() => CatalogMapping.FromJson("{ \"latitude\": \"lat\",\n \"magnitud\": \"mag\" }", "m.json"));

        // Then
        Assert.Contains("magnitud", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("m.json:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_mapping_is_refused_before_reading()
    {
        // When / Then
        Assert.Throws<OptionsException>(() => new MappedCatalogReader(new CatalogMapping()));
    }
}
