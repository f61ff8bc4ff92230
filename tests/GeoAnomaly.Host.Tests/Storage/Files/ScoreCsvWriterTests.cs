using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Storage.Files;

public sealed class ScoreCsvWriterTests
{
    [Fact]
    public void Component_outputs_are_written_on_their_grid_with_NaN_as_empty()
    {
        // Given
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "scores.csv");
        var start = new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero);
        double[] data = [0.1, double.NaN, 0.3, 10, 11, double.NaN, -1.5, 0.25, 1e-7];
        var output = new ComponentOutput(["score", "expected", "residual"], start, TimeSpan.FromMinutes(1), 3, data);

        // When
        ScoreCsvWriter.Write(path, output, "BOU.H/sr/");

        // Then: the file reads back through the plain-CSV path of the station reader
        string[] lines = File.ReadAllLines(path);
        Assert.Equal("time,BOU.H/sr/score,BOU.H/sr/expected,BOU.H/sr/residual", lines[0]);
        Assert.Equal("2016-01-01T00:01:00Z,,11,0.25", lines[2]);
        var back = StationFiles.Read(path, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(3, back.Count);
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(start, back[k].Series.Start);
            Assert.Equal(output.Column(k).ToArray(), back[k].Series.Values.ToArray());
        }

        Assert.Equal(["scores.csv"], folder.Files());
    }

    [Fact]
    public void Columns_of_different_lengths_or_reserved_names_are_rejected()
    {
        // Given
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "s.csv");
        var start = DateTimeOffset.UnixEpoch;

        // When
        var uneven = Assert.Throws<ArgumentException>(() => ScoreCsvWriter.Write(path, start, TimeSpan.FromSeconds(1), [new("a", new double[2]), new("b", new double[3])]));
        var reserved = Assert.Throws<ArgumentException>(() => ScoreCsvWriter.Write(path, start, TimeSpan.FromSeconds(1), [new("Time", new double[2])]));

        // Then
        Assert.Contains("same length", uneven.Message, StringComparison.Ordinal);
        Assert.Contains("unique and not 'time'", reserved.Message, StringComparison.Ordinal);
        Assert.Empty(folder.Files());
    }
}
