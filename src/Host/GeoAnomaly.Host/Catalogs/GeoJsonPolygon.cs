using System.Text.Json;
using GeoAnomaly.Host.Storage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>Reads a region polygon from a GeoJSON file (RFC 7946) into a NetTopologySuite geometry.</summary>
/// <remarks>
/// Accepts a <c>Polygon</c> or <c>MultiPolygon</c> geometry, a <c>Feature</c> holding one, or a
/// <c>FeatureCollection</c> (every polygonal feature, joined into one <c>MultiPolygon</c>). Positions are
/// <c>[longitude, latitude]</c> in degrees (a third value, elevation, is ignored); each ring needs at least four
/// positions, the last equal to the first (RFC 7946 §3.1.6). The coordinates are parsed with System.Text.Json because
/// NetTopologySuite's own GeoJSON reader for it (NetTopologySuite.IO.GeoJSON) is not among the served packages.
/// An invalid polygon (self-intersecting ring, hole outside its shell) is an error naming the JSON path and the fault.
/// </remarks>
internal static class GeoJsonPolygon
{
    private static readonly GeometryFactory s_factory = new(new PrecisionModel(), 4326);

    /// <summary>Reads the polygon of the GeoJSON file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="DataException">Not JSON, no polygon, a malformed or invalid ring; names the JSON path (and line for syntax errors).</exception>
    public static Geometry Read(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses GeoJSON text.</summary>
    /// <param name="json">The GeoJSON.</param>
    /// <param name="source">Name for messages.</param>
    /// <exception cref="DataException">Not JSON, no polygon, a malformed or invalid ring.</exception>
    public static Geometry Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new DataException(source, (e.LineNumber ?? 0) + 1, $"not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var polygons = new List<Polygon>();
            Collect(document.RootElement, "$", polygons, source);
            if (polygons.Count == 0)
            {
                throw new DataException(source, null, "no Polygon or MultiPolygon in the GeoJSON");
            }

            Geometry geometry = polygons.Count == 1 ? polygons[0] : s_factory.CreateMultiPolygon([.. polygons]);
            var check = new IsValidOp(geometry);
            return check.IsValid
                ? geometry
                : throw new DataException(source, null, $"invalid polygon: {check.ValidationError.Message} at ({check.ValidationError.Coordinate.X}, {check.ValidationError.Coordinate.Y})");
        }
    }

    /// <summary>
    /// Reads named regions: each polygonal feature of a <c>FeatureCollection</c> (or the single <c>Feature</c>) is one
    /// region, named by its <paramref name="nameProperty"/> property (a string or number), else <c>feature{i}</c>.
    /// </summary>
    /// <param name="path">The GeoJSON file.</param>
    /// <param name="nameProperty">The property holding each region's name.</param>
    /// <exception cref="DataException">As <see cref="Read"/>; also two regions with one name.</exception>
    public static IReadOnlyList<(string Name, Geometry Area)> ReadNamed(string path, string nameProperty = "name")
    {
        string json = File.ReadAllText(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new DataException(path, (e.LineNumber ?? 0) + 1, $"not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var features = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.GetString() == "FeatureCollection"
                ? [.. Property(root, "features", "$", path).EnumerateArray()]
                : new List<JsonElement> { root };
            var regions = new List<(string, Geometry)>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < features.Count; i++)
            {
                string at = features.Count == 1 && root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("features", out _) ? "$" : $"$.features[{i}]";
                var polygons = new List<Polygon>();
                Collect(features[i], at, polygons, path);
                if (polygons.Count == 0)
                {
                    continue;
                }

                string name = features[i].TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                    && properties.TryGetProperty(nameProperty, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
                    ? value.ToString()
                    : $"feature{i}";
                if (!names.Add(name))
                {
                    throw new DataException(path, null, $"{at}: a second region named '{name}' (property '{nameProperty}'); region names must be unique");
                }

                Geometry geometry = polygons.Count == 1 ? polygons[0] : s_factory.CreateMultiPolygon([.. polygons]);
                var check = new IsValidOp(geometry);
                if (!check.IsValid)
                {
                    throw new DataException(path, null, $"{at}: invalid polygon: {check.ValidationError.Message} at ({check.ValidationError.Coordinate.X}, {check.ValidationError.Coordinate.Y})");
                }

                regions.Add((name, geometry));
            }

            return regions.Count > 0 ? regions : throw new DataException(path, null, "no Polygon or MultiPolygon in the GeoJSON");
        }
    }

    private static void Collect(JsonElement element, string path, List<Polygon> polygons, string source)
    {
        string type = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()!
            : throw new DataException(source, null, $"{path}: a GeoJSON object with a \"type\" was expected");
        switch (type)
        {
            case "FeatureCollection":
                int i = 0;
                foreach (var feature in Property(element, "features", path, source).EnumerateArray())
                {
                    Collect(feature, $"{path}.features[{i++}]", polygons, source);
                }

                break;
            case "Feature":
                var geometry = Property(element, "geometry", path, source);
                if (geometry.ValueKind != JsonValueKind.Null)
                {
                    Collect(geometry, path + ".geometry", polygons, source);
                }

                break;
            case "Polygon":
                polygons.Add(ReadPolygon(Property(element, "coordinates", path, source), path + ".coordinates", source));
                break;
            case "MultiPolygon":
                int k = 0;
                foreach (var polygon in Property(element, "coordinates", path, source).EnumerateArray())
                {
                    polygons.Add(ReadPolygon(polygon, $"{path}.coordinates[{k++}]", source));
                }

                break;
            default:
                break; // points and lines in a collection have no area: not part of the region
        }
    }

    private static Polygon ReadPolygon(JsonElement rings, string path, string source)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
        {
            throw new DataException(source, null, $"{path}: a polygon is an array of linear rings");
        }

        var linear = rings.EnumerateArray().Select((r, i) => ReadRing(r, $"{path}[{i}]", source)).ToList();
        return s_factory.CreatePolygon(linear[0], [.. linear.Skip(1)]);
    }

    private static LinearRing ReadRing(JsonElement ring, string path, string source)
    {
        if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
        {
            throw new DataException(source, null, $"{path}: a linear ring needs at least four positions");
        }

        var coordinates = new List<Coordinate>();
        int i = 0;
        foreach (var position in ring.EnumerateArray())
        {
            if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                || !position[0].TryGetDouble(out double lon) || !position[1].TryGetDouble(out double lat)
                || lon is < -180 or > 360 || lat is < -90 or > 90)
            {
                throw new DataException(source, null, $"{path}[{i}]: a position is [longitude, latitude] in degrees (-180..360, -90..90)");
            }

            coordinates.Add(new Coordinate(lon, lat));
            i++;
        }

        return coordinates[0].Equals2D(coordinates[^1])
            ? s_factory.CreateLinearRing([.. coordinates])
            : throw new DataException(source, null, $"{path}: the ring is not closed (its last position must equal its first)");
    }

    private static JsonElement Property(JsonElement element, string name, string path, string source) =>
        element.TryGetProperty(name, out var value) ? value : throw new DataException(source, null, $"{path}: \"{name}\" is missing");
}
