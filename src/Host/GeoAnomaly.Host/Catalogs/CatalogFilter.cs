using System.Globalization;
using GeoAnomaly.Sdk;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>Which events of a catalog to keep: time range, magnitude and depth ranges, a bounding box, a polygon.</summary>
/// <remarks>
/// Every bound is inclusive except <see cref="To"/>, which is exclusive (so consecutive ranges do not overlap). An event
/// of unknown depth (NaN) fails any depth bound. A box whose west edge is east of its east edge crosses the antimeridian
/// (RFC 7946 §5.2). The polygon keeps events on its boundary (NetTopologySuite <c>Covers</c>), tested on
/// [longitude, latitude].
/// </remarks>
internal sealed record CatalogFilter
{
    /// <summary>Earliest origin time kept (inclusive), or null.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Origin times before this are kept (exclusive), or null.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Smallest magnitude kept (inclusive), or null.</summary>
    public double? MinMagnitude { get; init; }

    /// <summary>Largest magnitude kept (inclusive), or null.</summary>
    public double? MaxMagnitude { get; init; }

    /// <summary>Shallowest depth kept, km (inclusive), or null.</summary>
    public double? MinDepthKm { get; init; }

    /// <summary>Deepest depth kept, km (inclusive), or null.</summary>
    public double? MaxDepthKm { get; init; }

    /// <summary>Bounding box, or null.</summary>
    public BoundingBox? Box { get; init; }

    /// <summary>Region polygon (longitude as x, latitude as y), or null.</summary>
    public Geometry? Polygon { get; init; }

    /// <summary>True when the filter keeps everything.</summary>
    public bool IsEmpty => this == new CatalogFilter();

    /// <summary>Every problem, each naming its option (<c>to: must be after from</c>).</summary>
    public IReadOnlyList<OptionError> Validate()
    {
        var errors = new List<OptionError>();
        if (From is { } f && To is { } t && t <= f)
        {
            errors.Add(new OptionError("to", $"must be after from ({f:O}), got {t:O}"));
        }

        if (MinMagnitude is { } a && MaxMagnitude is { } b && b < a)
        {
            errors.Add(new OptionError("maxMagnitude", string.Create(CultureInfo.InvariantCulture, $"must be at least minMagnitude ({a}), got {b}")));
        }

        if (MinDepthKm is { } c && MaxDepthKm is { } d && d < c)
        {
            errors.Add(new OptionError("maxDepth", string.Create(CultureInfo.InvariantCulture, $"must be at least minDepth ({c}), got {d}")));
        }

        foreach (var (name, value) in new[] { ("minMagnitude", MinMagnitude), ("maxMagnitude", MaxMagnitude), ("minDepth", MinDepthKm), ("maxDepth", MaxDepthKm) })
        {
            if (value is double v && !double.IsFinite(v))
            {
                errors.Add(new OptionError(name, "must be a finite number"));
            }
        }

        return errors;
    }

    /// <summary>The catalog's events that pass every bound.</summary>
    /// <param name="catalog">The catalog.</param>
    public EarthquakeCatalog Apply(EarthquakeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return IsEmpty ? catalog : catalog.Where(Predicate());
    }

    /// <summary>The test every kept event passes.</summary>
    public Func<Earthquake, bool> Predicate()
    {
        var prepared = Polygon is null ? null : PreparedGeometryFactory.Prepare(Polygon);
        var factory = Polygon?.Factory ?? GeometryFactory.Default;
        return e =>
            (From is not { } from || e.Time >= from)
            && (To is not { } to || e.Time < to)
            && (MinMagnitude is not { } minM || e.Magnitude >= minM)
            && (MaxMagnitude is not { } maxM || e.Magnitude <= maxM)
            && (MinDepthKm is not { } minD || e.DepthKm >= minD)
            && (MaxDepthKm is not { } maxD || e.DepthKm <= maxD)
            && (Box is not { } box || box.Contains(e.Latitude, e.Longitude))
            && (prepared is null || prepared.Covers(factory.CreatePoint(new Coordinate(e.Longitude, e.Latitude))));
    }
}
