using System.Globalization;
using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Seismicity;
using GeoAnomaly.Synthetic.Tests.Support;
using GeoAnomaly.Synthetic.Writing;

namespace GeoAnomaly.Synthetic.Tests.Writing;

public sealed class PrecursorsCsvWriterTests
{
    [Fact]
    public void Each_precursor_is_a_row_naming_its_channel_window_kind_and_earthquake()
    {
        // Given
        using var dir = new TempDirectory();
        var start = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);
        PlannedPrecursor[] plan =
        [
            new(new ChannelId("SY", "SAA", "LS1"), start, start.AddHours(6), AnomalyKind.LevelShift, 5, "sy000042", 41, 12.5),
            new(new ChannelId("SY", "SAB", "LW1"), start, start.AddHours(6), AnomalyKind.VarianceChange, 3, "sy000042", 41, 80.25),
        ];

        // When
        PrecursorsCsvWriter.WriteFile(dir["precursors.csv"], plan);
        string[] lines = File.ReadAllLines(dir["precursors.csv"]);

        // Then
        Assert.Equal(PrecursorsCsvWriter.Header, lines[0]);
        Assert.Equal(3, lines.Length);
        string[] first = lines[1].Split(',');
        Assert.Equal(["SY", "SAA", "LS1"], first[..3]);
        Assert.Equal(start, DateTimeOffset.Parse(first[3], CultureInfo.InvariantCulture));
        Assert.Equal(start.AddHours(6), DateTimeOffset.Parse(first[4], CultureInfo.InvariantCulture));
        Assert.Equal("level-shift", first[5]);
        Assert.Equal(["5", "sy000042", "41", "12.5"], first[6..]);
        Assert.Equal("variance-change", lines[2].Split(',')[5]);
    }
}
