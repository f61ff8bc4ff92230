using System.Globalization;
using GeoAnomaly.Synthetic.Tests.Support;
using GeoAnomaly.Synthetic.Writing;

namespace GeoAnomaly.Synthetic.Tests.Writing;

/// <summary>
/// Checks files against the IAGA-2002 layout (IAGA Division V, 2001/2015): 70-character records; 12 header records with
/// a space in column 1, labels from column 2, values from column 25 and '|' in column 70; comments " # ...|"; a data
/// header with element names from columns 33, 43, 53, 63; data records "YYYY-MM-DD HH:MM:SS.sss DDD" + 4 × F10.2.
/// </summary>
public sealed class Iaga2002WriterTests
{
    private static readonly string[] s_elements = ["H", "E", "Z"];
    private static readonly int[] s_elementColumns = [32, 42, 52, 62];
    private static readonly string[] s_mandatory =
    [
        "Format", "Source of Data", "Station Name", "IAGA CODE", "Geodetic Latitude", "Geodetic Longitude",
        "Elevation", "Reported", "Sensor Orientation", "Digital Sampling", "Data Interval Type", "Data Type",
    ];

    [Fact]
    public void Every_record_is_70_characters_with_the_header_fields_in_their_columns()
    {
        // Given
        var network = SyntheticNetworkGenerator.Generate(Specs.Small() with { GapFraction = 0.02 });
        var station = network.Stations[0];

        // When
        string[] lines = Write(network, station);

        // Then
        Assert.All(lines, l => Assert.Equal(70, l.Length));
        int dataHeader = Array.FindIndex(lines, l => l.StartsWith("DATE ", StringComparison.Ordinal));
        string[] header = lines[..dataHeader];
        Assert.All(header, l => Assert.True(l[0] == ' ' && l[69] == '|', $"bad header record '{l}'"));
        Assert.Equal(s_mandatory, header.Take(12).Select(l => l[1..24].TrimEnd()));
        Assert.All(header.Take(12), l => Assert.NotEqual(' ', l[24]));
        Assert.All(header.Skip(12), l => Assert.StartsWith(" # ", l, StringComparison.Ordinal));
        Assert.Equal("IAGA-2002", Field(header, "Format"));
        Assert.Equal(station.Code, Field(header, "IAGA CODE"));
        Assert.Equal(station.Name, Field(header, "Station Name"));
        Assert.Equal("HEZNUL", Field(header, "Reported"));
        Assert.Equal(station.Location.Latitude, double.Parse(Field(header, "Geodetic Latitude"), CultureInfo.InvariantCulture), 0.0005);
        Assert.Equal(station.Location.ElevationMetres.ToString(CultureInfo.InvariantCulture), Field(header, "Elevation"));

        string names = lines[dataHeader];
        Assert.StartsWith("DATE       TIME         DOY", names, StringComparison.Ordinal);
        Assert.Equal([$"{station.Code}H", $"{station.Code}E", $"{station.Code}Z", $"{station.Code}NUL"], s_elementColumns.Select(c => names[c..Math.Min(c + 10, 69)].Trim()));
        Assert.Equal('|', names[69]);
        Assert.Equal(network.Spec.SampleCount, lines.Length - dataHeader - 1);
    }

    [Fact]
    public void Western_longitudes_are_written_east_of_Greenwich_from_0_to_360()
    {
        // Given
        var spec = Specs.Small() with { Region = new GeoBox(35, 45, -110, -100) };
        var network = SyntheticNetworkGenerator.Generate(spec);
        var station = network.Stations[0];

        // When
        string[] lines = Write(network, station);

        // Then
        double longitude = double.Parse(Field(lines, "Geodetic Longitude"), CultureInfo.InvariantCulture);
        Assert.InRange(longitude, 250, 260);
        Assert.Equal(station.Location.Longitude + 360, longitude, 0.0005);
    }

    [Fact]
    public void Missing_samples_are_99999_and_the_unrecorded_element_88888()
    {
        // Given
        var network = SyntheticNetworkGenerator.Generate(Specs.Small() with { GapFraction = 0.05 });
        var station = network.Stations[1];
        var series = s_elements.Select(e => network.SeriesOf(new(network.Spec.Network, station.Code, e))).ToArray();

        // When
        string[] data = Data(Write(network, station));

        // Then
        int nan = series.Sum(s => s.MissingCount());
        Assert.True(nan > 0);
        Assert.Equal(nan, data.Sum(l => Fields(l).Count(f => f == Iaga2002Writer.Missing)));
        Assert.All(data, l => Assert.Equal(Iaga2002Writer.NotRecorded, Fields(l)[3]));
    }

    [Fact]
    public void Data_records_carry_the_sample_time_day_of_year_and_values_to_a_hundredth()
    {
        // Given
        var network = SyntheticNetworkGenerator.Generate(Specs.Small() with { Start = new DateTimeOffset(2024, 2, 28, 12, 0, 0, TimeSpan.Zero) });
        var station = network.Stations[2];
        var series = s_elements.Select(e => network.SeriesOf(new(network.Spec.Network, station.Code, e))).ToArray();

        // When
        string[] data = Data(Write(network, station));

        // Then
        for (int i = 0; i < data.Length; i++)
        {
            var time = series[0].TimeAt(i).UtcDateTime;
            Assert.Equal(time.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture), data[i][..23]);
            Assert.Equal(time.DayOfYear, int.Parse(data[i][24..27], CultureInfo.InvariantCulture));
            string[] fields = Fields(data[i]);
            for (int e = 0; e < 3; e++)
            {
                double expected = series[e][i];
                Assert.Equal(double.IsNaN(expected) ? Iaga2002Writer.Missing : expected.ToString("F2", CultureInfo.InvariantCulture), fields[e]);
            }
        }
    }

    [Fact]
    public void A_station_without_E_reports_NUL_in_its_place()
    {
        // Given
        var network = SyntheticNetworkGenerator.Generate(Specs.Small() with { ChannelTypes = [SyntheticChannelType.MagneticH, SyntheticChannelType.MagneticZ] });

        // When
        string[] lines = Write(network, network.Stations[0]);

        // Then
        Assert.Equal("HNULZNUL", Field(lines, "Reported"));
        Assert.All(Data(lines), l => Assert.Equal(Iaga2002Writer.NotRecorded, Fields(l)[1]));
    }

    [Fact]
    public void Layout_matches_a_real_USGS_IAGA_2002_file_record_for_record()
    {
        // Given: Boulder minute data as published by USGS (shared/data/series/intermagnet-bou)
        string? path = SharedData.Find("series/intermagnet-bou/bou20181024_XYZF_vmin.min");
        if (path is null)
        {
            Assert.Skip("shared/data/series/intermagnet-bou is not available");
        }

        string[] real = File.ReadAllLines(path);
        var network = SyntheticNetworkGenerator.Generate(Specs.Small());

        // When
        string[] ours = Write(network, network.Stations[0]);

        // Then: same mandatory labels in the same order and columns, same data-header and data-record columns
        Assert.Equal(real.Take(12).Select(l => l[..24]), ours.Take(12).Select(l => l[..24]));
        Assert.Equal(real.Take(12).Select(l => l.Length), ours.Take(12).Select(l => l.Length));
        string realNames = real.First(l => l.StartsWith("DATE ", StringComparison.Ordinal));
        string ourNames = ours.First(l => l.StartsWith("DATE ", StringComparison.Ordinal));
        Assert.Equal(realNames[..32], ourNames[..32]);
        Assert.Equal(s_elementColumns.Select(c => realNames[c - 1]), s_elementColumns.Select(c => ourNames[c - 1]));
        const string Record = @"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \d{3}   ([ \-\d]{7}\.\d\d){4}$";
        Assert.Matches(Record, real[Array.IndexOf(real, realNames) + 1]);
        Assert.All(Data(ours), l => Assert.Matches(Record, l));
    }

    private static string[] Write(SyntheticNetwork network, SyntheticStation station)
    {
        var channels = network.Channels.Where(c => c.Info.Id.Station == station.Code).ToArray();
        using var writer = new StringWriter();
        Iaga2002Writer.Write(writer, station, channels, 0, network.Spec.SampleCount, ["A comment long enough to need wrapping onto a second comment record, to check the wrapping keeps 70 characters."]);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Field(string[] lines, string label) =>
        lines.First(l => l.Length == 70 && l[1..24].TrimEnd() == label)[24..69].Trim();

    private static string[] Data(string[] lines) => lines[(Array.FindIndex(lines, l => l.StartsWith("DATE ", StringComparison.Ordinal)) + 1)..];

    private static string[] Fields(string line) => [line[30..40].Trim(), line[40..50].Trim(), line[50..60].Trim(), line[60..70].Trim()];
}
