using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Storage.Files;

/// <summary>Every bad input is an error naming file, line and column; nothing is dropped silently.</summary>
public sealed partial class DelimitedReaderTests
{
    private static readonly string[] s_unordered = ["t,v", "2020-01-01T00:00:00Z,1", "2020-01-01T00:02:00Z,3", "2020-01-01T00:01:00Z,2", "2020-01-01T00:03:00Z,4"];

    [Fact]
    public void Unordered_rows_are_an_error_naming_the_line()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("u.csv", s_unordered);

        // When
        var error = ReadError(path, new DelimitedFormat { Channels = [Value("v")] });

        // Then
        Assert.Equal(path, error.Source);
        Assert.Equal(4, error.Line);
        Assert.Contains("column 't' (#1)", error.Message, StringComparison.Ordinal);
        Assert.Contains("earlier than line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("sort", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unordered_rows_are_sorted_when_asked()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("u.csv", s_unordered);

        // When
        var series = new DelimitedReader(new DelimitedFormat { Sort = true, Channels = [Value("v")] }).Read(path, TestContext.Current.CancellationToken)[0].Series;

        // Then
        Assert.Equal([1.0, 2, 3, 4], series.Values.ToArray());
    }

    [Fact]
    public void Duplicate_row_is_an_error_unless_sorting_drops_it()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("d.csv", ["t,v,w", "2020-01-01T00:00:00Z,1,", "2020-01-01T00:01:00Z,2,", "2020-01-01T00:01:00Z,2,", "2020-01-01T00:02:00Z,3,"]);

        // When
        var error = ReadError(path, new DelimitedFormat { Channels = [Value("v"), Value("w")] });
        var sorted = new DelimitedReader(new DelimitedFormat { Sort = true, Channels = [Value("v"), Value("w")] }).Read(path, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(4, error.Line);
        Assert.Contains("repeats the time of line 3", error.Message, StringComparison.Ordinal);
        Assert.Equal([1.0, 2, 3], sorted[0].Series.Values.ToArray());
        Assert.Equal(3, sorted[1].Series.MissingCount());
    }

    [Fact]
    public void Conflicting_duplicate_is_an_error_naming_both_lines_and_the_column_even_when_sorting()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("c.csv", ["t,v,w", "2020-01-01T00:01:00Z,2,5", "2020-01-01T00:00:00Z,1,5", "2020-01-01T00:01:00Z,2,6"]);

        // When
        var error = ReadError(path, new DelimitedFormat { Sort = true, Channels = [Value("v"), Value("w")] });

        // Then
        Assert.Equal(4, error.Line);
        Assert.Contains("column 'w' (#3)", error.Message, StringComparison.Ordinal);
        Assert.Contains("lines 2 and 4", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-01-01T00:01:00Z,2.5.1", "column 'v' (#2): '2.5.1' is not a number")]
    [InlineData("2020-01-01T00:01:00Z,", "column 'v' (#2): '' is not a number (add \"\" to missing")]
    [InlineData("2020-01-01T00:01:00Z,Infinity", "column 'v' (#2): 'Infinity' is not a number")]
    [InlineData("2020-13-01T00:01:00Z,2", "column 't' (#1): '2020-13-01T00:01:00Z' is not an ISO 8601 time")]
    [InlineData("2020-01-01T00:01:00Z,2,3", "3 fields, expected 2 (as in the header on line 1)")]
    [InlineData("2020-01-01T00:01:00Z", "1 fields, expected 2")]
    [InlineData("2020-01-01T00:01:20Z,2", "off the 00:01:00 grid")]
    [InlineData("\"2020-01-01T00:01:00Z,2", "never closed")]
    public void Malformed_row_is_an_error_naming_line_and_column(string bad, string expected)
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("m.csv", ["t,v", "2020-01-01T00:00:00Z,1", bad, "2020-01-01T00:02:00Z,3", "2020-01-01T00:03:00Z,4", "2020-01-01T00:04:00Z,5"]);

        // When
        var error = ReadError(path, new DelimitedFormat { Missing = ["NaN"], Channels = [Value("v")] });

        // Then
        Assert.Equal(path, error.Source);
        Assert.Equal(3, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_column_names_the_option_and_lists_the_header()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("h.csv", ["# comment", "time,wl,baro", "2020-01-01T00:00:00Z,1,2"]);

        // When
        var error = ReadError(path, new DelimitedFormat { TimeColumns = ["time"], Channels = [Value("wl"), Value("et")] });

        // Then
        Assert.Equal(2, error.Line);
        Assert.Contains("channels[1].column: no column named 'et'; the columns are: time, wl, baro", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_number_beyond_the_rows_is_an_error()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("n.txt", ["2020-01-01T00:00:00Z 1", "2020-01-01T00:01:00Z 2"]);
        var format = new DelimitedFormat { Delimiter = "whitespace", HasHeader = false, Channels = [new DelimitedChannel { Column = 3, Network = "N", Station = "S", Channel = "C" }] };

        // When
        var error = ReadError(path, format);

        // Then
        Assert.Equal(1, error.Line);
        Assert.Contains("column #3 is mapped but the row has 2 fields", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "file is empty")]
    [InlineData("# only a comment\n\n", "no header row")]
    [InlineData("t,v\n", "no data rows after the header")]
    [InlineData("t,v\r\n# nothing else\r\n", "no data rows after the header")]
    public void Empty_or_header_only_file_is_an_error(string content, string expected)
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.Write("e.csv", content);

        // When
        var error = ReadError(path, new DelimitedFormat { Channels = [Value("v")] });

        // Then
        Assert.Equal(path, error.Source);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_row_needs_a_given_step()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("one.csv", ["t,v", "2020-01-01T00:00:00Z,1"]);

        // When
        var error = ReadError(path, new DelimitedFormat { Channels = [Value("v")] });
        var series = new DelimitedReader(new DelimitedFormat { Step = TimeSpan.FromMinutes(1), Channels = [Value("v")] })
            .Read(path, TestContext.Current.CancellationToken)[0].Series;

        // Then
        Assert.Equal(2, error.Line);
        Assert.Contains("fewer than two samples", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, series.Count);
    }

    [Fact]
    public void Invalid_format_is_rejected_before_reading_with_every_problem()
    {
        // Given
        var format = new DelimitedFormat { Delimiter = "ab", TimeZone = "Mars/Olympus", Channels = [new DelimitedChannel { Column = 2 }] };

        // When
        var error = Assert.Throws<OptionsException>(() => new DelimitedReader(format));

        // Then
        Assert.Equal(
            ["delimiter", "timeZone", "channels[0].network", "channels[0].station", "channels[0].channel"],
            error.Errors.Select(e => e.Option));
    }

    [Fact]
    public void Missing_file_is_a_data_error_naming_it()
    {
        // Given
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "absent.csv");

        // When
        var error = ReadError(path, new DelimitedFormat { Channels = [Value("v")] });

        // Then
        Assert.Equal(path, error.Source);
        Assert.Null(error.Line);
    }

    private static DataException ReadError(string path, DelimitedFormat format) =>
        Assert.Throws<DataException>(() => new DelimitedReader(format).Read(path, TestContext.Current.CancellationToken));
}
