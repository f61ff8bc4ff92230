using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Storage.Files;

/// <summary>The delimited reader on real third-party exports.</summary>
public sealed partial class DelimitedReaderTests
{
    [Fact]
    public void Well_transducer_is_a_two_minute_grid_matching_the_file_text()
    {
        // Given
        string path = SharedData.File("series/well-transducer/transducer.csv");
        var text = PlainCsv.Load(path);
        var format = new DelimitedFormat
        {
            TimeColumns = ["datetime"],
            Channels = [Channel("wl", ChannelKind.Fluid, "dbar"), Channel("baro", ChannelKind.Other, "dbar"), Channel("et", ChannelKind.Other, "nm/s2")],
        };

        // When
        var channels = new DelimitedReader(format).Read(path, TestContext.Current.CancellationToken);

        // Then
        var step = text.Time(1, "datetime") - text.Time(0, "datetime");
        Assert.Equal(TimeSpan.FromMinutes(2), step);
        Assert.Equal(["wl", "baro", "et"], channels.Select(c => c.Channel.Id.Channel));
        Assert.Equal(ChannelKind.Fluid, channels[0].Channel.Kind);
        Assert.Equal("dbar", channels[0].Channel.Units);
        AssertMatchesText(text, "datetime", channels, step);
    }

    [Fact]
    public void Wipp_well_hours_since_an_origin_is_an_hourly_grid_matching_the_file_text()
    {
        // Given: the file gives hours from the record start and no calendar date, so any origin will do
        string path = SharedData.File("series/well-wipp30/wipp30.csv");
        var text = PlainCsv.Load(path);
        var origin = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var format = new DelimitedFormat
        {
            TimeColumns = ["time"],
            TimeFormat = DelimitedFormat.Formats.HoursSince,
            TimeOrigin = "2000-01-01T00:00:00Z",
            Channels = [Channel("wl", ChannelKind.Fluid, "psi"), Channel("baro", ChannelKind.Other, "psi"), Channel("et", ChannelKind.Other, "nm/s2")],
        };

        // When
        var channels = new DelimitedReader(format).Read(path, TestContext.Current.CancellationToken);

        // Then
        var series = channels[0].Series;
        double firstHour = text.Number(0, "time");
        double lastHour = text.Number(text.Rows.Count - 1, "time");
        Assert.Equal(TimeSpan.FromHours(1), series.Step);
        Assert.Equal(origin.AddHours(firstHour), series.Start);
        Assert.Equal((int)(lastHour - firstHour) + 1, series.Count);
        for (int row = 0; row < text.Rows.Count; row++)
        {
            int slot = (int)(text.Number(row, "time") - firstHour);
            Assert.Equal(text.Number(row, "wl"), channels[0].Series[slot]);
            Assert.Equal(text.Number(row, "baro"), channels[1].Series[slot]);
            Assert.Equal(text.Number(row, "et"), channels[2].Series[slot]);
        }
    }

    [Fact]
    public void Tohoku_strain_at_one_hertz_ignores_the_text_epoch_column()
    {
        // Given
        string path = SharedData.File("series/strain-tohoku-2011/tohoku_strain_1hz.csv");
        var text = PlainCsv.Load(path);
        var format = new DelimitedFormat
        {
            TimeColumns = ["Dts"],
            Channels =
            [
                Channel("areal", ChannelKind.Deformation, "microstrain"),
                Channel("gamma1", ChannelKind.Deformation, "microstrain"),
                Channel("gamma2", ChannelKind.Deformation, "microstrain"),
                Channel("pressure.pore", ChannelKind.Fluid, "mbar"),
            ],
        };

        // When
        var channels = new DelimitedReader(format).Read(path, TestContext.Current.CancellationToken);

        // Then
        var step = text.Time(1, "Dts") - text.Time(0, "Dts");
        Assert.Equal(TimeSpan.FromSeconds(1), step);
        Assert.Contains("epoch", text.Header);
        AssertMatchesText(text, "Dts", channels, step);
    }

    private static DelimitedChannel Channel(string column, ChannelKind kind, string units) =>
        new() { Column = column, Network = "T", Station = "S1", Kind = kind, Units = units };

    private static void AssertMatchesText(PlainCsv text, string timeColumn, IReadOnlyList<ChannelSeries> channels, TimeSpan step)
    {
        var start = text.Time(0, timeColumn);
        Assert.All(channels, c =>
        {
            Assert.Equal(start, c.Series.Start);
            Assert.Equal(step, c.Series.Step);
            Assert.Equal(text.Rows.Count, c.Series.Count);
            Assert.Equal(text.Time(text.Rows.Count - 1, timeColumn), c.Series.TimeAt(c.Series.Count - 1));
        });
        for (int row = 0; row < text.Rows.Count; row++)
        {
            int slot = (int)((text.Time(row, timeColumn) - start) / step);
            foreach (var c in channels)
            {
                Assert.Equal(text.Number(row, c.Channel.Id.Channel), c.Series[slot]);
            }
        }
    }
}
