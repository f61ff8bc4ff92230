using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Distance;

namespace GeoAnomaly.Host.Catalogs.Cells;

/// <summary>
/// A space cell of a forecast: a named polygon in longitude/latitude degrees (a grid rectangle or any region read from
/// GeoJSON). An epicentre on the boundary belongs to the cell, so neighbouring grid cells share their edges; the
/// dataset gives such an event to the first of them in the cells' order (<see cref="Features.FeatureDataset"/>).
/// </summary>
internal sealed class ForecastCell
{
    private readonly IPreparedGeometry _prepared;

    /// <summary>Creates a cell.</summary>
    /// <param name="id">The cell's name, unique among the cells of a run.</param>
    /// <param name="area">The polygon (x = longitude, y = latitude, degrees).</param>
    public ForecastCell(string id, Geometry area)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(area);
        if (area.IsEmpty || area.Dimension != Dimension.Surface)
        {
            throw new ArgumentException($"cell {id}: the area must be a non-empty polygon", nameof(area));
        }

        Id = id;
        Area = area;
        _prepared = PreparedGeometryFactory.Prepare(area);
        var centre = area.Centroid;
        CentreLatitude = centre.Y;
        CentreLongitude = centre.X;
    }

    /// <summary>The cell's name.</summary>
    public string Id { get; }

    /// <summary>The polygon, longitude/latitude degrees.</summary>
    public Geometry Area { get; }

    /// <summary>Latitude of the area's centroid.</summary>
    public double CentreLatitude { get; }

    /// <summary>Longitude of the area's centroid.</summary>
    public double CentreLongitude { get; }

    /// <summary>Whether the point lies in the cell or on its boundary.</summary>
    /// <param name="latitude">Degrees north.</param>
    /// <param name="longitude">Degrees east.</param>
    public bool Contains(double latitude, double longitude) => _prepared.Covers(Area.Factory.CreatePoint(new Coordinate(longitude, latitude)));

    /// <summary>
    /// Great-circle distance from the point to the nearest point of the cell, km (0 inside). The nearest point is found
    /// in longitude/latitude degrees and the distance then measured on the sphere, which is close for cells of a few
    /// degrees away from the poles.
    /// </summary>
    /// <param name="latitude">Degrees north.</param>
    /// <param name="longitude">Degrees east.</param>
    public double DistanceKm(double latitude, double longitude)
    {
        var point = Area.Factory.CreatePoint(new Coordinate(longitude, latitude));
        if (_prepared.Covers(point))
        {
            return 0;
        }

        var nearest = DistanceOp.NearestPoints(Area, point)[0];
        return Geodesy.DistanceKm(latitude, longitude, nearest.Y, nearest.X);
    }
}
