using System.Text;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Reads a quoted InfluxQL identifier or string literal back, with the escapes the InfluxQL scanner accepts
/// (<c>\\</c>, <c>\"</c>, <c>\'</c>, <c>\n</c>; any other escape and a raw newline are errors).</summary>
public static class InfluxQlReader
{
    public static string Unquote(string quoted)
    {
        char quote = quoted[0];
        if ((quote != '"' && quote != '\'') || quoted.Length < 2 || quoted[^1] != quote)
        {
            throw new FormatException($"not quoted: {quoted}");
        }

        var sb = new StringBuilder();
        for (int i = 1; i < quoted.Length - 1; i++)
        {
            char c = quoted[i];
            if (c == '\n')
            {
                throw new FormatException("raw newline inside quotes");
            }

            if (c == quote)
            {
                throw new FormatException($"unescaped quote at {i} in {quoted}");
            }

            if (c == '\\')
            {
                char next = quoted[++i];
                sb.Append(next switch
                {
                    'n' => '\n',
                    '\\' or '"' or '\'' => next,
                    _ => throw new FormatException($"bad escape \\{next}"),
                });
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
