using System.Text;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Host.Tests.Storage.Influx;

public sealed class InfluxResultWalkerTests
{
    [Fact]
    public void Rows_go_straight_into_arrays_with_null_as_NaN_and_exact_doubles()
    {
        // Given
        const string Chunk = """{"results":[{"statement_id":0,"series":[{"name":"ga_raw","columns":["time","value"],"values":[[60000000000,-0],[120000000000,null],[180000000000,5e-324],[240000000000,1.7976931348623157e+308]],"partial":true}],"partial":true}]}""";
        var points = new PointCollector("value", "test");

        // When
        InfluxResultWalker.Walk(Encoding.UTF8.GetBytes(Chunk), points, "http://h", "SELECT");

        // Then
        Assert.Equal(4, points.Count);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddMinutes(3), points.Times[2]);
        Assert.True(double.IsNegative(points.Values[0]) && points.Values[0] == 0);
        Assert.True(double.IsNaN(points.Values[1]));
        Assert.Equal(double.Epsilon, points.Values[2]);
        Assert.Equal(double.MaxValue, points.Values[3]);
    }

    [Fact]
    public void An_error_in_a_result_becomes_an_exception_naming_the_query_and_statement()
    {
        // Given: influxd 1.6.7's answer to a query on a database that does not exist
        const string Chunk = """{"results":[{"statement_id":0,"error":"database not found: nodb"}]}""";

        // When
        var e = Assert.Throws<InfluxException>(() => InfluxResultWalker.Walk(Encoding.UTF8.GetBytes(Chunk), new PointCollector("v", "t"), "http://h:1", "SELECT v FROM m"));

        // Then
        Assert.Equal("InfluxDB at http://h:1 could not run query 'SELECT v FROM m' (statement 0): database not found: nodb", e.Message);
    }

    [Fact]
    public void A_top_level_error_becomes_an_exception()
    {
        var e = Assert.Throws<InfluxException>(() => InfluxResultWalker.Walk("""{"error":"authorization failed"}"""u8, new PointCollector("v", "t"), "http://h:1", "SHOW DATABASES"));

        Assert.Contains("SHOW DATABASES", e.Message, StringComparison.Ordinal);
        Assert.Contains("authorization failed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_value_is_a_data_error_naming_the_point()
    {
        const string Chunk = """{"results":[{"statement_id":0,"series":[{"name":"m","columns":["time","value"],"values":[[0,1],[60000000000,"x"]]}]}]}""";

        var e = Assert.Throws<DataException>(() => InfluxResultWalker.Walk(Encoding.UTF8.GetBytes(Chunk), new PointCollector("value", "db m"), "u", "q"));

        Assert.Contains("point 2", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("db m:", e.Message, StringComparison.Ordinal);
    }
}
