using System.Net;
using System.Text;

namespace GeoAnomaly.Host.Forecasting.Reporting;

/// <summary>
/// A self-contained HTML page from a Markdown report: the same text and tables (through <see cref="MarkdownHtml"/>),
/// every image embedded as a <c>data:image/png;base64,…</c> URI, inline CSS, and no external resource of any kind, so
/// the one file can be mailed or archived and still shows its plots.
/// </summary>
/// <remarks>One small inline script, run on load, records on <c>&lt;body&gt;</c> how many images decoded
/// (<c>data-images="loaded/total"</c>) and where they are (<c>data-image-rects="x,y,w,h;…"</c>, CSS pixels): a
/// headless browser's DOM dump then shows whether the page displays every plot. The page needs no script to read.</remarks>
internal static class HtmlReport
{
    /// <summary>The report's file name.</summary>
    public const string FileName = "report.html";

    private const string Style = """
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1b1b1b; background: #fff; max-width: 1100px; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
        h1 { font-size: 1.8em; border-bottom: 2px solid #ccc; padding-bottom: .2em; }
        h2 { font-size: 1.35em; margin-top: 1.8em; border-bottom: 1px solid #ddd; padding-bottom: .15em; }
        h3 { font-size: 1.1em; margin-top: 1.4em; }
        table { border-collapse: collapse; margin: .8em 0; font-size: .92em; }
        th, td { border: 1px solid #ccc; padding: .3em .6em; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr:nth-child(even) td { background: #fafafa; }
        code { font-family: "DejaVu Sans Mono", Consolas, monospace; background: #f4f4f4; padding: 0 .25em; border-radius: 3px; }
        figure { margin: 1em 0; }
        img { display: block; max-width: 100%; height: auto; border: 1px solid #ddd; }
        """;

    private const string Script = """
        window.addEventListener("load", function () {
          var images = Array.prototype.slice.call(document.images);
          var loaded = images.filter(function (i) { return i.complete && i.naturalWidth > 0; });
          document.body.dataset.images = loaded.length + "/" + images.length;
          document.body.dataset.imageRects = images.map(function (i) {
            var r = i.getBoundingClientRect();
            return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height].map(Math.round).join(",");
          }).join(";");
        });
        """;

    /// <summary>The page for <paramref name="markdown"/>, its images read from files relative to <paramref name="folder"/>.</summary>
    /// <param name="markdown">The Markdown report.</param>
    /// <param name="folder">The folder image paths are relative to.</param>
    /// <param name="title">The page title.</param>
    /// <exception cref="IOException">An image file cannot be read (its path is named).</exception>
    /// <exception cref="ArgumentException">An image path is absolute, a URL, or leaves the folder: the page would not be self-contained.</exception>
    public static string FromMarkdown(string markdown, string folder, string title)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(folder);
        var page = new StringBuilder();
        page.AppendLine("<!DOCTYPE html>");
        page.AppendLine("<html lang=\"en\">");
        page.AppendLine("<head>");
        page.AppendLine("<meta charset=\"utf-8\">");
        page.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        page.Append("<title>").Append(WebUtility.HtmlEncode(title)).AppendLine("</title>");
        page.Append("<style>\n").Append(Style).AppendLine("</style>");
        page.Append("<script>\n").Append(Script).AppendLine("</script>");
        page.AppendLine("</head>");
        page.AppendLine("<body>");
        page.Append(MarkdownHtml.Convert(markdown, path => DataUri(folder, path)));
        page.AppendLine("</body>");
        page.AppendLine("</html>");
        return page.ToString();
    }

    /// <summary>Writes <see cref="FromMarkdown"/>'s page to <paramref name="path"/> (UTF-8, no BOM).</summary>
    /// <param name="path">The HTML file.</param>
    /// <param name="markdown">The Markdown report.</param>
    /// <param name="folder">The folder image paths are relative to.</param>
    /// <param name="title">The page title.</param>
    public static void Write(string path, string markdown, string folder, string title) =>
        File.WriteAllText(path, FromMarkdown(markdown, folder, title), new UTF8Encoding(false));

    /// <summary>The <c>data:</c> URI of an image file given by a path relative to <paramref name="folder"/>.</summary>
    /// <param name="folder">The report folder.</param>
    /// <param name="relative">The image's relative path (<c>/</c> separators).</param>
    public static string DataUri(string folder, string relative)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(relative);
        string root = Path.GetFullPath(folder);
        string file = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
        if (relative.Contains(':', StringComparison.Ordinal) || Path.IsPathRooted(relative) || !file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"image '{relative}': only paths inside the report folder {root} can be embedded", nameof(relative));
        }

        string type = Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".svg" => "image/svg+xml",
            _ => throw new ArgumentException($"image '{relative}': only PNG, JPEG and SVG images can be embedded", nameof(relative)),
        };
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{file}: cannot embed the image in the report: {e.Message}", e);
        }

        return $"data:{type};base64,{Convert.ToBase64String(bytes)}";
    }
}
