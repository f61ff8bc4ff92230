using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>Reads any catalog file: tells its format from its content (or is told), then calls the right reader.</summary>
/// <remarks>
/// Detection, on the first text of the file: an XML document whose root element is <c>quakeml</c> is QuakeML; a first
/// line that is a comma-separated header holding <c>time</c>, <c>latitude</c>, <c>longitude</c> and <c>mag</c> is ComCat
/// CSV; a first data line of 9 or 10 (up to 13, ZMAP's extended form) whitespace-separated numbers is ZMAP. A given
/// mapping means <see cref="CatalogFormat.Mapped"/>. Anything else is an error that asks for <c>--format</c> or
/// <c>--mapping</c>.
/// </remarks>
internal static class CatalogReader
{
    private static readonly System.Buffers.SearchValues<char> s_nameEnd = System.Buffers.SearchValues.Create(" >/\r\n\t");

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="path">The catalog file.</param>
    /// <param name="format">The format, or null to detect it (a mapping implies <see cref="CatalogFormat.Mapped"/>).</param>
    /// <param name="mapping">The mapping for <see cref="CatalogFormat.Mapped"/>.</param>
    /// <param name="skipBadRows">Skip and count malformed rows (or events) instead of failing on the first.</param>
    /// <param name="magnitudeTypes">QuakeML: magnitude types in order of preference (see <see cref="QuakeMlReader"/>); other formats carry one magnitude per event and ignore it.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="DataException">The format cannot be told, or the file does not match it; names line and column.</exception>
    /// <exception cref="ArgumentException">Mapped format without a mapping.</exception>
    public static CatalogReadResult Read(string path, CatalogFormat? format = null, CatalogMapping? mapping = null, bool skipBadRows = false, IReadOnlyList<string>? magnitudeTypes = null, CancellationToken cancellationToken = default)
    {
        var chosen = format ?? (mapping is not null ? CatalogFormat.Mapped : Detect(path));
        switch (chosen)
        {
            case CatalogFormat.QuakeMl:
                return new QuakeMlReader(skipBadRows, magnitudeTypes).Read(path, cancellationToken);
            case CatalogFormat.ComCat:
                return new MappedCatalogReader(CatalogMapping.ComCat, skipBadRows).Read(path, chosen, cancellationToken);
            case CatalogFormat.Zmap:
                return new MappedCatalogReader(CatalogMapping.Zmap(ZmapColumns(path) >= 10), skipBadRows).Read(path, chosen, cancellationToken);
            default:
                if (mapping is null)
                {
                    throw new ArgumentException("the mapped format needs a mapping", nameof(mapping));
                }

                return new MappedCatalogReader(mapping, skipBadRows).Read(path, chosen, cancellationToken);
        }
    }

    /// <summary>The format of <paramref name="path"/>, from its content.</summary>
    /// <param name="path">The catalog file.</param>
    /// <exception cref="DataException">The content matches no known format; says what to give instead.</exception>
    public static CatalogFormat Detect(string path)
    {
        using var reader = StationFiles.OpenText(path);
        char[] buffer = new char[4096];
        int read = reader.ReadBlock(buffer);
        var head = new string(buffer, 0, read);
        var trimmed = head.AsSpan().TrimStart();
        if (trimmed.StartsWith("<"))
        {
            return IsQuakeMl(head)
                ? CatalogFormat.QuakeMl
                : throw new DataException(path, 1, "an XML document that is not QuakeML (no <quakeml> root); give --format or --mapping");
        }

        string first = FirstDataLine(head) ?? throw new DataException(path, null, "file is empty");
        var names = first.Split(',').Select(n => n.Trim().Trim('"')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (names.IsSupersetOf(["time", "latitude", "longitude", "mag"]))
        {
            return CatalogFormat.ComCat;
        }

        int zmap = CountNumbers(first);
        return zmap is >= 9 and <= 13
            ? CatalogFormat.Zmap
            : throw new DataException(path, 1, $"cannot tell the catalog format from the first line '{LineText(first)}' (not QuakeML, a ComCat CSV header or ZMAP columns); give --format or a --mapping");
    }

    private static bool IsQuakeMl(string head)
    {
        int at = 0;
        while ((at = head.IndexOf('<', at)) >= 0)
        {
            var rest = head.AsSpan(at + 1);
            if (rest.StartsWith("?") || rest.StartsWith("!"))
            {
                at++;
                continue;
            }

            int end = rest.IndexOfAny(s_nameEnd);
            var name = end < 0 ? rest : rest[..end];
            int colon = name.IndexOf(':');
            return (colon < 0 ? name : name[(colon + 1)..]).SequenceEqual("quakeml");
        }

        return false;
    }

    private static int ZmapColumns(string path)
    {
        using var reader = StationFiles.OpenText(path);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (!string.IsNullOrWhiteSpace(line) && !line.TrimStart().StartsWith('#'))
            {
                return CountNumbers(line);
            }
        }

        return 0;
    }

    private static string? FirstDataLine(string head) =>
        head.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith('#'));

    private static int CountNumbers(string line)
    {
        var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return fields.All(f => double.TryParse(f, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)) ? fields.Length : 0;
    }

    private static string LineText(string line) => line.Length <= 80 ? line : line[..77] + "...";
}
