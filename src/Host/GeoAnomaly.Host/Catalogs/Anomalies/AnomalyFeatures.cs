using System.Globalization;
using GeoAnomaly.Host.Catalogs.Cells;
using GeoAnomaly.Host.Catalogs.Features;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Catalogs.Anomalies;

/// <summary>An anomaly event with the channel kind and location of its station, as the features need it.</summary>
/// <param name="Event">The event (from <c>ga_anomaly</c> or an events file).</param>
/// <param name="Kind">The channel kind.</param>
/// <param name="Station">The station's location.</param>
internal sealed record LocatedAnomaly(AnomalyEvent Event, ChannelKind Kind, StationLocation Station);

/// <summary>
/// Anomaly features of a cell at an issue time t, from the anomaly events of the stations within the Dobrovolsky
/// preparation radius of the cell (R = 10^(0.43 M) km for the target magnitude M, distance from the station to the
/// nearest point of the cell).
/// </summary>
/// <remarks>
/// <para><b>No look-ahead.</b> An event counts at t only once it has ended: <c>End ≤ t</c>. Events that end later —
/// which includes every event starting at or after t — never change a row issued at t.</para>
/// <para><b>Columns</b>, for each trailing window w (days): <c>anomaly_count_{w}d</c> (events with
/// <c>t − w &lt; End ≤ t</c>), <c>anomaly_peak_{w}d</c> (their largest calibrated score, 0 when none),
/// <c>anomaly_stations_{w}d</c> (distinct stations among them); with <see cref="AnomalyFeatureOptions.ByKind"/> the count
/// and peak per channel kind, with <see cref="AnomalyFeatureOptions.ByDetector"/> per detector; then
/// <c>days_since_anomaly</c> (t minus the latest end at or before t, days; NaN when none) and <c>stations_in_radius</c>.
/// The detector columns are those of the events given, in name order.</para>
/// </remarks>
internal sealed class AnomalyFeatures : IFeatureBlock
{
    private static readonly ChannelKind[] s_kinds = [ChannelKind.Deformation, ChannelKind.Electromagnetic, ChannelKind.Fluid, ChannelKind.Other];
    private readonly AnomalyFeatureOptions _options;
    private readonly string[] _detectors;
    private readonly Dictionary<string, (LocatedAnomaly[] Events, string[] Stations)> _byCell = new(StringComparer.Ordinal);

    /// <summary>Indexes the anomalies for the cells.</summary>
    /// <param name="anomalies">All anomaly events with their stations.</param>
    /// <param name="stations">Every station of the network (NET.STA) with its location, also those without events.</param>
    /// <param name="cells">The forecast cells.</param>
    /// <param name="options">Windows, radius and breakdowns.</param>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public AnomalyFeatures(IReadOnlyList<LocatedAnomaly> anomalies, IReadOnlyDictionary<string, StationLocation> stations, IReadOnlyList<ForecastCell> cells, AnomalyFeatureOptions options)
    {
        ArgumentNullException.ThrowIfNull(anomalies);
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("anomaly features: " + string.Join("; ", problems), nameof(options));
        }

        _options = options;
        RadiusKm = Geodesy.DobrovolskyRadiusKm(options.TargetMagnitude);
        _detectors = [.. anomalies.Select(a => a.Event.Detector).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var byStation = anomalies.GroupBy(a => StationKey(a.Event.Channel)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            string[] near = [.. stations.Where(s => cell.DistanceKm(s.Value.Latitude, s.Value.Longitude) <= RadiusKm).Select(s => s.Key).Order(StringComparer.Ordinal)];
            LocatedAnomaly[] events = [.. near.SelectMany(s => byStation.GetValueOrDefault(s) ?? []).OrderBy(a => a.Event.End)];
            _byCell[cell.Id] = (events, near);
        }

        Columns = [.. BuildColumns()];
    }

    /// <summary>The Dobrovolsky radius used, km.</summary>
    public double RadiusKm { get; }

    /// <summary>Column names, in the order of <see cref="Compute"/>'s values.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The key a station is known by: <c>NET.STA</c>.</summary>
    /// <param name="channel">Any channel of the station.</param>
    public static string StationKey(ChannelId channel) => $"{channel.Network}.{channel.Station}";

    /// <summary>The stations whose anomalies count for <paramref name="cellId"/> (traceability).</summary>
    /// <param name="cellId">A cell's id.</param>
    public IReadOnlyList<string> StationsOf(string cellId) => _byCell[cellId].Stations;

    /// <summary>The features of one cell at issue time <paramref name="issue"/>.</summary>
    /// <param name="cellId">A cell's id.</param>
    /// <param name="issue">The issue time t.</param>
    public double[] Compute(string cellId, DateTimeOffset issue)
    {
        var (events, stations) = _byCell[cellId];
        int known = FirstEndingAfter(events, issue); // events[0..known) ended at or before t
        double[] values = new double[Columns.Count];
        int at = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (int days in _options.WindowDays)
        {
            int from = FirstEndingAfter(events, issue - TimeSpan.FromDays(days)); // the window is t - w < End <= t
            distinct.Clear();
            double peak = 0;
            int kinds = at + 3;
            int detectors = kinds + (_options.ByKind ? 2 * s_kinds.Length : 0);
            for (int i = from; i < known; i++)
            {
                var a = events[i];
                peak = Math.Max(peak, a.Event.Score);
                distinct.Add(StationKey(a.Event.Channel));
                if (_options.ByKind)
                {
                    int k = kinds + (2 * Array.IndexOf(s_kinds, a.Kind));
                    values[k]++;
                    values[k + 1] = Math.Max(values[k + 1], a.Event.Score);
                }

                if (_options.ByDetector)
                {
                    int d = detectors + (2 * Array.BinarySearch(_detectors, a.Event.Detector, StringComparer.Ordinal));
                    values[d]++;
                    values[d + 1] = Math.Max(values[d + 1], a.Event.Score);
                }
            }

            values[at] = known - from;
            values[at + 1] = peak;
            values[at + 2] = distinct.Count;
            at = detectors + (_options.ByDetector ? 2 * _detectors.Length : 0);
        }

        values[at] = known == 0 ? double.NaN : (issue - events[known - 1].Event.End).TotalDays;
        values[at + 1] = stations.Length;
        return values;
    }

    /// <summary>Whether a dataset column was written by this block (as opposed to the seismicity indicators).</summary>
    /// <param name="column">Column name, with or without its unit.</param>
    public static bool IsAnomalyColumn(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.StartsWith("anomaly_", StringComparison.Ordinal)
            || column.StartsWith("days_since_anomaly", StringComparison.Ordinal)
            || column.StartsWith("stations_in_radius", StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    double[] IFeatureBlock.Compute(string cell, IReadOnlyList<Earthquake> cellEvents, DateTimeOffset issue) => Compute(cell, issue);

    private IEnumerable<string> BuildColumns()
    {
        foreach (int days in _options.WindowDays)
        {
            string w = days.ToString(CultureInfo.InvariantCulture) + "d";
            yield return $"anomaly_count_{w}";
            yield return $"anomaly_peak_{w}";
            yield return $"anomaly_stations_{w}";
            if (_options.ByKind)
            {
                foreach (var kind in s_kinds)
                {
                    string k = KindNames.Text(kind);
                    yield return $"anomaly_count_{k}_{w}";
                    yield return $"anomaly_peak_{k}_{w}";
                }
            }

            if (_options.ByDetector)
            {
                foreach (string detector in _detectors)
                {
                    yield return $"anomaly_count_{detector}_{w}";
                    yield return $"anomaly_peak_{detector}_{w}";
                }
            }
        }

        yield return "days_since_anomaly";
        yield return "stations_in_radius";
    }

    /// <summary>The index of the first event (ordered by end) that ends after <paramref name="time"/>.</summary>
    private static int FirstEndingAfter(LocatedAnomaly[] events, DateTimeOffset time)
    {
        int lo = 0;
        int hi = events.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (events[mid].Event.End <= time)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
