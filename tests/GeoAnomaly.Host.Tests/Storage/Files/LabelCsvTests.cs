using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Storage.Files;

public sealed class LabelCsvTests
{
    [Fact]
    public void Labels_round_trip_even_with_dots_and_commas_in_codes()
    {
        // Given
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "labels.csv");
        var t0 = new DateTimeOffset(2011, 3, 11, 5, 46, 24, TimeSpan.Zero);
        AnomalyLabel[] labels =
        [
            new(new ChannelId("PB", "B084", "areal"), t0.AddSeconds(712.5), t0.AddSeconds(3000), AnomalyKind.Other),
            new(new ChannelId("SYN", "st.01", "a,b"), t0, t0.AddHours(1), AnomalyKind.LevelShift),
            new(new ChannelId("SYN", "S2", "Z"), t0, t0, null),
        ];

        // When
        LabelCsv.Write(path, labels);
        var back = LabelCsv.Read(path);

        // Then
        Assert.Equal(labels, back);
        Assert.Equal(["labels.csv"], folder.Files());
    }

    [Fact]
    public void Dotted_channel_column_is_accepted()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("l.csv", ["channel,start,end,kind", "IAGA.BOU.H,2016-01-05T00:00:00Z,2016-01-05T06:00:00+01:00,Spike", "IAGA.BOU.Z,2016-01-06 00:00,2016-01-06 01:00,"]);

        // When
        var labels = LabelCsv.Read(path);

        // Then
        Assert.Equal(new ChannelId("IAGA", "BOU", "H"), labels[0].Channel);
        Assert.Equal(new DateTimeOffset(2016, 1, 5, 5, 0, 0, TimeSpan.Zero), labels[0].End);
        Assert.Equal(AnomalyKind.Spike, labels[0].Kind);
        Assert.Null(labels[1].Kind);
        Assert.Equal(new DateTimeOffset(2016, 1, 6, 0, 0, 0, TimeSpan.Zero), labels[1].Start);
    }

    [Theory]
    [InlineData("channel,start,end\nBOU.H,2016-01-05T00:00:00Z,2016-01-05T01:00:00Z\n", 2, "column channel: 'BOU.H' is not network.station.channel")]
    [InlineData("channel,start,end\nA.B.C,2016-01-05T00:00:00Z,2016-01-04T01:00:00Z\n", 2, "column end")]
    [InlineData("network,channel,start,end\nA,C,2016-01-05T00:00:00Z,2016-01-05T01:00:00Z\n", 1, "both network and station")]
    [InlineData("channel,start,end,kind\nA.B.C,2016-01-05T00:00:00Z,2016-01-05T01:00:00Z,quake\n", 2, "column kind: 'quake'")]
    public void Bad_label_file_is_an_error_naming_line_and_column(string content, int line, string expected)
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.Write("bad.csv", content);

        // When
        var error = Assert.Throws<DataException>(() => LabelCsv.Read(path));

        // Then
        Assert.Equal(line, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
