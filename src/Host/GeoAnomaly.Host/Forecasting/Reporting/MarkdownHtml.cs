using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GeoAnomaly.Host.Forecasting.Reporting;

/// <summary>
/// Converts the small Markdown subset the reports use into HTML body elements: <c>#</c>/<c>##</c>/<c>###</c> headings,
/// <c>- </c> lists, pipe tables (a <c>---:</c> column is right-aligned), paragraphs, a line that is only an image
/// <c>![alt](path)</c>, and inline <c>`code`</c> and <c>**bold**</c>. Everything else is text, HTML-encoded.
/// </summary>
internal static partial class MarkdownHtml
{
    /// <summary>The HTML of <paramref name="markdown"/>.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <param name="image">Makes an image's <c>src</c> from its Markdown path (e.g. a data URI).</param>
    public static string Convert(string markdown, Func<string, string> image)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(image);
        string[] lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var html = new StringBuilder();
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count > 0)
            {
                html.Append("<p>").Append(Inline(string.Join(' ', paragraph))).AppendLine("</p>");
                paragraph.Clear();
            }
        }

        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (Heading(line) is { } heading)
            {
                Flush();
                html.AppendLine(heading);
            }
            else if (ImageLine().Match(line) is { Success: true } match)
            {
                Flush();
                html.Append("<figure><img src=\"").Append(WebUtility.HtmlEncode(image(match.Groups["path"].Value)))
                    .Append("\" alt=\"").Append(WebUtility.HtmlEncode(match.Groups["alt"].Value)).AppendLine("\"></figure>");
            }
            else if (line.StartsWith('|'))
            {
                Flush();
                int end = i;
                while (end < lines.Length && lines[end].TrimEnd().StartsWith('|'))
                {
                    end++;
                }

                Table(html, lines[i..end]);
                i = end - 1;
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                Flush();
                html.AppendLine("<ul>");
                for (; i < lines.Length && lines[i].StartsWith("- ", StringComparison.Ordinal); i++)
                {
                    html.Append("<li>").Append(Inline(lines[i][2..].TrimEnd())).AppendLine("</li>");
                }

                html.AppendLine("</ul>");
                i--;
            }
            else
            {
                paragraph.Add(line);
            }
        }

        Flush();
        return html.ToString();
    }

    /// <summary>Inline Markdown: HTML-encoded text with <c>`code`</c> and <c>**bold**</c>.</summary>
    /// <param name="text">One line or paragraph.</param>
    public static string Inline(string text)
    {
        string encoded = WebUtility.HtmlEncode(text);
        encoded = Code().Replace(encoded, "<code>$1</code>");
        return Bold().Replace(encoded, "<strong>$1</strong>");
    }

    private static string? Heading(string line)
    {
        int level = line.TakeWhile(c => c == '#').Count();
        return level is >= 1 and <= 4 && line.Length > level && line[level] == ' '
            ? $"<h{level}>{Inline(line[(level + 1)..])}</h{level}>"
            : null;
    }

    private static void Table(StringBuilder html, string[] rows)
    {
        var cells = rows.Select(Cells).ToList();
        bool aligned = cells.Count > 1 && cells[1].All(c => c.Trim().TrimEnd(':').TrimStart(':').All(ch => ch == '-') && c.Contains('-', StringComparison.Ordinal));
        bool[] right = aligned ? [.. cells[1].Select(c => c.Trim().EndsWith(':'))] : [];
        html.AppendLine("<table>");
        for (int r = 0; r < cells.Count; r++)
        {
            if (aligned && r == 1)
            {
                continue;
            }

            string tag = aligned && r == 0 ? "th" : "td";
            html.Append("<tr>");
            for (int c = 0; c < cells[r].Length; c++)
            {
                string style = c < right.Length && right[c] ? " class=\"num\"" : "";
                html.Append('<').Append(tag).Append(style).Append('>').Append(Inline(cells[r][c].Trim())).Append("</").Append(tag).Append('>');
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</table>");
    }

    /// <summary>The cells of a pipe-table row, without the outer pipes.</summary>
    private static string[] Cells(string row)
    {
        string trimmed = row.Trim();
        trimmed = trimmed.StartsWith('|') ? trimmed[1..] : trimmed;
        trimmed = trimmed.EndsWith('|') ? trimmed[..^1] : trimmed;
        return trimmed.Split('|');
    }

    [GeneratedRegex(@"^!\[(?<alt>[^\]]*)\]\((?<path>[^)\s]+)\)$")]
    private static partial Regex ImageLine();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex Bold();
}
