using System.Globalization;
using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Storage.Influx;

public sealed class LineProtocolTests
{
    [Fact]
    public void The_special_characters_example_of_the_InfluxDB_docs_is_encoded_as_documented()
    {
        // Given: the example "Write a point with special characters" of the InfluxDB 1.x line protocol reference
        // (docs.influxdata.com/influxdb/v1/write_protocols/line_protocol_reference/#special-characters): it writes
        // measurement "measurement with quo⚡️es and emoji", tag key `tag key with sp🚀ces`, tag value
        // `tag,value,with"commas"`, field key `field_k\ey`, field value `string field value, only " need be esc🍭ped`.
        const string Documented = "\"measurement\\ with\\ quo⚡️es\\ and\\ emoji\",tag\\ key\\ with\\ sp🚀ces=tag\\,value\\,with\"commas\" field_k\\ey=\"string field value, only \\\" need be esc🍭ped\"";
        var key = SeriesKey.Create("\"measurement with quo⚡️es and emoji\"", [new("tag key with sp🚀ces", "tag,value,with\"commas\"")]);
        var batch = new LineBatch();

        // When
        batch.BeginPoint(key);
        batch.Field(new FieldKey("field_k\\ey"), "string field value, only \" need be esc🍭ped");
        batch.EndPoint(1_465_839_830_100_400_200);

        // Then
        Assert.Equal(Documented + " 1465839830100400200", batch.LineText(0));
    }

    [Theory]
    [InlineData("cpu", "cpu")]
    [InlineData("a b,c", "a\\ b\\,c")]
    [InlineData("x=y\"z'", "x=y\"z'")]
    public void Measurements_escape_comma_and_space(string raw, string escaped) =>
        Assert.Equal(escaped, LineProtocol.EscapeMeasurement(raw));

    [Theory]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("a\"b", "a\"b")]
    [InlineData("a b,c=d", "a\\ b\\,c\\=d")]
    [InlineData("back\\slash", "back\\slash")]
    [InlineData("a\\,b", "a\\\\,b")]
    public void Tag_keys_and_values_escape_comma_equals_and_space_and_keep_backslashes(string raw, string escaped)
    {
        Assert.Equal(escaped, LineProtocol.EscapeTagKey(raw));
        Assert.Equal(escaped, LineProtocol.EscapeTagValue(raw));
    }

    [Theory]
    [InlineData("value", "value")]
    [InlineData("raw score,x=1", "raw\\ score\\,x\\=1")]
    [InlineData("field_k\\ey", "field_k\\ey")]
    public void Field_keys_escape_comma_equals_and_space(string raw, string escaped) =>
        Assert.Equal(escaped, LineProtocol.EscapeFieldKey(raw));

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("c:\\dir\\", "\"c:\\\\dir\\\\\"")]
    [InlineData("", "\"\"")]
    public void String_fields_escape_double_quote_and_backslash(string raw, string quoted) =>
        Assert.Equal(quoted, LineProtocol.QuoteString(raw));

    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    public void Newlines_are_rejected_everywhere_with_a_clear_error(string raw)
    {
        foreach (var encode in new Func<string, string>[] { LineProtocol.EscapeMeasurement, LineProtocol.EscapeTagKey, s => LineProtocol.EscapeTagValue(s, "station"), LineProtocol.EscapeFieldKey, LineProtocol.QuoteString })
        {
            var e = Assert.Throws<ArgumentException>(() => encode(raw));
            Assert.Contains("newline", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Names_line_protocol_cannot_carry_are_rejected_naming_the_problem()
    {
        Assert.Contains("ends with a backslash", Assert.Throws<ArgumentException>(() => LineProtocol.EscapeTagValue("abc\\", "station")).Message, StringComparison.Ordinal);
        Assert.Contains("ends with a backslash", Assert.Throws<ArgumentException>(() => LineProtocol.EscapeTagKey("k\\")).Message, StringComparison.Ordinal);
        Assert.Contains("comment", Assert.Throws<ArgumentException>(() => LineProtocol.EscapeMeasurement("#m")).Message, StringComparison.Ordinal);
        Assert.Contains("backslash", Assert.Throws<ArgumentException>(() => LineProtocol.EscapeMeasurement("m\\x")).Message, StringComparison.Ordinal);
        Assert.Contains("backslash before ','", Assert.Throws<ArgumentException>(() => LineProtocol.EscapeFieldKey("a\\,b")).Message, StringComparison.Ordinal);
        Assert.Contains("reserved", Assert.Throws<ArgumentException>(() => LineProtocol.EscapeTagKey("time")).Message, StringComparison.Ordinal);
        Assert.Contains("reserved", Assert.Throws<ArgumentException>(() => LineProtocol.EscapeFieldKey("time")).Message, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => LineProtocol.EscapeTagValue("", "station")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_names_and_values_read_back_unchanged_under_the_1x_rules()
    {
        // Given
        var random = new Random(42);
        const string Alphabet = "ab ,=\"'\\é台_-";
        string Any(bool backslashes, Func<string, bool>? ok = null)
        {
            while (true)
            {
                string s = new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
                if ((backslashes || !s.Contains('\\', StringComparison.Ordinal)) && !s.EndsWith('\\') && s != "time" && (ok is null || ok(s)))
                {
                    return s;
                }
            }
        }

        bool FieldKeyOk(string s) => !Enumerable.Range(0, s.Length - 1).Any(i => s[i] == '\\' && ",= \"\\".Contains(s[i + 1], StringComparison.Ordinal));

        for (int n = 0; n < 2_000; n++)
        {
            string measurement = Any(backslashes: false, s => s[0] != '#');
            string tagKey = Any(true), tagValue = Any(true), fieldKey = Any(true, FieldKeyOk), text = Any(true);
            var batch = new LineBatch();

            // When
            batch.BeginPoint(SeriesKey.Create(measurement, [new(tagKey, tagValue)]));
            batch.Field(new FieldKey(fieldKey), text);
            batch.EndPoint(n);
            var line = LineProtocolReader.Parse(batch.LineText(0));

            // Then
            Assert.Equal(measurement, line.Measurement);
            Assert.Equal([(tagKey, tagValue)], line.Tags);
            Assert.Equal([(fieldKey, text, true)], line.Fields);
            Assert.Equal(n, line.Time);
        }
    }

    [Fact]
    public void Floats_round_trip_bit_for_bit_and_use_only_characters_the_1x_number_scanner_accepts()
    {
        // Given
        var random = new Random(7);
        var values = new List<double> { 1e-300, -1e-300, -0.0, 0.0, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, 2.2250738585072014e-308, 0.1, 1.0 / 3, 1e21, 123456789012345680000.0, 5e-324, 1e308 };
        while (values.Count < 100_000)
        {
            double d = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (double.IsFinite(d))
            {
                values.Add(d);
            }
        }

        foreach (double value in values)
        {
            // When
            string text = LineProtocol.FormatFloat(value);
            double back = double.Parse(text, CultureInfo.InvariantCulture);

            // Then
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(back));
            Assert.True(text.All(c => char.IsAsciiDigit(c) || c is '.' or 'E' or 'e' or '+' or '-'), text);
        }
    }

    [Fact]
    public void A_point_writes_floats_integers_booleans_and_the_nanosecond_time_and_leaves_NaN_fields_out()
    {
        // Given
        var batch = new LineBatch();
        var time = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1);

        // When
        batch.BeginPoint(SeriesKey.Create("m", [new("b", "2"), new("a", "1"), new("empty", "")]));
        batch.Field(new FieldKey("f"), -0.0);
        batch.Field(new FieldKey("nan"), double.NaN);
        batch.Field(new FieldKey("inf"), double.PositiveInfinity);
        batch.Field(new FieldKey("i"), -42L);
        batch.Field(new FieldKey("ok"), true);
        batch.EndPoint(time);

        // Then
        Assert.Equal("m,a=1,b=2 f=-0,i=-42i,ok=true 1609459200000000100", batch.LineText(0));
    }

    [Fact]
    public void A_point_whose_fields_are_all_NaN_is_not_written()
    {
        // Given
        var batch = new LineBatch();
        var key = SeriesKey.Create("m");

        // When
        bool kept = batch.AppendPoint(key, new FieldKey("v"), double.NaN, 1);
        batch.BeginPoint(key);
        batch.Field(new FieldKey("v"), double.NaN);
        bool keptToo = batch.EndPoint(2);

        // Then
        Assert.False(kept);
        Assert.False(keptToo);
        Assert.Equal(0, batch.Count);
        Assert.Equal(0, batch.ByteCount);
    }

    [Fact]
    public void Times_outside_what_InfluxDB_stores_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LineProtocol.ToUnixNanoseconds(new DateTimeOffset(1600, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LineProtocol.ToUnixNanoseconds(new DateTimeOffset(2300, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(-1_000_000_000, LineProtocol.ToUnixNanoseconds(DateTimeOffset.UnixEpoch.AddSeconds(-1)));
    }
}
