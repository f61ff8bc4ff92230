using System.Globalization;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Storage.Files;

public sealed class StationFilesTests
{
    [Fact]
    public void IAGA_2002_file_is_recognised_by_its_format_record()
    {
        // Given
        string path = SharedData.File("series/intermagnet-bou/bou20181024_XYZF_vmin.min");

        // When
        var channels = StationFiles.Read(path, iagaNetwork: "IM", cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(["IM.BOU.X", "IM.BOU.Y", "IM.BOU.Z", "IM.BOU.F"], channels.Select(c => c.Channel.Id.ToString()));
    }

    [Fact]
    public void Plain_csv_with_iso_time_column_maps_every_numeric_column()
    {
        // Given
        string path = SharedData.File("series/strain-tohoku-2011/tohoku_strain_1hz.csv");
        var text = PlainCsv.Load(path);
        var numeric = text.Header.Skip(1).Where(c => double.TryParse(text.Rows[0][text.Column(c)], NumberStyles.Float, CultureInfo.InvariantCulture, out _)).ToList();
        var defaults = new ChannelDefaults("PB", "B084", ChannelKind.Deformation, "microstrain");

        // When
        var channels = StationFiles.Read(path, defaults: defaults, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.DoesNotContain("epoch", numeric);
        Assert.Equal(numeric, channels.Select(c => c.Channel.Id.Channel));
        Assert.All(channels, c =>
        {
            Assert.Equal("PB", c.Channel.Id.Network);
            Assert.Equal("B084", c.Channel.Id.Station);
            Assert.Equal(ChannelKind.Deformation, c.Channel.Kind);
            Assert.Equal(text.Rows.Count, c.Series.Count);
            Assert.Equal(text.Number(0, c.Channel.Id.Channel), c.Series[0]);
        });
    }

    [Fact]
    public void Plain_csv_without_defaults_is_named_after_the_file()
    {
        // Given
        string path = SharedData.File("series/well-transducer/transducer.csv");

        // When
        var channels = StationFiles.Read(path, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(["XX.transducer.wl", "XX.transducer.baro", "XX.transducer.et"], channels.Select(c => c.Channel.Id.ToString()));
        Assert.All(channels, c => Assert.Equal(TimeSpan.FromMinutes(2), c.Series.Step));
    }

    [Fact]
    public void A_stray_bad_value_in_a_numeric_column_is_an_error_naming_its_line_not_a_dropped_column()
    {
        // Given: column a is numeric but for one value
        using var folder = new TempFolder();
        string path = folder.WriteLines("stray.csv", ["time,a,b", "2024-03-01T00:00:00Z,1,2", "2024-03-01T00:01:00Z,20.5x,3", "2024-03-01T00:02:00Z,2,4"]);

        // When
        var error = Assert.Throws<DataException>(() => StationFiles.Read(path, cancellationToken: TestContext.Current.CancellationToken));

        // Then
        Assert.Equal(3, error.Line);
        Assert.Contains("'20.5x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_format_is_used_for_non_IAGA_files()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("w.txt", ["2020010100 5", "2020010101 6"]);
        var format = new DelimitedFormat
        {
            Delimiter = "whitespace",
            HasHeader = false,
            TimeFormat = "yyyyMMddHH",
            Channels = [new DelimitedChannel { Column = 2, Network = "N", Station = "S", Channel = "C" }],
        };

        // When
        var channels = StationFiles.Read(path, format, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(TimeSpan.FromHours(1), channels[0].Series.Step);
        Assert.Equal([5.0, 6], channels[0].Series.Values.ToArray());
    }

    [Theory]
    [InlineData("2020010100 5\n2020010101 6\n", "give a format")]
    [InlineData("when,level\n01/01/2020 00:00,5\n", "does not hold ISO 8601 times")]
    [InlineData("", "file is empty")]
    [InlineData("t,site\n2020-01-01T00:00:00Z,north\n", "no numeric value columns")]
    public void Unrecognised_file_without_format_asks_for_one(string content, string expected)
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.Write("x.txt", content);

        // When
        var error = Assert.Throws<DataException>(() => StationFiles.Read(path, cancellationToken: TestContext.Current.CancellationToken));

        // Then
        Assert.Equal(path, error.Source);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
