using System.Globalization;
using GeoAnomaly.Host.Evaluation;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation;

public sealed class EventMetricsTableTests
{
    [Fact]
    public void Text_and_CSV_carry_one_row_per_detector_with_the_same_numbers()
    {
        // Given: a detector that finds two of three windows late, and one that finds nothing
        EventMetrics[] rows =
        [
            EventMetrics.Compute("finder", [Scored.Series(2000, [Scored.Window(100, 200), Scored.Window(500, 600), Scored.Window(900, 910)],
                [Scored.Detection(137), Scored.Detection(511), Scored.Detection(1500)])], TimeSpan.Zero),
            EventMetrics.Compute("blind", [Scored.Series(2000, [Scored.Window(100, 200)], [])], TimeSpan.Zero),
        ];
        using var text = new StringWriter();
        using var csv = new StringWriter();

        // When
        EventMetricsTable.WriteText(text, rows);
        EventMetricsTable.WriteCsv(csv, rows);

        // Then: every CSV number, rounded as the text shows it, is the text's cell in the same row
        string[] records = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, records.Length);
        Assert.Equal(string.Join(',', EventMetricsTable.Columns), records[0]);
        string[] lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (string record in records.Skip(1))
        {
            string[] f = record.Split(',');
            string[] cells = Assert.Single(lines, l => l.TrimStart().StartsWith(f[0] + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string[] expected =
            [
                f[0], f[2], f[3], f[4], Round(f[7], "0.000"), Round(f[8], "0.000"), Round(f[9], "0.000"),
                Round(f[10], "0.0"), Round(f[11], "0.0"), Round(f[13], "0.0"), Round(f[14], "0.000"), Round(f[15], "0.000"),
            ];
            Assert.Equal(expected, cells);
        }

        Assert.Contains("finder,1,3,2,3,2,1,", records[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_CSV_file_is_written_into_the_folder()
    {
        // Given
        using var folder = new TempFolder();
        EventMetrics[] rows = [EventMetrics.Compute("det", [Scored.Series(100, [Scored.Window(10, 20)], [Scored.Detection(12)])], TimeSpan.Zero)];

        // When
        string path = EventMetricsTable.WriteCsv(Path.Combine(folder.Path, "out"), rows);

        // Then
        Assert.Equal(Path.Combine(folder.Path, "out", EventMetricsTable.FileName), path);
        Assert.Equal(2, File.ReadAllLines(path).Length);
    }

    private static string Round(string csv, string format) =>
        csv.Length == 0 ? "-" : EventMetricsTable.Text(double.Parse(csv, CultureInfo.InvariantCulture), format);
}
