using System.Xml;
using System.Xml.Linq;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>Reads QuakeML 1.2 event catalogs (BED), one <c>event</c> at a time, keeping each event's preferred origin and magnitude.</summary>
/// <remarks>
/// <para>Streaming: an <see cref="XmlReader"/> walks the document and only one event's subtree is in memory at a time.
/// BED elements are accepted in the standard namespace <c>http://quakeml.org/xmlns/bed/1.2</c>, the real-time
/// <c>bed-rt/1.2</c>, and <c>http://quakeml.org/xmlns/quakeml/1.2</c>, which the ISC Bulletin service uses for them
/// (non-standard, but the content is BED).</para>
/// <para>Choice of origin and magnitude (QuakeML 1.2 BED specification, <c>preferredOriginID</c> and
/// <c>preferredMagnitudeID</c>): the origin whose <c>publicID</c> is the event's <c>preferredOriginID</c>; when the
/// event has none, or it names no origin in the event, the first origin. The magnitude whose <c>publicID</c> is
/// <c>preferredMagnitudeID</c>; otherwise the first magnitude whose <c>originID</c> is the chosen origin; otherwise the
/// first magnitude. (The ISC export has no preferred magnitude and lists its own <c>mb</c> before <c>MS</c>, so its
/// events get <c>mb</c>; a list of magnitude types in order of preference, <c>magnitudeTypes</c>, picks the first of them
/// the event has instead, falling back to this choice when it has none.)</para>
/// <para>Units: QuakeML depths are metres and become km. Times are xs:dateTime, UTC unless they carry an offset.
/// The event id is <c>eventsource</c> + <c>eventid</c> when the event carries those ComCat attributes
/// (<c>ci14517572</c>), else its <c>publicID</c>. An event without an origin, an origin time, a latitude, a longitude, or
/// a magnitude is a bad event (error naming file, line and column, or skipped and counted); a dangling
/// <c>preferredFocalMechanismID</c> is ignored.</para>
/// </remarks>
/// <param name="skipBadEvents">Skip and count bad events instead of failing on the first.</param>
/// <param name="magnitudeTypes">Magnitude types in order of preference, or null for the preferred magnitude.</param>
internal sealed class QuakeMlReader(bool skipBadEvents = false, IReadOnlyList<string>? magnitudeTypes = null)
{
    /// <summary>The namespaces whose elements are read as BED.</summary>
    public static readonly IReadOnlySet<string> BedNamespaces = new HashSet<string>(StringComparer.Ordinal)
    {
        "http://quakeml.org/xmlns/bed/1.2",
        "http://quakeml.org/xmlns/bed-rt/1.2",
        "http://quakeml.org/xmlns/quakeml/1.2",
    };

    /// <summary>Reads the QuakeML file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="DataException">Not well-formed XML, not QuakeML, or a bad event (unless skipping); names line and column.</exception>
    public CatalogReadResult Read(string path, CancellationToken cancellationToken = default)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path, cancellationToken);
    }

    /// <summary>Reads QuakeML from a stream.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="source">The name used in messages and as the catalog's source.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="DataException">Not well-formed XML, not QuakeML, or a bad event (unless skipping); names line and column.</exception>
    public CatalogReadResult Read(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreWhitespace = true, XmlResolver = null };
        var events = new List<Earthquake>();
        var bad = new BadRows(skipBadEvents);
        using var reader = XmlReader.Create(stream, settings);
        var lines = (IXmlLineInfo)reader;
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "quakeml")
            {
                throw new DataException(source, lines.LineNumber, $"column {lines.LinePosition}: not QuakeML: the root element is <{reader.Name}>, expected <quakeml>");
            }

            bool any = false;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "event" || !BedNamespaces.Contains(reader.NamespaceURI))
                {
                    continue;
                }

                any = true;
                cancellationToken.ThrowIfCancellationRequested();
                XElement element;
                using (var subtree = reader.ReadSubtree())
                {
                    element = XElement.Load(subtree, LoadOptions.SetLineInfo);
                }

                try
                {
                    events.Add(QuakeMlEvent.Read(element, source, magnitudeTypes));
                }
                catch (DataException e)
                {
                    bad.Handle(e);
                }
            }

            if (!any)
            {
                throw new DataException(source, null, $"no <event> elements in any of the namespaces {string.Join(", ", BedNamespaces)}");
            }
        }
        catch (XmlException e)
        {
            throw new DataException(source, e.LineNumber, $"column {e.LinePosition}: not well-formed XML: {e.Message}", e);
        }

        return new CatalogReadResult(new EarthquakeCatalog(source, events), CatalogFormat.QuakeMl, bad.Count, bad.Details);
    }

    /// <summary>Parses an xs:dateTime (<c>2004-12-26T00:58:53.08Z</c>; naive means UTC).</summary>
    /// <param name="text">The value.</param>
    /// <param name="time">The instant.</param>
    internal static bool TryParseTime(string text, out DateTimeOffset time)
    {
        time = default;
        if (!IsoTime.TryParse(text.AsSpan().Trim(), out var naive, out var offset))
        {
            return false;
        }

        long utc = naive.Ticks - (offset ?? TimeSpan.Zero).Ticks;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        time = new DateTimeOffset(utc, TimeSpan.Zero);
        return true;
    }
}
