using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

public sealed class NabDataCsvTests
{
    [Fact]
    public void Rows_are_read_and_repeated_times_kept()
    {
        // Given: NAB's files repeat a time at clock changes
        const string Csv = "timestamp,value\n2014-03-09 02:55:00,1.5\n2014-03-09 03:00:00,2\n2014-03-09 03:00:00,3\n";

        // When
        var rows = NabDataCsv.Read(new StringReader(Csv), "d.csv");

        // Then
        Assert.Equal([1.5, 2, 3], rows.Values);
        Assert.Equal(rows.Timestamps[1], rows.Timestamps[2]);
        Assert.Equal(new DateTimeOffset(2014, 3, 9, 2, 55, 0, TimeSpan.Zero), rows.Timestamps[0]);
    }

    [Theory]
    [InlineData("timestamp,value\n2014-03-09 03:00:00,1\n2014-03-09 02:55:00,2\n", 3L, "column timestamp: 2014-03-09 02:55:00 is earlier than the row before")]
    [InlineData("timestamp,value\n2014-03-09 03:00:00,x\n", 2L, "column value: 'x' is not a number")]
    [InlineData("timestamp,value\n2014-03-09 03:00:00,\n", 2L, "column value: is empty")]
    [InlineData("time,value\n2014-03-09 03:00:00,1\n", 1L, "unknown column 'time'")]
    [InlineData("timestamp,value\n", null, "has a header but no rows")]
    public void A_bad_data_file_names_the_line_and_column(string csv, long? line, string message)
    {
        // Given: the CSV text

        // When
        var error = Assert.Throws<DataException>(() => NabDataCsv.Read(new StringReader(csv), "d.csv"));

        // Then
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
