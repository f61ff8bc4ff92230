using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Host.Tests.Storage.Influx;

/// <summary>The error texts below are influxd 1.6.7's answers (Debian's influxdb package) to the writes named in each
/// case, recorded while building this reader; the integration tests check the same behaviour against the live server.</summary>
public sealed class InfluxWriteErrorTests
{
    [Fact]
    public void A_partial_write_with_unparseable_lines_names_each_line_and_reason()
    {
        // Given: the answer to a batch whose 2nd and 4th lines were "bad line here" and "m v=4,"
        const string Message = "partial write: unable to parse 'bad line here': invalid field format\nunable to parse 'm v=4,': invalid field format dropped=0";

        // When
        var error = InfluxWriteError.Parse(Message);

        // Then
        Assert.True(error.Partial);
        Assert.Equal(0, error.Dropped);
        Assert.Equal([("bad line here", "invalid field format"), ("m v=4,", "invalid field format")], error.Unparsed);
    }

    [Fact]
    public void Unparsed_lines_are_matched_to_the_batch_with_their_job_line_numbers()
    {
        // Given
        var batch = new LineBatch();
        batch.Reset(firstLineNumber: 100);
        batch.AppendLine("m,a=1 v=1 1000000000");
        batch.AppendLine("m,a=1 v= 2000000000");
        batch.AppendLine("m,a=1 v=3 3000000000");
        var error = InfluxWriteError.Parse("partial write: unable to parse 'm,a=1 v= 2000000000': missing field value dropped=0");

        // When
        var lines = error.Match(batch);

        // Then
        var line = Assert.Single(lines);
        Assert.Equal(new InfluxLineError(1, 101, "m,a=1 v= 2000000000", "missing field value"), line);
    }

    [Fact]
    public void A_line_containing_quote_colon_space_is_still_cut_at_the_reason()
    {
        var error = InfluxWriteError.Parse("unable to parse 'm s=\"a': b\" x': invalid field format");

        Assert.False(error.Partial);
        Assert.Equal([("m s=\"a': b\" x", "invalid field format")], error.Unparsed);
    }

    [Fact]
    public void A_field_type_conflict_names_no_line_but_the_dropped_count()
    {
        // Given: the answer to a string value for a field stored as float
        const string Message = "partial write: field type conflict: input field \"v\" on measurement \"m\" is type string, already exists as type float dropped=1";

        // When
        var error = InfluxWriteError.Parse(Message);

        // Then
        Assert.True(error.Partial);
        Assert.Equal(1, error.Dropped);
        Assert.Empty(error.Unparsed);
    }

    [Fact]
    public void A_conflict_inside_one_batch_is_not_partial()
    {
        var error = InfluxWriteError.Parse("field type conflict");

        Assert.False(error.Partial);
        Assert.Null(error.Dropped);
        Assert.Empty(error.Unparsed);
    }
}
