using System.Globalization;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Hot-path text primitives for data rows: white-space tokenising and exact decimal parsing.</summary>
internal static class FastText
{
    private const int MaxExactDigits = 15;

    private static readonly double[] s_powersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];

    /// <summary>Splits on runs of spaces and tabs; returns the number of tokens (which may exceed <paramref name="tokens"/>' length, then only the first fit).</summary>
    /// <param name="line">The text.</param>
    /// <param name="tokens">Receives the token ranges.</param>
    public static int SplitWhitespace(ReadOnlySpan<char> line, Span<Range> tokens)
    {
        int count = 0;
        int i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i == line.Length)
            {
                return count;
            }

            int start = i;
            while (i < line.Length && line[i] is not (' ' or '\t'))
            {
                i++;
            }

            if (count < tokens.Length)
            {
                tokens[count] = new Range(start, i);
            }

            count++;
        }
    }

    /// <summary>Parses a number exactly as <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out double)"/> with <see cref="NumberStyles.Float"/> would.</summary>
    /// <param name="text">The number.</param>
    /// <param name="format">Number format (decimal separator) for the general path.</param>
    /// <param name="value">The value.</param>
    /// <remarks>
    /// Plain decimals of at most 15 significant digits (<c>-20735.93</c>) take a fast path that is exact: the digits
    /// form an integer below 2^53 and the power of ten is exactly representable, so one IEEE division is correctly
    /// rounded (Clinger 1990). Everything else (exponents, long mantissas, NaN) goes to the framework parser.
    /// </remarks>
    public static bool TryParseDouble(ReadOnlySpan<char> text, NumberFormatInfo format, out double value)
    {
        char separator = format.NumberDecimalSeparator.Length == 1 ? format.NumberDecimalSeparator[0] : '.';
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            i = 1;
        }

        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            int d = c - '0';
            if ((uint)d <= 9)
            {
                if (mantissa != 0 || d != 0)
                {
                    digits++;
                }

                mantissa = (mantissa * 10) + d;
                if (fraction >= 0)
                {
                    fraction++;
                }

                if (digits > MaxExactDigits || fraction > MaxExactDigits)
                {
                    return double.TryParse(text, NumberStyles.Float, format, out value);
                }
            }
            else if (c == separator && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                return double.TryParse(text, NumberStyles.Float, format, out value);
            }
        }

        bool hasDigit = text.Length - (negative || (text.Length > 0 && text[0] == '+') ? 1 : 0) - (fraction >= 0 ? 1 : 0) > 0;
        if (!hasDigit)
        {
            return double.TryParse(text, NumberStyles.Float, format, out value);
        }

        value = fraction > 0 ? mantissa / s_powersOfTen[fraction] : mantissa;
        value = negative ? -value : value;
        return true;
    }
}
