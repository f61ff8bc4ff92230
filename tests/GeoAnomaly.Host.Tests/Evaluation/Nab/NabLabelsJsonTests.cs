using System.Text;
using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

public sealed class NabLabelsJsonTests
{
    [Fact]
    public void Windows_are_read_per_file_with_their_lines()
    {
        // Given: NAB's layout, an empty list for a file without anomalies
        const string Json = """
            {
                "a/none.csv": [],
                "a/two.csv": [
                    [
                        "2014-04-10 07:15:00.000000",
                        "2014-04-11 16:45:00.000000"
                    ],
                    ["2014-04-12 00:00:00", "2014-04-12 01:00:00"]
                ]
            }
            """;

        // When
        var windows = NabLabelsJson.ReadWindows(Encoding.UTF8.GetBytes(Json), "w.json");

        // Then
        Assert.Equal(["a/none.csv", "a/two.csv"], windows.Keys);
        Assert.Empty(windows["a/none.csv"]);
        var two = windows["a/two.csv"];
        Assert.Equal(new DateTimeOffset(2014, 4, 10, 7, 15, 0, TimeSpan.Zero), two[0].Start);
        Assert.Equal(new DateTimeOffset(2014, 4, 11, 16, 45, 0, TimeSpan.Zero), two[0].End);
        Assert.Equal((5L, 8L), (two[0].Line, two[1].Line));
    }

    [Theory]
    [InlineData("{\n \"a.csv\": [[\"2014-01-02 00:00:00\", \"2014-01-01 00:00:00\"]]\n}", 2, "ends (2014-01-01 00:00:00) before it starts")]
    [InlineData("{\n \"a.csv\": [[\"2014-01-01 00:00:00\", \"2014-01-02 00:00:00\"],\n [\"2014-01-02 00:00:00\", \"2014-01-03 00:00:00\"]]\n}", 3, "starts before the previous one ends")]
    [InlineData("{\n \"a.csv\": [[\"yesterday\", \"2014-01-02 00:00:00\"]]\n}", 2, "'a.csv': the window start 'yesterday' is not a time")]
    [InlineData("{\n \"a.csv\": [[\"2014-01-01 00:00:00\"]]\n}", 2, "the window end must be a time string")]
    [InlineData("{\n \"a.csv\": [],\n \"a.csv\": []\n}", 3, "'a.csv' appears twice")]
    [InlineData("{\n \"a.csv\": [\n]\n,}", 4, "not valid JSON")]
    [InlineData("[]", 1, "expected an object of data files, found an array")]
    public void A_bad_window_file_names_the_line_at_fault(string json, long line, string message)
    {
        // Given: the JSON text

        // When
        var error = Assert.Throws<DataException>(() => NabLabelsJson.ReadWindows(Encoding.UTF8.GetBytes(json), "w.json"));

        // Then
        Assert.Equal("w.json", error.Source);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
