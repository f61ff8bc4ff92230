using GeoAnomaly.Host.Storage.Influx;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Storage.Influx;

public sealed class InfluxQlTests
{
    [Theory]
    [InlineData("O'Brien", "'O\\'Brien'")]
    [InlineData("a\"b", "'a\"b'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    [InlineData("two\nlines", "'two\\nlines'")]
    [InlineData("with space,comma=eq", "'with space,comma=eq'")]
    public void Literals_escape_single_quote_backslash_and_newline(string raw, string quoted) =>
        Assert.Equal(quoted, InfluxQl.Literal(raw));

    [Theory]
    [InlineData("station", "\"station\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("O'Brien", "\"O'Brien\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    public void Identifiers_escape_double_quote_and_backslash(string raw, string quoted) =>
        Assert.Equal(quoted, InfluxQl.Identifier(raw));

    [Fact]
    public void Random_strings_read_back_unchanged_with_the_InfluxQL_escapes()
    {
        var random = new Random(3);
        const string Alphabet = "a '\"\\,=\n台é";
        for (int n = 0; n < 5_000; n++)
        {
            // Given
            string raw = new([.. Enumerable.Range(0, random.Next(0, 10)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);

            // When
            string literal = InfluxQl.Literal(raw), identifier = InfluxQl.Identifier(raw);

            // Then
            Assert.Equal(raw, InfluxQlReader.Unquote(literal));
            Assert.Equal(raw, InfluxQlReader.Unquote(identifier));
        }
    }

    [Fact]
    public void A_retention_policy_qualifies_the_measurement()
    {
        var plain = new InfluxConnection { Url = "http://h:8086", Database = "db" };
        var qualified = plain with { RetentionPolicy = "one year" };

        Assert.Equal("\"ga_raw\"", InfluxQl.Measurement(plain, "ga_raw"));
        Assert.Equal("\"db\".\"one year\".\"ga_raw\"", InfluxQl.Measurement(qualified, "ga_raw"));
    }

    [Fact]
    public void Times_are_nanosecond_integers()
    {
        Assert.Equal("1609459200000000000", InfluxQl.Time(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }
}
