using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Storage.Files;

public sealed class EventCsvWriterTests
{
    [Fact]
    public void Events_with_commas_quotes_and_line_breaks_round_trip()
    {
        // Given
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "events.csv");
        var t0 = new DateTimeOffset(2016, 1, 3, 4, 5, 6, TimeSpan.Zero);
        EventRow[] rows =
        [
            new(
                new AnomalyEvent(new ChannelId("N,1", "O'Brien \"B\"", "H"), "sr, calibrated", t0, t0.AddMinutes(3), 0.93, 4.25, AnomalyKind.LevelShift)
                {
                    Details = new Dictionary<string, string> { ["step"] = "-3.5", ["note"] = "a;b=c\\d, \"quoted\"\nsecond line", ["empty"] = string.Empty },
                },
                ChannelKind.Electromagnetic),
            new(new AnomalyEvent(new ChannelId("IAGA", "BOU", "F"), "ssa", t0.AddTicks(1234567), t0.AddSeconds(61.5), 0.5, double.NaN, AnomalyKind.Spike), null),
            new(new AnomalyEvent(new ChannelId(" lead", "trail ", "Z"), "iforest", t0, t0.AddMinutes(1), 0, -1, AnomalyKind.VarianceChange), ChannelKind.Fluid),
        ];

        // When
        EventCsvWriter.Write(path, rows);
        var back = EventCsvReader.Read(path);

        // Then
        Assert.Equal(rows.Length, back.Count);
        for (int i = 0; i < rows.Length; i++)
        {
            var (a, b) = (rows[i].Event, back[i].Event);
            Assert.Equal(rows[i].ChannelKind, back[i].ChannelKind);
            Assert.Equal(a.Channel, b.Channel);
            Assert.Equal(a.Detector, b.Detector);
            Assert.Equal(a.Start, b.Start);
            Assert.Equal(a.End, b.End);
            Assert.Equal(a.Score, b.Score);
            Assert.Equal(a.RawScore, b.RawScore);
            Assert.Equal(a.Kind, b.Kind);
            Assert.Equal(a.Details, b.Details);
        }

        Assert.Equal(["events.csv"], folder.Files());
    }

    [Fact]
    public void File_has_the_documented_header_iso_times_and_rfc4180_quoting()
    {
        // Given
        var writer = new StringWriter();
        var t0 = new DateTimeOffset(2020, 1, 1, 9, 0, 0, TimeSpan.FromHours(9));
        var e = new AnomalyEvent(new ChannelId("N", "S,T", "C"), "d", t0, t0.AddSeconds(90), 0.25, double.NaN, AnomalyKind.TrendChange)
        {
            Details = new Dictionary<string, string> { ["k"] = "v", ["q"] = "say \"hi\"" },
        };

        // When
        EventCsvWriter.Write(writer, [new EventRow(e, ChannelKind.Deformation)]);

        // Then
        string[] lines = writer.ToString().Split('\n');
        Assert.Equal("network,station,channel,kind,detector,start,end,duration_s,score,raw_score,type,details", lines[0]);
        Assert.Equal("N,\"S,T\",C,deformation,d,2020-01-01T00:00:00Z,2020-01-01T00:01:30Z,90,0.25,,trend-change,\"k=v;q=say \"\"hi\"\"\"", lines[1]);
    }

    [Theory]
    [InlineData("N,S,C,,d,2020-01-01T00:00:00Z,2019-12-31T00:00:00Z,,1,,spike,", "column end")]
    [InlineData("N,S,C,,d,2020-01-01T00:00:00Z,2020-01-01T00:01:00Z,61,1,,spike,", "column duration_s")]
    [InlineData("N,S,C,,d,2020-01-01T00:00:00Z,2020-01-01T00:01:00Z,,1,,bump,", "column type: 'bump'")]
    [InlineData("N,S,C,solid,d,2020-01-01T00:00:00Z,2020-01-01T00:01:00Z,,1,,spike,", "column kind: 'solid'")]
    [InlineData("N,,C,,d,2020-01-01T00:00:00Z,2020-01-01T00:01:00Z,,1,,spike,", "column station")]
    [InlineData("N,S,C,,d,yesterday,2020-01-01T00:01:00Z,,1,,spike,", "column start")]
    [InlineData("N,S,C,,d,2020-01-01T00:00:00Z,2020-01-01T00:01:00Z,,high,,spike,", "column score")]
    [InlineData("N,S,C,,d,2020-01-01T00:00:00Z,2020-01-01T00:01:00Z,,1,,spike,novalue", "column details")]
    [InlineData("N,S,C,,d,2020-01-01T00:00:00Z,2020-01-01T00:01:00Z,,1,,spike", "11 fields, the header has 12")]
    public void Bad_row_is_an_error_naming_line_and_column(string row, string expected)
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.WriteLines("e.csv", [string.Join(",", EventCsvWriter.Columns), row]);

        // When
        var error = Assert.Throws<DataException>(() => EventCsvReader.Read(path));

        // Then
        Assert.Equal(2, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_or_missing_column_is_an_error_naming_it()
    {
        // Given
        using var folder = new TempFolder();
        string unknown = folder.WriteLines("u.csv", ["network,station,channel,detector,start,end,score,type,colour"]);
        string missing = folder.WriteLines("m.csv", ["network,station,channel,detector,start,end,type"]);

        // When
        var a = Assert.Throws<DataException>(() => EventCsvReader.Read(unknown));
        var b = Assert.Throws<DataException>(() => EventCsvReader.Read(missing));

        // Then
        Assert.Contains("unknown column 'colour'", a.Message, StringComparison.Ordinal);
        Assert.Contains("missing column(s) score", b.Message, StringComparison.Ordinal);
    }
}
