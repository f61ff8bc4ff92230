using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Randomness;
using GeoAnomaly.Synthetic.Seismicity;

namespace GeoAnomaly.Synthetic.Forecasting;

/// <summary>One anomaly event of a scenario, with the ground truth of where it came from.</summary>
/// <param name="Channel">The station's channel.</param>
/// <param name="Start">Start (UTC).</param>
/// <param name="End">End (UTC), after the start.</param>
/// <param name="Kind">Shape of the anomaly.</param>
/// <param name="Score">Calibrated score, 0..1.</param>
/// <param name="Precursor">The precursor it detects, or null for a false alarm.</param>
internal sealed record ScenarioAnomaly(ChannelInfo Channel, DateTimeOffset Start, DateTimeOffset End, AnomalyKind Kind, double Score, PlannedPrecursor? Precursor);

/// <summary>
/// Ground truth for the forecast half at the level of anomaly events: an ETAS catalog, stations over its region and, per
/// station, the anomaly events a screening run would have produced (false alarms and detected precursors).
/// </summary>
/// <remarks>
/// <para>Screening minute data over decades is too slow for tests and the demo, so this skips it: the events are drawn
/// directly.</para>
/// <list type="bullet">
/// <item><b>Catalog:</b> <see cref="EtasSimulator"/> on <see cref="ForecastScenarioSpec.Etas"/>.</item>
/// <item><b>Stations:</b> uniform in latitude and longitude over the region, one channel each, its type drawn from
/// those that carry anomalies (strain, tilt, H, water level, radon...); codes <c>S001</c>, <c>S002</c>...</item>
/// <item><b>False alarms:</b> per station a Poisson process of <see cref="ForecastScenarioSpec.FalseAlarmRate"/> per day
/// over the scenario, durations log-uniform in 1 hour..3 days, kinds uniform over spike, level shift, trend change and
/// variance change.</item>
/// <item><b>Precursors:</b> <see cref="PrecursorPlanner.Plan"/>; each planned precursor is detected with
/// <see cref="ForecastScenarioSpec.DetectionProbability"/> and then becomes one event with the planned start, end and kind.</item>
/// <item><b>Scores:</b> uniform in [minScore, 1) for every event, so a score alone does not tell a precursor from a false
/// alarm; only the timing relative to earthquakes does.</item>
/// </list>
/// <para>Each part draws from its own random stream (per station for false alarms), so switching precursors off
/// (<see cref="PrecursorSpec.None"/>) leaves the catalog, the stations and every false alarm unchanged.</para>
/// </remarks>
internal sealed class ForecastScenario
{
    /// <summary>The channel types a station may carry: every type that gets anomalies.</summary>
    private static readonly SyntheticChannelType[] s_types = [.. ChannelTypeInfo.All.Where(t => t.CarriesAnomalies).Select(t => t.Type)];

    private static readonly AnomalyKind[] s_kinds = [AnomalyKind.Spike, AnomalyKind.LevelShift, AnomalyKind.TrendChange, AnomalyKind.VarianceChange];

    private ForecastScenario(ForecastScenarioSpec spec, EtasCatalog catalog, IReadOnlyList<SyntheticStation> stations, IReadOnlyList<PlannedPrecursor> planned, IReadOnlyList<ScenarioAnomaly> anomalies)
    {
        Spec = spec;
        Catalog = catalog;
        Stations = stations;
        Planned = planned;
        Anomalies = anomalies;
    }

    /// <summary>The spec.</summary>
    public ForecastScenarioSpec Spec { get; }

    /// <summary>The earthquakes.</summary>
    public EtasCatalog Catalog { get; }

    /// <summary>The stations, one channel each.</summary>
    public IReadOnlyList<SyntheticStation> Stations { get; }

    /// <summary>Every planned precursor, detected or not.</summary>
    public IReadOnlyList<PlannedPrecursor> Planned { get; }

    /// <summary>The anomaly events, by start time (then station).</summary>
    public IReadOnlyList<ScenarioAnomaly> Anomalies { get; }

    /// <summary>Generates the scenario of a valid spec.</summary>
    /// <param name="spec">The scenario.</param>
    /// <exception cref="OptionsException">The spec is invalid; lists every problem.</exception>
    public static ForecastScenario Generate(ForecastScenarioSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var errors = spec.Validate();
        if (errors.Count > 0)
        {
            throw new OptionsException("forecast scenario", errors);
        }

        var catalog = EtasSimulator.Simulate(spec.Etas);
        var stations = PlaceStations(spec);
        var planned = PrecursorPlanner.Plan(catalog, stations, spec.Precursors, spec.Seed);
        var anomalies = new List<ScenarioAnomaly>();
        var byChannel = stations.ToDictionary(s => s.Channels[0].Id, s => s.Channels[0]);
        var detection = SeededRandom.For(spec.Seed, RandomStream.PrecursorDetection);
        foreach (var precursor in planned)
        {
            bool detected = detection.Chance(spec.DetectionProbability);
            double score = detection.Uniform(spec.MinScore, 1);
            if (detected)
            {
                anomalies.Add(new ScenarioAnomaly(byChannel[precursor.Channel], precursor.Start, precursor.End, precursor.Kind, score, precursor));
            }
        }

        var start = spec.Start.ToUniversalTime();
        double days = spec.Years * 365.25;
        foreach (var station in stations)
        {
            var random = SeededRandom.For(spec.Seed, RandomStream.FalseAlarms, station.Index);
            double t = 0;
            while (spec.FalseAlarmRate > 0)
            {
                t += -Math.Log(1 - random.NextDouble()) / spec.FalseAlarmRate;
                if (t >= days)
                {
                    break;
                }

                var from = start + TimeSpan.FromSeconds(Math.Round(t * 86_400));
                var length = TimeSpan.FromSeconds(Math.Round(random.LogUniform(3_600, 3 * 86_400)));
                var kind = s_kinds[random.Next(s_kinds.Length)];
                anomalies.Add(new ScenarioAnomaly(station.Channels[0], from, from + length, kind, random.Uniform(spec.MinScore, 1), null));
            }
        }

        ScenarioAnomaly[] ordered = [.. anomalies.OrderBy(a => a.Start).ThenBy(a => a.Channel.Id.Station, StringComparer.Ordinal)];
        return new ForecastScenario(spec, catalog, stations, planned, ordered);
    }

    private static SyntheticStation[] PlaceStations(ForecastScenarioSpec spec)
    {
        var random = SeededRandom.For(spec.Seed, RandomStream.ScenarioStations);
        var region = spec.Region;
        var stations = new SyntheticStation[spec.Stations];
        for (int i = 0; i < stations.Length; i++)
        {
            string code = $"S{i + 1:D3}";
            var location = new StationLocation(random.Uniform(region.MinLatitude, region.MaxLatitude), random.Uniform(region.MinLongitude, region.MaxLongitude), 0);
            var type = s_types[random.Next(s_types.Length)];
            var info = ChannelTypeInfo.Of(type);
            var channel = new ChannelInfo(new ChannelId(spec.Network, code, info.Code), info.Kind, info.Units, location);
            stations[i] = new SyntheticStation(i, code, $"Scenario station {code}", location, [channel], [type], null);
        }

        return stations;
    }
}
