using System.Globalization;
using NetTopologySuite.Geometries;

namespace GeoAnomaly.Host.Catalogs.Cells;

/// <summary>A regular latitude/longitude grid of forecast cells over a rectangle.</summary>
internal sealed class CellGrid
{
    private static readonly GeometryFactory s_factory = new(new PrecisionModel(), 4326);

    private CellGrid(int rows, int columns, IReadOnlyList<ForecastCell> cells)
    {
        Rows = rows;
        Columns = columns;
        Cells = cells;
    }

    /// <summary>Rows of cells, south to north.</summary>
    public int Rows { get; }

    /// <summary>Columns of cells, west to east.</summary>
    public int Columns { get; }

    /// <summary>The cells, row by row from the south-west corner; each named by its south-west corner (<c>35_139.5</c>).</summary>
    public IReadOnlyList<ForecastCell> Cells { get; }

    /// <summary>The grid of <paramref name="step"/>-degree cells covering south..north, west..east (the last row and column
    /// may reach past north and east when the span is not a multiple of the step).</summary>
    /// <param name="south">Southern edge, -90..90.</param>
    /// <param name="north">Northern edge, above south.</param>
    /// <param name="west">Western edge, -180..180.</param>
    /// <param name="east">Eastern edge, above west (up to west + 360).</param>
    /// <param name="step">Cell size in degrees, more than 0.</param>
    /// <exception cref="ArgumentException">The rectangle or step is out of range, or the grid would exceed a million cells.</exception>
    public static CellGrid Regular(double south, double north, double west, double east, double step)
    {
        if (!(south >= -90 && north <= 90 && south < north) || !(west >= -180 && east > west && east - west <= 360) || !(step > 0))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"a grid needs -90 <= south < north <= 90, -180 <= west < east <= west + 360 and step > 0; got south {south}, north {north}, west {west}, east {east}, step {step}"));
        }

        int rows = (int)Math.Ceiling(((north - south) / step) - 1e-9);
        int columns = (int)Math.Ceiling(((east - west) / step) - 1e-9);
        if ((long)rows * columns > 1_000_000)
        {
            throw new ArgumentException($"a grid of {rows} x {columns} cells is too large (at most a million)");
        }

        var cells = new List<ForecastCell>(rows * columns);
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                double s = south + (r * step);
                double w = west + (c * step);
                var box = s_factory.ToGeometry(new Envelope(w, w + step, s, s + step));
                cells.Add(new ForecastCell(string.Create(CultureInfo.InvariantCulture, $"{s:0.####}_{w:0.####}"), box));
            }
        }

        return new CellGrid(rows, columns, cells);
    }
}
