using System.Globalization;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Small hand-written catalog texts for reader tests.</summary>
internal static class CatalogTexts
{
    /// <summary>A ComCat CSV header (as the FDSN event service writes it).</summary>
    public const string ComCatHeader = "time,latitude,longitude,depth,mag,magType,nst,gap,dmin,rms,net,id,updated,place,type";

    /// <summary>A ComCat CSV row with a quoted place holding a comma.</summary>
    public static string ComCatRow(string time, string lat, string lon, string depth, string mag, string type, string id) =>
        $"{time},{lat},{lon},{depth},{mag},{type},12,80,0.1,0.2,ci,{id},2020-01-01T00:00:00.000Z,\"10km NE of Ridgecrest, CA\",earthquake";

    /// <summary>A QuakeML 1.2 document around <paramref name="events"/> (BED namespace unless given).</summary>
    public static string QuakeMl(string events, string bed = "http://quakeml.org/xmlns/bed/1.2") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <q:quakeml xmlns="{bed}" xmlns:q="http://quakeml.org/xmlns/quakeml/1.2">
          <eventParameters publicID="smi:test/ep">
        {events}
          </eventParameters>
        </q:quakeml>
        """;

    /// <summary>An origin element.</summary>
    public static string Origin(string id, string time, double lat, double lon, double depthMetres) =>
        string.Create(CultureInfo.InvariantCulture, $"<origin publicID=\"{id}\"><time><value>{time}</value></time><latitude><value>{lat}</value></latitude><longitude><value>{lon}</value></longitude><depth><value>{depthMetres}</value></depth></origin>");

    /// <summary>A magnitude element.</summary>
    public static string Magnitude(string id, double mag, string type, string? originId = null) =>
        string.Create(CultureInfo.InvariantCulture, $"<magnitude publicID=\"{id}\"><mag><value>{mag}</value></mag><type>{type}</type>{(originId is null ? "" : $"<originID>{originId}</originID>")}</magnitude>");
}
