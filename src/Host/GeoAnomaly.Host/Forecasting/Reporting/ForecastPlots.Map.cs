using System.Globalization;
using ScottPlot;

namespace GeoAnomaly.Host.Forecasting.Reporting;

/// <summary>The map of the last issue time's forecast.</summary>
internal static partial class ForecastPlots
{
    /// <summary>Diameter of a cell's marker, pixels.</summary>
    private const float CellMarkerSize = 14;

    /// <summary>Draws <paramref name="name"/>'s forecast at the last test issue time: one marker per cell at its centroid,
    /// coloured by probability (Viridis, colour bar from 0 to the largest probability), and a star on each cell where a
    /// target event occurred within the horizon. No basemap.</summary>
    /// <param name="path">The PNG file.</param>
    /// <param name="evaluation">The walk-forward forecasts.</param>
    /// <param name="name">The forecast to map.</param>
    public static void Map(string path, WalkForwardEvaluation evaluation, string name)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var dataset = evaluation.Dataset;
        double[] probabilities = evaluation.Forecasts[name];
        var issue = evaluation.Rows.Select(i => dataset.Rows[i].Issue).DefaultIfEmpty().Max();
        int[] last = [.. Enumerable.Range(0, evaluation.Rows.Length).Where(k => dataset.Rows[evaluation.Rows[k]].Issue == issue)];
        string window = string.Create(CultureInfo.InvariantCulture, $"{issue:yyyy-MM-dd} to {issue + dataset.Horizon:yyyy-MM-dd}");
        using var plot = NewPlot($"{name}: forecast issued {issue:yyyy-MM-dd} ({dataset.HorizonDays}-day horizon)", "longitude, degrees east", "latitude, degrees north");
        if (last.Length == 0)
        {
            Note(plot, "no test rows");
            Save(plot, path);
            return;
        }

        double top = last.Max(k => probabilities[k]);
        var scale = new ColorScale(s_colormap, top > 0 ? top : 1);
        int[] ordered = [.. last.OrderBy(k => probabilities[k])];
        foreach (int k in ordered)
        {
            // Highest last, so it is on top; it alone carries the legend entry.
            var key = dataset.Rows[evaluation.Rows[k]];
            var marker = plot.Add.Marker(key.Longitude, key.Latitude, MarkerShape.FilledSquare, CellMarkerSize, scale.ColorOf(probabilities[k]));
            marker.LegendText = k == ordered[^1] ? $"cell centroid, coloured by probability ({last.Length:N0} cells)" : "";
        }

        var hits = last.Where(k => evaluation.Labels[k]).Select(k => dataset.Rows[evaluation.Rows[k]]).ToList();
        double[] lon = [.. hits.Select(h => h.Longitude)];
        double[] lat = [.. hits.Select(h => h.Latitude)];
        var stars = plot.Add.Markers(lon, lat, MarkerShape.Asterisk, CellMarkerSize, Colors.Red);
        stars.MarkerLineWidth = 3;
        stars.MarkerSize = CellMarkerSize * 1.6f;
        stars.LegendText = $"target event {window} ({hits.Count} cells)";
        var bar = plot.Add.ColorBar(scale, Edge.Right);
        bar.Label = "forecast probability";
        bar.LabelStyle.FontSize = LabelSize;
        Pad(plot, last.Select(k => dataset.Rows[evaluation.Rows[k]]).ToList());
        plot.ShowLegend(Alignment.UpperLeft);
        Save(plot, path);
    }

    /// <summary>Axis limits around the cells with a margin of one cell spacing (at least 0.5°).</summary>
    private static void Pad(Plot plot, IReadOnlyList<ForecastRowKey> cells)
    {
        double west = cells.Min(c => c.Longitude), east = cells.Max(c => c.Longitude);
        double south = cells.Min(c => c.Latitude), north = cells.Max(c => c.Latitude);
        double pad = Math.Max(0.5, Math.Max(east - west, north - south) * 0.08);
        plot.Axes.SetLimits(west - pad, east + pad, south - pad, north + (pad * 2.5));
    }

    private static readonly ScottPlot.Colormaps.Viridis s_colormap = new();

    /// <summary>The colour axis of the map: probability 0 to <paramref name="Top"/> through a colormap.</summary>
    private sealed record ColorScale(IColormap Colormap, double Top) : IHasColorAxis
    {
        public ScottPlot.Range GetRange() => new(0, Top);

        public Color ColorOf(double probability) => Colormap.GetColor(Math.Clamp(probability / Top, 0, 1));
    }
}
