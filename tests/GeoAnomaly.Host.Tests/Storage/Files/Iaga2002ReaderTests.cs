using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Storage.Files;

public sealed class Iaga2002ReaderTests
{
    private const string Bou = "series/intermagnet-bou/";

    [Fact]
    public void Boulder_month_header_gives_station_location_and_components()
    {
        // Given
        string path = SharedData.File(Bou + "BOU201601vmin.min");

        // When
        var file = new Iaga2002Reader().ReadFile(path, TestContext.Current.CancellationToken);

        // Then: values as SOURCE.md documents them (longitude 254.764 east is -105.236)
        var h = file.Header;
        Assert.Equal("BOU", h.IagaCode);
        Assert.Equal("Boulder", h.StationName);
        Assert.Equal(40.137, h.Latitude!.Value, 9);
        Assert.Equal(254.764 - 360, h.Longitude!.Value, 9);
        Assert.Equal(1682, h.Elevation!.Value, 9);
        Assert.Equal(["H", "E", "Z", "F"], h.Reported);
        Assert.Equal("variation", h.DataType);
        Assert.StartsWith("filtered 1-minute", h.DataIntervalType, StringComparison.Ordinal);
        Assert.Contains(h.Comments, c => c.Contains("INTERMAGNET", StringComparison.Ordinal));
        Assert.Equal(["H", "E", "Z", "F"], file.Channels.Select(c => c.Channel.Id.Channel));
        Assert.All(file.Channels, c =>
        {
            Assert.Equal(new ChannelId("IAGA", "BOU", c.Channel.Id.Channel), c.Channel.Id);
            Assert.Equal(ChannelKind.Electromagnetic, c.Channel.Kind);
            Assert.Equal("nT", c.Channel.Units);
            Assert.Equal(-105.236, c.Channel.Location!.Longitude, 9);
        });
    }

    [Theory]
    [InlineData("BOU201601vmin.min")]
    [InlineData("BOU201601adj.min")]
    public void Boulder_month_is_a_gapless_one_minute_grid_matching_the_file_text(string name)
    {
        // Given
        string path = SharedData.File(Bou + name);
        var text = IagaText.Load(path);

        // When
        var channels = new Iaga2002Reader().Read(path, TestContext.Current.CancellationToken);

        // Then
        var first = text.TimeOf(0);
        var last = text.TimeOf(text.Rows.Count - 1);
        Assert.Equal(new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero), first);
        Assert.All(channels, c =>
        {
            Assert.Equal(first, c.Series.Start);
            Assert.Equal(TimeSpan.FromMinutes(1), c.Series.Step);
            Assert.Equal(text.Rows.Count, c.Series.Count);
            Assert.Equal(last, c.Series.TimeAt(c.Series.Count - 1));
            Assert.Equal(0, c.Series.MissingCount());
        });
        AssertMatchesText(text, channels, text.Columns.Select((_, i) => i).ToArray());
    }

    [Theory]
    [InlineData("LLO20200106vmin.min")]
    [InlineData("bou20181024_XYZF_vmin.min")]
    [InlineData("BOU202005vmin.min")]
    public void Sentinels_become_NaN_and_unused_slots_are_dropped(string name)
    {
        // Given
        string path = SharedData.File(Bou + name);
        var text = IagaText.Load(path);
        int[] used = [.. text.Columns.Select((c, i) => (c, i)).Where(x => !x.c.EndsWith("NUL", StringComparison.Ordinal)).Select(x => x.i)];

        // When
        var channels = new Iaga2002Reader().Read(path, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(used.Length, channels.Count);
        for (int k = 0; k < used.Length; k++)
        {
            Assert.EndsWith(channels[k].Channel.Id.Channel, text.Columns[used[k]], StringComparison.Ordinal);
            Assert.Equal(text.SentinelCount(used[k]), channels[k].Series.MissingCount());
        }

        AssertMatchesText(text, channels, used);
    }

    [Fact]
    public void Partly_unused_file_keeps_H_and_E_only()
    {
        // Given
        string path = SharedData.File(Bou + "BOU202005vmin.min");

        // When
        var file = new Iaga2002Reader("NT").ReadFile(path, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(["H", "E", "NUL", "NUL"], file.Header.Reported);
        Assert.Equal(["NT.BOU.H", "NT.BOU.E"], file.Channels.Select(c => c.Channel.Id.ToString()));
    }

    [Fact]
    public void Sentinel_written_in_any_decimal_form_is_missing()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("x.min", Iaga2002Texts.Minute("ABC", "HDZF", ["20000.00 10.0 99999 99999.0", "20001.00 88888.00 40000.5 88888", "NaN 11.0 40000.7 99999.00"]));

        // When
        var channels = new Iaga2002Reader().Read(path, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal([20000, 20001, double.NaN], channels[0].Series.Values.ToArray());
        Assert.Equal(10, channels[1].Series[0]);
        Assert.True(double.IsNaN(channels[1].Series[1]));
        Assert.Equal("min", channels[1].Channel.Units);
        Assert.True(double.IsNaN(channels[2].Series[0]));
        Assert.Equal(3, channels[3].Series.MissingCount());
    }

    [Fact]
    public void Second_file_with_CRLF_gets_a_one_second_step_and_a_gap()
    {
        // Given
        using var folder = new TempFolder();
        string[] rows =
        [
            "2020-03-01 12:00:00.000 061     20000.00  10.00  40000.00  50000.00",
            "2020-03-01 12:00:01.000 061     20000.10  10.10  40000.10  50000.10",
            "2020-03-01 12:00:03.000 061     20000.30  10.30  40000.30  50000.30",
        ];
        string path = folder.WriteLines("abc20200301vsec.sec", Iaga2002Texts.Header("ABC", "XYZF").Concat(rows), "\r\n");

        // When
        var channels = new Iaga2002Reader().Read(path, TestContext.Current.CancellationToken);

        // Then
        var x = channels[0].Series;
        Assert.Equal(TimeSpan.FromSeconds(1), x.Step);
        Assert.Equal(4, x.Count);
        Assert.Equal(20000.3, x[3]);
        Assert.True(double.IsNaN(x[2]));
    }

    [Theory]
    [InlineData("2020-03-01 00:01:00.000 061  1.0 2.0 3.0", 2, "expected 7 fields")]
    [InlineData("2020-03-01 00:01:00.000 061  1.0 2.0 3.0 4.0 5.0", 2, "expected 7 fields")]
    [InlineData("2020-03-01 00:01:00.000 061  1.0 2.x 3.0 4.0", 2, "column ABCD: '2.x' is not a number")]
    [InlineData("2020-03-01 00:01:00.000 062  1.0 2.0 3.0 4.0", 2, "column DOY")]
    [InlineData("2020-02-30 00:01:00.000 061  1.0 2.0 3.0 4.0", 2, "column DATE")]
    [InlineData("2020-03-01 25:01:00.000 061  1.0 2.0 3.0 4.0", 2, "column TIME")]
    [InlineData("2020-03-01 00:00:00.000 061  1.0 2.0 3.0 4.0", 2, "duplicate timestamp")]
    public void Malformed_data_line_names_line_and_column(string bad, int badRow, string expected)
    {
        // Given
        using var folder = new TempFolder();
        string[] rows = ["2020-03-01 00:00:00.000 061  1.0 2.0 3.0 4.0", bad];
        var lines = Iaga2002Texts.Header("ABC", "HDZF").ToList();
        string path = folder.WriteLines("bad.min", lines.Concat(rows));

        // When
        var error = Assert.Throws<DataException>(() => new Iaga2002Reader().Read(path, TestContext.Current.CancellationToken));

        // Then
        Assert.Equal(path, error.Source);
        Assert.Equal(lines.Count + badRow, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_without_data_header_or_data_is_an_error()
    {
        // Given
        using var folder = new TempFolder();
        string empty = folder.Write("empty.min", string.Empty);
        string headerOnly = folder.WriteLines("header.min", Iaga2002Texts.Header("ABC", "HDZF"));

        // When
        var noText = Assert.Throws<DataException>(() => new Iaga2002Reader().Read(empty, TestContext.Current.CancellationToken));
        var noData = Assert.Throws<DataException>(() => new Iaga2002Reader().Read(headerOnly, TestContext.Current.CancellationToken));

        // Then
        Assert.Contains("empty", noText.Message, StringComparison.Ordinal);
        Assert.Contains("no data records", noData.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unused_slot_holding_a_value_is_an_error_naming_the_column()
    {
        // Given
        using var folder = new TempFolder();
        var lines = Iaga2002Texts.Header("ABC", "HEZNUL", ["H", "E", "Z", "NUL"]).ToList();
        string path = folder.WriteLines("nul.min", lines.Concat(["2020-03-01 00:00:00.000 061  1.0 2.0 3.0 99999.00", "2020-03-01 00:01:00.000 061  1.0 2.0 3.0 7.0"]));

        // When
        var error = Assert.Throws<DataException>(() => new Iaga2002Reader().Read(path, TestContext.Current.CancellationToken));

        // Then
        Assert.Equal(lines.Count + 2, error.Line);
        Assert.Contains("ABCNUL", error.Message, StringComparison.Ordinal);
    }

    private static void AssertMatchesText(IagaText text, IReadOnlyList<ChannelSeries> channels, int[] columns)
    {
        var start = channels[0].Series.Start;
        var step = channels[0].Series.Step;
        for (int row = 0; row < text.Rows.Count; row++)
        {
            int slot = (int)((text.TimeOf(row) - start) / step);
            for (int k = 0; k < columns.Length; k++)
            {
                double expected = text.ValueOf(row, columns[k]);
                Assert.Equal(expected, channels[k].Series[slot]);
            }
        }
    }
}
