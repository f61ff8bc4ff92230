using System.Globalization;
using GeoAnomaly.Host.Catalogs.Cells;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GeoAnomaly.Host.Catalogs.Features;

/// <summary>What the forecast dataset is built over.</summary>
/// <param name="Cells">The space cells.</param>
/// <param name="Schedule">The issue times.</param>
/// <param name="HorizonsDays">The horizons, days; one label and first-event column pair each.</param>
/// <param name="TargetMagnitude">Mth: a target event has magnitude at least this.</param>
internal sealed record FeatureDatasetSpec(IReadOnlyList<ForecastCell> Cells, IssueSchedule Schedule, IReadOnlyList<int> HorizonsDays, double TargetMagnitude);

/// <summary>What a written dataset holds: rows, positive labels per horizon, and per feature column its range and missing values.</summary>
/// <param name="Rows">Rows written.</param>
/// <param name="Positives">Positive labels per horizon.</param>
/// <param name="Features">The feature columns' names.</param>
/// <param name="Min">Smallest value per feature column (+infinity when all are missing).</param>
/// <param name="Max">Largest value per feature column (-infinity when all are missing).</param>
/// <param name="Missing">Missing (NaN) values per feature column.</param>
internal sealed record FeatureDatasetStats(long Rows, long[] Positives, IReadOnlyList<string> Features, double[] Min, double[] Max, long[] Missing);

/// <summary>
/// The forecast dataset: one row per (cell, issue time t) with the feature blocks' values from information strictly
/// before t, and per horizon h the label "an event of M ≥ Mth occurs in the cell in (t, t + h]" and the time of the
/// first such event. Rows are written as CSV, cell by cell, each cell's rows in time order.
/// </summary>
/// <remarks>
/// Events are assigned to cells once (an event on a shared edge of two polygons goes to the first cell that covers it, in
/// the order given); each row then sees its cell's events before t by binary search, so building is
/// O(cells × issues × block cost + events × cells) and memory holds the catalog, not the rows.
/// </remarks>
internal static class FeatureDataset
{
    /// <summary>Fixed leading columns: the cell, its centroid and the issue time.</summary>
    public static readonly string[] KeyColumns = ["cell", "cell_lat_deg", "cell_lon_deg", "issue_time_utc"];

    /// <summary>The full header of a dataset with these blocks and horizons.</summary>
    /// <param name="blocks">The feature blocks.</param>
    /// <param name="horizonsDays">The horizons, days.</param>
    public static IReadOnlyList<string> Header(IReadOnlyList<IFeatureBlock> blocks, IReadOnlyList<int> horizonsDays)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(horizonsDays);
        return [.. KeyColumns, .. blocks.SelectMany(b => b.Columns), .. horizonsDays.SelectMany(h => new[] { $"label_{h}d", $"first_target_{h}d_utc" })];
    }

    /// <summary>Builds the dataset and writes it as CSV; returns its rows, positive labels and feature ranges.</summary>
    /// <param name="catalog">The catalog (all magnitudes; blocks filter what they need).</param>
    /// <param name="spec">Cells, issue times, horizons and target magnitude.</param>
    /// <param name="blocks">The feature blocks.</param>
    /// <param name="writer">Where the CSV goes.</param>
    /// <exception cref="ArgumentException">No cells or no horizons.</exception>
    public static FeatureDatasetStats Write(EarthquakeCatalog catalog, FeatureDatasetSpec spec, IReadOnlyList<IFeatureBlock> blocks, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(writer);
        if (spec.Cells.Count == 0 || spec.HorizonsDays.Count == 0 || spec.HorizonsDays.Any(h => h < 1))
        {
            throw new ArgumentException("a dataset needs at least one cell and horizons of at least one day");
        }

        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Join(',', Header(blocks, spec.HorizonsDays)));
        var byCell = Assign(catalog, spec.Cells);
        var times = spec.Schedule.Times().ToList();
        long rows = 0;
        long[] positives = new long[spec.HorizonsDays.Count];
        string[] features = [.. blocks.SelectMany(b => b.Columns)];
        double[] min = new double[features.Length];
        double[] max = new double[features.Length];
        long[] missing = new long[features.Length];
        Array.Fill(min, double.PositiveInfinity);
        Array.Fill(max, double.NegativeInfinity);
        var line = new System.Text.StringBuilder();
        foreach (var cell in spec.Cells)
        {
            var events = byCell[cell.Id];
            int before = 0;
            foreach (var t in times)
            {
                while (before < events.Length && events[before].Time < t)
                {
                    before++;
                }

                var past = new ArraySegment<Earthquake>(events, 0, before);
                line.Clear();
                line.Append(cell.Id).Append(',').Append(cell.CentreLatitude.ToString("R", inv)).Append(',')
                    .Append(cell.CentreLongitude.ToString("R", inv)).Append(',').Append(t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", inv));
                int column = 0;
                foreach (var block in blocks)
                {
                    foreach (double v in block.Compute(cell.Id, past, t))
                    {
                        if (double.IsNaN(v))
                        {
                            missing[column]++;
                            line.Append(',');
                        }
                        else
                        {
                            min[column] = Math.Min(min[column], v);
                            max[column] = Math.Max(max[column], v);
                            line.Append(',').Append(v.ToString("R", inv));
                        }

                        column++;
                    }
                }

                for (int h = 0; h < spec.HorizonsDays.Count; h++)
                {
                    var label = TargetLabel.Of(events, t, TimeSpan.FromDays(spec.HorizonsDays[h]), spec.TargetMagnitude);
                    positives[h] += label.Occurs ? 1 : 0;
                    line.Append(',').Append(label.Occurs ? '1' : '0').Append(',')
                        .Append(label.First is { } first ? first.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", inv) : string.Empty);
                }

                writer.WriteLine(line);
                rows++;
            }
        }

        return new FeatureDatasetStats(rows, positives, features, min, max, missing);
    }

    private static Dictionary<string, Earthquake[]> Assign(EarthquakeCatalog catalog, IReadOnlyList<ForecastCell> cells)
    {
        var index = new STRtree<int>();
        for (int i = 0; i < cells.Count; i++)
        {
            index.Insert(cells[i].Area.EnvelopeInternal, i);
        }

        index.Build();
        var byCell = cells.Select(_ => new List<Earthquake>()).ToArray();
        foreach (var e in catalog.Events)
        {
            int first = index.Query(new Envelope(e.Longitude, e.Longitude, e.Latitude, e.Latitude))
                .Where(i => cells[i].Contains(e.Latitude, e.Longitude)).DefaultIfEmpty(-1).Min();
            if (first >= 0)
            {
                byCell[first].Add(e);
            }
        }

        return cells.Select((c, i) => (c.Id, Events: byCell[i].ToArray())).ToDictionary(p => p.Id, p => p.Events, StringComparer.Ordinal);
    }
}
