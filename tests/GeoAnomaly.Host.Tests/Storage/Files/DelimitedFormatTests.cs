using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Storage.Files;

public sealed class DelimitedFormatTests
{
    [Fact]
    public void Json_binds_every_option_with_columns_by_name_or_number()
    {
        // Given
        const string Json = """
            {
              "delimiter": "whitespace",
              "hasHeader": true,
              "commentPrefix": "%",
              "skipRows": 2,
              "timeColumns": ["date", 2],
              "timeFormat": "yyyy/MM/dd HH:mm:ss",
              "timeZone": "UTC+8",
              "missing": ["99999", "-9999", ""],
              "decimalSeparator": ",",
              "step": "00:02:00",
              "sort": true,
              "channels": [
                { "column": "wl", "network": "CN", "station": "W1", "kind": "fluid", "units": "m",
                  "location": { "latitude": 31.5, "longitude": 104.2, "elevationMetres": 550 } },
                { "column": 4, "network": "CN", "station": "W1", "channel": "T", "kind": "other" }
              ]
            }
            """;

        // When
        var format = DelimitedFormat.FromJson(Json);

        // Then
        Assert.Empty(format.Validate());
        Assert.Equal("whitespace", format.Delimiter);
        Assert.Equal("%", format.CommentPrefix);
        Assert.Equal(2, format.SkipRows);
        Assert.Equal([ColumnRef.Named("date"), ColumnRef.At(2)], format.TimeColumns);
        Assert.Equal(TimeSpan.FromHours(8), format.ZoneOffset);
        Assert.Equal(["99999", "-9999", ""], format.Missing);
        Assert.Equal(TimeSpan.FromMinutes(2), format.Step);
        Assert.True(format.Sort);
        Assert.Equal(ChannelKind.Fluid, format.Channels[0].Kind);
        Assert.Equal(new StationLocation(31.5, 104.2, 550), format.Channels[0].Location);
        Assert.Equal(ColumnRef.At(4), format.Channels[1].Column);
    }

    [Fact]
    public void Json_with_an_unknown_option_is_an_error_naming_it()
    {
        // Given
        const string Json = """
            {
              "delimiter": ",",
              "timezone2": "UTC"
            }
            """;

        // When
        var error = Assert.Throws<DataException>(() => DelimitedFormat.FromJson(Json, "station.json"));

        // Then
        Assert.Equal("station.json", error.Source);
        Assert.Equal(3, error.Line);
        Assert.Contains("timezone2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_every_problem_naming_its_option()
    {
        // Given
        var format = new DelimitedFormat
        {
            Delimiter = "fixed",
            HasHeader = false,
            SkipRows = -1,
            TimeColumns = ["date"],
            TimeFormat = "yyyy-MM-dd hh:mm",
            TimeOrigin = "2000-01-01",
            TimeZone = "UTC+15",
            DecimalSeparator = ";",
            Step = TimeSpan.Zero,
            Channels =
            [
                new DelimitedChannel { Column = 0, Network = "N", Station = "S", Channel = "A" },
                new DelimitedChannel { Column = 2, Network = "N", Station = " " },
                new DelimitedChannel { Column = 3, Network = "N", Station = "S", Channel = "A" },
            ],
        };

        // When
        var options = format.Validate().Select(e => e.Option).ToList();

        // Then
        Assert.Equal(
            [
                "columnWidths", "skipRows", "timeColumns[0]", "timeFormat", "timeOrigin", "timeZone", "decimalSeparator", "step",
                "channels[0].column", "channels[1].station", "channels[1].channel", "channels[2]",
            ],
            options);
    }

    [Theory]
    [InlineData("hours-since", null, "timeOrigin")]
    [InlineData("weeks-since", "2000-01-01", "timeFormat")]
    [InlineData("HH:mm", null, "timeFormat")]
    [InlineData("yyyy-MM-dd %", null, "timeFormat")]
    [InlineData("iso", "2000-01-01", "timeOrigin")]
    public void Time_options_that_cannot_work_are_reported(string timeFormat, string? origin, string option)
    {
        // Given
        var format = new DelimitedFormat
        {
            TimeFormat = timeFormat,
            TimeOrigin = origin,
            Channels = [new DelimitedChannel { Column = "v", Network = "N", Station = "S" }],
        };

        // When
        var errors = format.Validate();

        // Then
        Assert.Equal([option], errors.Select(e => e.Option));
    }

    [Fact]
    public void Comma_cannot_be_delimiter_and_decimal_separator()
    {
        // Given
        var format = new DelimitedFormat { DecimalSeparator = ",", Channels = [new DelimitedChannel { Column = "v", Network = "N", Station = "S" }] };

        // When
        var errors = format.Validate();

        // Then
        var error = Assert.Single(errors);
        Assert.Equal("decimalSeparator", error.Option);
        Assert.Contains("';'", error.Message, StringComparison.Ordinal);
    }
}
