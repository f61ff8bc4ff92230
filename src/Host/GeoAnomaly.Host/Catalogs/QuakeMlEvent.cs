using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>One QuakeML <c>event</c> element turned into an <see cref="Earthquake"/> (the choice of origin and magnitude is documented on <see cref="QuakeMlReader"/>).</summary>
internal static class QuakeMlEvent
{
    /// <summary>Reads the event's preferred origin and magnitude.</summary>
    /// <param name="element">The <c>event</c> element, loaded with line information.</param>
    /// <param name="source">File name for messages.</param>
    /// <param name="magnitudeTypes">Magnitude types in order of preference (matched without regard to case): the event's first
    /// magnitude of the first type listed that it has; the preferred magnitude when it has none of them. Null or empty: the preferred magnitude.</param>
    /// <exception cref="DataException">No origin, time, latitude, longitude or magnitude, or a value that is not a number or time; names line and column.</exception>
    public static Earthquake Read(XElement element, string source, IReadOnlyList<string>? magnitudeTypes = null)
    {
        string ns = element.Name.NamespaceName;
        XName N(string local) => XName.Get(local, ns);
        string? publicId = (string?)element.Attribute("publicID");
        string what = publicId is null ? "event" : $"event {publicId}";

        var origins = element.Elements(N("origin")).ToList();
        if (origins.Count == 0)
        {
            throw Bad(source, element, $"{what} has no origin");
        }

        string? preferredOrigin = Text(element.Element(N("preferredOriginID")));
        var origin = origins.FirstOrDefault(o => (string?)o.Attribute("publicID") == preferredOrigin) ?? origins[0];
        string? originId = (string?)origin.Attribute("publicID");

        var magnitudes = element.Elements(N("magnitude")).ToList();
        string? preferredMagnitude = Text(element.Element(N("preferredMagnitudeID")));
        var magnitude = (magnitudeTypes ?? []).Select(t => magnitudes.FirstOrDefault(m => string.Equals(Text(m.Element(N("type"))), t, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(m => m is not null)
            ?? magnitudes.FirstOrDefault(m => preferredMagnitude is not null && (string?)m.Attribute("publicID") == preferredMagnitude)
            ?? magnitudes.FirstOrDefault(m => originId is not null && Text(m.Element(N("originID"))) == originId)
            ?? magnitudes.FirstOrDefault()
            ?? throw Bad(source, element, $"{what} has no magnitude");

        var timeValue = Value(origin, N("time"), N("value"), what, source);
        if (!QuakeMlReader.TryParseTime(timeValue.Value, out var time))
        {
            throw Bad(source, timeValue, $"{what}: origin time '{timeValue.Value.Trim()}' is not an xs:dateTime");
        }

        double latitude = Number(Value(origin, N("latitude"), N("value"), what, source), what, "latitude", source);
        double longitude = Number(Value(origin, N("longitude"), N("value"), what, source), what, "longitude", source);
        var depthValue = origin.Element(N("depth"))?.Element(N("value"));
        double depthKm = depthValue is null ? double.NaN : Number(depthValue, what, "depth", source) / 1000.0;
        double mag = Number(Value(magnitude, N("mag"), N("value"), what, source), what, "magnitude", source);
        if (latitude is < -90 or > 90 || longitude is < -180 or > 360)
        {
            throw Bad(source, origin, $"{what}: latitude {latitude.ToString(CultureInfo.InvariantCulture)} or longitude {longitude.ToString(CultureInfo.InvariantCulture)} is out of range");
        }

        return new Earthquake(time, latitude, longitude > 180 ? longitude - 360 : longitude, depthKm, mag)
        {
            MagnitudeType = Text(magnitude.Element(N("type"))),
            Id = ComCatId(element) ?? publicId,
        };
    }

    private static string? ComCatId(XElement element)
    {
        string? source = element.Attributes().FirstOrDefault(a => a.Name.LocalName == "eventsource")?.Value;
        string? id = element.Attributes().FirstOrDefault(a => a.Name.LocalName == "eventid")?.Value;
        return string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(id) ? null : source + id;
    }

    private static XElement Value(XElement parent, XName child, XName value, string what, string source) =>
        parent.Element(child)?.Element(value) ?? throw Bad(source, parent, $"{what}: <{parent.Name.LocalName}> has no <{child.LocalName}><{value.LocalName}>");

    private static double Number(XElement value, string what, string name, string source) =>
        double.TryParse(value.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw Bad(source, value, $"{what}: {name} '{value.Value.Trim()}' is not a number");

    private static string? Text(XElement? element) => element is null ? null : element.Value.Trim() is { Length: > 0 } s ? s : null;

    private static DataException Bad(string source, XElement at, string reason)
    {
        var info = (IXmlLineInfo)at;
        return info.HasLineInfo()
            ? new DataException(source, info.LineNumber, $"column {info.LinePosition}: {reason}")
            : new DataException(source, null, reason);
    }
}
