using System.Globalization;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Tests.Storage.Files;

public sealed class FastTextTests
{
    private static readonly NumberFormatInfo s_comma = new() { NumberDecimalSeparator = "," };

    [Theory]
    [InlineData("20735.93")]
    [InlineData("-99.77")]
    [InlineData("+0.5")]
    [InlineData("-0.00")]
    [InlineData("0")]
    [InlineData("5.")]
    [InlineData(".25")]
    [InlineData("000123.4500")]
    [InlineData("999999999999999")]
    [InlineData("9999999999999999")]
    [InlineData("0.1234567890123456789")]
    [InlineData("1e-7")]
    [InlineData("1.5E+3")]
    [InlineData(" 7 ")]
    [InlineData("NaN")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("12a")]
    public void Edge_cases_agree_with_the_framework_parser(string text)
    {
        // When
        bool ok = FastText.TryParseDouble(text, NumberFormatInfo.InvariantInfo, out double value);

        // Then
        bool expectedOk = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double expected);
        Assert.Equal(expectedOk, ok);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
    }

    [Fact]
    public void Random_decimals_parse_bit_for_bit_like_the_framework()
    {
        // Given
        var random = new Random(20160101);
        var texts = new List<string>();
        for (int i = 0; i < 200_000; i++)
        {
            int intDigits = random.Next(0, 12);
            int fracDigits = random.Next(0, 10);
            string sign = random.Next(3) switch { 0 => "-", 1 => "+", _ => string.Empty };
            string whole = string.Concat(Enumerable.Range(0, intDigits).Select(_ => (char)('0' + random.Next(10))));
            string frac = string.Concat(Enumerable.Range(0, fracDigits).Select(_ => (char)('0' + random.Next(10))));
            texts.Add(fracDigits == 0 ? sign + (whole.Length == 0 ? "0" : whole) : $"{sign}{whole}.{frac}");
        }

        // When
        var mismatches = texts.Where(t =>
        {
            bool ok = FastText.TryParseDouble(t, NumberFormatInfo.InvariantInfo, out double v);
            bool okComma = FastText.TryParseDouble(t.Replace('.', ','), s_comma, out double w);
            double expected = double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture);
            return !ok || !okComma || BitConverter.DoubleToInt64Bits(v) != BitConverter.DoubleToInt64Bits(expected) || BitConverter.DoubleToInt64Bits(w) != BitConverter.DoubleToInt64Bits(expected);
        }).Take(5).ToList();

        // Then
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("2016-01-01 00:00:00.000 001     20735.93    -99.77", 5)]
    [InlineData("  a\t\tb  ", 2)]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    public void Whitespace_split_counts_every_token(string line, int count)
    {
        // Given
        Span<Range> tokens = stackalloc Range[3];

        // When
        int n = FastText.SplitWhitespace(line, tokens);

        // Then
        Assert.Equal(count, n);
        var expected = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < Math.Min(n, tokens.Length); i++)
        {
            Assert.Equal(expected[i], line[tokens[i]]);
        }
    }
}
