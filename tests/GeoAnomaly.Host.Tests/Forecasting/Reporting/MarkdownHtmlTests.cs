using GeoAnomaly.Host.Forecasting.Reporting;

namespace GeoAnomaly.Host.Tests.Forecasting.Reporting;

public sealed class MarkdownHtmlTests
{
    [Fact]
    public void A_pipe_table_becomes_a_table_with_a_header_and_right_aligned_number_columns()
    {
        // Given
        const string Markdown = "| forecast | AUC |\n| --- | ---: |\n| a<b | 0.7 |\n| `c` | 0.6 |\n";

        // When
        string html = MarkdownHtml.Convert(Markdown, p => p);

        // Then
        Assert.Equal(
            "<table>\n<tr><th>forecast</th><th class=\"num\">AUC</th></tr>\n<tr><td>a&lt;b</td><td class=\"num\">0.7</td></tr>\n<tr><td><code>c</code></td><td class=\"num\">0.6</td></tr>\n</table>\n",
            html.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_lists_paragraphs_and_an_image_line_convert_and_text_is_encoded()
    {
        // Given
        const string Markdown = "# Title\n\n- one **bold**\n- two & more\n\nfirst line\nsecond line\n\n![alt \"q\"](plots/x.png)\n";

        // When
        string html = MarkdownHtml.Convert(Markdown, p => "data:" + p);

        // Then
        Assert.Equal(
            "<h1>Title</h1>\n<ul>\n<li>one <strong>bold</strong></li>\n<li>two &amp; more</li>\n</ul>\n<p>first line second line</p>\n<figure><img src=\"data:plots/x.png\" alt=\"alt &quot;q&quot;\"></figure>\n",
            html.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
