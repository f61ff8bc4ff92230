using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Storage.Files;

/// <summary>The delimited reader on the layouts networks export (synthetic files written by the tests).</summary>
public sealed partial class DelimitedReaderTests
{
    [Theory]
    [InlineData("yyyyMMddHH", "2011031105", "2011031106", 3600)]
    [InlineData("yyyyMMddHHmm", "201103110546", "201103110547", 60)]
    [InlineData("yyyyMMddHHmmss", "20110311054600", "20110311054601", 1)]
    public void Compact_stamps_give_the_instant_and_step_they_spell(string timeFormat, string first, string second, int stepSeconds)
    {
        // Given
        using var folder = new TempFolder();
        var format = new DelimitedFormat { Delimiter = "whitespace", TimeFormat = timeFormat, Channels = [Value("v")] };

        // When
        var series = Read(folder, format, "stamp v", $"{first} 1.5", $"{second} 2.5")[0].Series;

        // Then
        var expected = DateTimeOffset.ParseExact(first, timeFormat, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
        Assert.Equal(expected, series.Start);
        Assert.Equal(TimeSpan.FromSeconds(stepSeconds), series.Step);
        Assert.Equal([1.5, 2.5], series.Values.ToArray());
    }

    [Fact]
    public void Date_and_time_split_over_two_columns_are_joined()
    {
        // Given
        using var folder = new TempFolder();
        var format = new DelimitedFormat { TimeColumns = ["date", "time"], TimeFormat = "yyyy/MM/dd HH:mm:ss", Channels = [Value("v")] };

        // When
        var series = Read(folder, format, "date,time,v", "2020/02/29,23:59:00,1", "2020/03/01,00:00:00,2", "2020/03/01,00:01:00,3")[0].Series;

        // Then
        Assert.Equal(new DateTimeOffset(2020, 2, 29, 23, 59, 0, TimeSpan.Zero), series.Start);
        Assert.Equal(TimeSpan.FromMinutes(1), series.Step);
        Assert.Equal([1.0, 2, 3], series.Values.ToArray());
    }

    [Fact]
    public void Year_month_day_hour_minute_second_columns_without_header_are_joined()
    {
        // Given
        using var folder = new TempFolder();
        var format = new DelimitedFormat
        {
            Delimiter = "whitespace",
            HasHeader = false,
            TimeColumns = [1, 2, 3, 4, 5, 6],
            TimeFormat = "yyyy M d H m s",
            Channels = [new DelimitedChannel { Column = 7, Network = "N", Station = "S", Channel = "T" }],
        };

        // When
        var series = Read(folder, format, "2019 12 31 23 58 0   7.0", "2019 12 31 23 59 0   8.0", "2020  1  1  0  0 0   9.0")[0].Series;

        // Then
        Assert.Equal(new DateTimeOffset(2019, 12, 31, 23, 58, 0, TimeSpan.Zero), series.Start);
        Assert.Equal(3, series.Count);
        Assert.Equal(9.0, series[2]);
    }

    [Theory]
    [InlineData("UTC+9")]
    [InlineData("+09:00")]
    [InlineData("GMT+0900")]
    public void Local_time_stamps_are_moved_to_UTC(string zone)
    {
        // Given: the 2011 Tohoku origin time in Japan Standard Time
        using var folder = new TempFolder();
        var format = new DelimitedFormat { TimeFormat = "yyyy-MM-dd HH:mm", TimeZone = zone, Channels = [Value("v")] };

        // When
        var series = Read(folder, format, "t,v", "2011-03-11 14:46,1", "2011-03-11 14:47,2")[0].Series;

        // Then
        Assert.Equal(new DateTimeOffset(2011, 3, 11, 5, 46, 0, TimeSpan.Zero), series.Start);
    }

    [Fact]
    public void Iso_stamps_with_their_own_offset_ignore_the_configured_zone()
    {
        // Given
        using var folder = new TempFolder();
        var format = new DelimitedFormat { TimeZone = "UTC+8", Channels = [Value("v")] };

        // When
        var series = Read(folder, format, "t,v", "2020-01-01T09:00:00+09:00,1", "2020-01-01T00:01:00Z,2", "2020-01-01 08:02:00,3")[0].Series;

        // Then: all three are one minute apart in UTC
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), series.Start);
        Assert.Equal([1.0, 2, 3], series.Values.ToArray());
    }

    [Theory]
    [InlineData(DelimitedFormat.Formats.EpochSeconds, "1577836800", "1577836860.0")]
    [InlineData(DelimitedFormat.Formats.EpochMilliseconds, "1577836800000", "1577836860000")]
    public void Epoch_stamps_count_from_1970(string timeFormat, string first, string second)
    {
        // Given
        using var folder = new TempFolder();
        var format = new DelimitedFormat { TimeFormat = timeFormat, Channels = [Value("v")] };

        // When
        var series = Read(folder, format, "t,v", $"{first},1", $"{second},2")[0].Series;

        // Then
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), series.Start);
        Assert.Equal(TimeSpan.FromMinutes(1), series.Step);
    }

    [Fact]
    public void Every_configured_sentinel_becomes_a_gap_and_nothing_else_does()
    {
        // Given
        using var folder = new TempFolder();
        string[] sentinels = ["99999", "88888", "-9999", "999999", "", "NaN", "NA"];
        string[] fields = ["99999.00", "88888", "-9999.0", "999999", "", "nan", "NA", "12.5", "99998"];
        var format = new DelimitedFormat { Missing = sentinels, Channels = [Value("v")] };
        string[] rows = [.. fields.Select((f, i) => $"2020-01-01T00:{i:00}:00Z,{f}")];

        // When
        var series = Read(folder, format, ["t,v", .. rows])[0].Series;

        // Then
        Assert.Equal(fields.Length, series.Count);
        Assert.Equal(fields.Length - 2, series.MissingCount());
        Assert.Equal([12.5, 99998], series.Values[^2..].ToArray());
    }

    [Fact]
    public void Comma_decimals_with_semicolon_delimiter_are_read()
    {
        // Given
        using var folder = new TempFolder();
        var format = new DelimitedFormat { Delimiter = ";", DecimalSeparator = ",", Channels = [Value("v"), Value("w")] };

        // When
        var channels = Read(folder, format, "t;v;w", "2020-01-01T00:00:00Z;12,5;-0,25", "2020-01-01T00:01:00Z;1e3;3");

        // Then
        Assert.Equal([12.5, 1000], channels[0].Series.Values.ToArray());
        Assert.Equal([-0.25, 3], channels[1].Series.Values.ToArray());
    }

    [Fact]
    public void Whitespace_runs_and_tabs_separate_fields()
    {
        // Given
        using var folder = new TempFolder();
        var format = new DelimitedFormat { Delimiter = "whitespace", TimeColumns = ["date", "time"], Channels = [Value("v"), Value("w")] };

        // When
        var channels = Read(folder, format, "  date   time \t v   w", "2020-01-01  00:00:00\t 1.0    2.0  ", "2020-01-01 00:01:00 3.0 4.0");

        // Then
        Assert.Equal([1.0, 3], channels[0].Series.Values.ToArray());
        Assert.Equal([2.0, 4], channels[1].Series.Values.ToArray());
    }

    [Fact]
    public void Fixed_width_columns_are_cut_by_position()
    {
        // Given
        using var folder = new TempFolder();
        var format = new DelimitedFormat
        {
            Delimiter = "fixed",
            ColumnWidths = [12, 7, 7],
            HasHeader = false,
            TimeFormat = "yyyyMMddHHmm",
            Channels = [new DelimitedChannel { Column = 2, Network = "N", Station = "S", Channel = "A" }, new DelimitedChannel { Column = 3, Network = "N", Station = "S", Channel = "B" }],
        };

        // When
        var channels = Read(folder, format, "202001010000   1.25-3.5000", "202001010001  12.5   99999");

        // Then
        Assert.Equal([1.25, 12.5], channels[0].Series.Values.ToArray());
        Assert.Equal([-3.5, 99999], channels[1].Series.Values.ToArray());
    }

    [Fact]
    public void Comments_skipped_rows_blank_lines_and_quotes_are_handled()
    {
        // Given
        using var folder = new TempFolder();
        var format = new DelimitedFormat { SkipRows = 2, TimeColumns = ["time stamp"], Channels = [Value("level, m")] };

        // When
        var series = Read(
            folder,
            format,
            "Station export v2",
            "exported 2020-01-02",
            "# a comment",
            "\"time stamp\",\"level, m\"",
            string.Empty,
            "\"2020-01-01 00:00\",\"1.5\"",
            "   # another",
            "2020-01-01 00:01, 2.5 ")[0].Series;

        // Then
        Assert.Equal([1.5, 2.5], series.Values.ToArray());
        Assert.Equal("level, m", format.Channels[0].Column.Name);
    }

    [Fact]
    public void CRLF_file_reads_the_same_as_LF()
    {
        // Given
        using var folder = new TempFolder();
        string[] lines = ["t,v", "2020-01-01T00:00:00Z,1", "2020-01-01T00:01:00Z,", "2020-01-01T00:02:00Z,3"];
        string lf = folder.WriteLines("lf.csv", lines);
        string crlf = folder.WriteLines("crlf.csv", lines, "\r\n");
        var reader = new DelimitedReader(new DelimitedFormat { Channels = [Value("v")] });

        // When
        var a = reader.Read(lf, TestContext.Current.CancellationToken)[0].Series;
        var b = reader.Read(crlf, TestContext.Current.CancellationToken)[0].Series;

        // Then
        Assert.Equal(a.Values.ToArray(), b.Values.ToArray());
        Assert.Equal(a.Start, b.Start);
        Assert.Equal(1, b.MissingCount());
    }

    [Theory]
    [InlineData(3600, "hourly")]
    [InlineData(120, "two-minute")]
    [InlineData(1, "one-second")]
    public void Step_is_inferred_from_the_data_and_missing_rows_become_gaps(int stepSeconds, string because)
    {
        // Given: rows 0, 1, 2, 4, 5 (row 3 absent)
        using var folder = new TempFolder();
        var t0 = new DateTimeOffset(2020, 6, 1, 0, 0, 0, TimeSpan.Zero);
        int[] present = [0, 1, 2, 4, 5];
        string[] rows = [.. present.Select(i => $"{CsvText.Time(t0.AddSeconds(i * stepSeconds))},{i}")];

        // When
        var series = Read(folder, new DelimitedFormat { Channels = [Value("v")] }, ["t,v", .. rows])[0].Series;

        // Then
        Assert.Equal(TimeSpan.FromSeconds(stepSeconds), series.Step);
        Assert.Equal(6, series.Count);
        Assert.True(double.IsNaN(series[3]), because);
        Assert.Equal(5, series[5]);
    }

    [Fact]
    public void Channel_identity_comes_from_the_mapping()
    {
        // Given
        using var folder = new TempFolder();
        var format = new DelimitedFormat
        {
            Channels = [new DelimitedChannel { Column = "wl", Network = "JP", Station = "W01", Kind = ChannelKind.Fluid, Units = "m", Location = new StationLocation(35, 220, 12) }],
        };

        // When
        var info = Read(folder, format, "t,wl", "2020-01-01T00:00:00Z,1", "2020-01-01T00:01:00Z,2")[0].Channel;

        // Then
        Assert.Equal(new ChannelId("JP", "W01", "wl"), info.Id);
        Assert.Equal(ChannelKind.Fluid, info.Kind);
        Assert.Equal("m", info.Units);
        Assert.Equal(-140, info.Location!.Longitude);
    }

    private static DelimitedChannel Value(string column) => new() { Column = column, Network = "N", Station = "S" };

    private static IReadOnlyList<Host.Storage.ChannelSeries> Read(TempFolder folder, DelimitedFormat format, params string[] lines)
    {
        string path = folder.WriteLines($"{Guid.NewGuid():N}.txt", lines);
        return new DelimitedReader(format).Read(path, TestContext.Current.CancellationToken);
    }
}
