using System.Globalization;
using GeoAnomaly.Synthetic.Seismicity;
using GeoAnomaly.Synthetic.Tests.Support;
using GeoAnomaly.Synthetic.Writing;

namespace GeoAnomaly.Synthetic.Tests.Writing;

public sealed class EtasCsvWriterTests
{
    [Fact]
    public void The_file_has_the_ComCat_columns_plus_parent_and_reads_back_to_the_simulated_events()
    {
        // Given
        using var dir = new TempDirectory();
        var catalog = EtasSimulator.Simulate(EtasSpecs.Small());

        // When
        EtasCsvWriter.WriteFile(dir["etas.csv"], catalog);
        string[] lines = File.ReadAllText(dir["etas.csv"]).Split('\n');

        // Then: a header, one row per event, a final newline.
        Assert.Equal("time,latitude,longitude,depth,mag,magType,id,parent", lines[0]);
        Assert.Equal(catalog.Events.Count + 2, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
        for (int i = 0; i < catalog.Events.Count; i++)
        {
            var e = catalog.Events[i];
            string[] f = lines[i + 1].Split(',');
            Assert.Equal(8, f.Length);
            Assert.Equal(e.Time, DateTimeOffset.Parse(f[0], CultureInfo.InvariantCulture));
            Assert.EndsWith("Z", f[0], StringComparison.Ordinal);
            Assert.Equal(e.Latitude, double.Parse(f[1], CultureInfo.InvariantCulture));
            Assert.Equal(e.Longitude, double.Parse(f[2], CultureInfo.InvariantCulture));
            Assert.Equal(e.DepthKm, double.Parse(f[3], CultureInfo.InvariantCulture));
            Assert.Equal(e.Magnitude, double.Parse(f[4], CultureInfo.InvariantCulture));
            Assert.Equal("mw", f[5]);
            Assert.Equal(e.Id, f[6]);
            Assert.Equal(e.Parent, int.Parse(f[7], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Parent_column_holds_row_indices_of_earlier_events_or_minus_one()
    {
        // Given
        using var dir = new TempDirectory();
        var catalog = EtasSimulator.Simulate(EtasSpecs.Small() with { Duration = TimeSpan.FromDays(3 * 365) });

        // When
        EtasCsvWriter.WriteFile(dir["etas.csv"], catalog);
        int[] parents = [.. File.ReadLines(dir["etas.csv"]).Skip(1).Select(l => int.Parse(l.Split(',')[7], CultureInfo.InvariantCulture))];

        // Then
        Assert.Contains(parents, p => p >= 0);
        Assert.Contains(parents, p => p == -1);
        Assert.All(parents.Select((p, row) => (p, row)), x => Assert.InRange(x.p, -1, x.row - 1));
    }
}
