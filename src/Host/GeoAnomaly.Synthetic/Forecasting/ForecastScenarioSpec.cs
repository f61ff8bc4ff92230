using System.ComponentModel;
using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Seismicity;

namespace GeoAnomaly.Synthetic.Forecasting;

/// <summary>Everything that defines a forecast scenario (<see cref="ForecastScenario"/>); the same spec always gives the same files.</summary>
/// <remarks>
/// The defaults give, over 6 × 6 degrees (<see cref="GeoBox.Default"/>) and 20 years, an ETAS catalog of about 5,800
/// events of M ≥ 3.5 with about 190 of M ≥ 5 (seed 1), 20 single-channel stations, 0.005 false alarms per station-day,
/// and precursors before every M ≥ 5 event at half of the stations within its Dobrovolsky radius, starting 35 days
/// before it and lasting 5 days, of which 70 % are detected. With 1-degree cells, 10-day issue steps, a 30-day horizon
/// and M ≥ 5 targets that is about 25,000 rows, 2 % of them positive.
/// </remarks>
internal sealed record ForecastScenarioSpec
{
    /// <summary>Seed of every random choice. Default 1.</summary>
    [Description("Seed of every random choice; the same seed gives the same scenario.")]
    public long Seed { get; init; } = Defaults.Seed;

    /// <summary>Network code of the stations and catalog ids. Default <see cref="NetworkSpec.Defaults.Network"/>.</summary>
    [Description("Network code of the stations and of the event ids.")]
    public string Network { get; init; } = NetworkSpec.Defaults.Network;

    /// <summary>Start of the catalog and of the anomaly streams (UTC). Default 2000-01-01.</summary>
    [Description("Start of the scenario (ISO 8601, UTC).")]
    public DateTimeOffset Start { get; init; } = Defaults.Start;

    /// <summary>Length in years of 365.25 days, 1..100. Default 20.</summary>
    [Description("Length of the scenario, years.")]
    public double Years { get; init; } = Defaults.Years;

    /// <summary>Region of the catalog and the stations. Default <see cref="GeoBox.Default"/> (30..36 °N, 100..106 °E).</summary>
    [Description("Latitude/longitude box of the catalog and the stations, degrees.")]
    public GeoBox Region { get; init; } = Defaults.Region;

    /// <summary>Background earthquakes of M ≥ <see cref="MinMagnitude"/> per day over the region (ETAS μ). Default 0.5.</summary>
    [Description("Background earthquakes per day over the region (M >= minMagnitude).")]
    public double BackgroundRate { get; init; } = Defaults.BackgroundRate;

    /// <summary>Smallest magnitude simulated. Default 3.5.</summary>
    [Description("Smallest magnitude simulated.")]
    public double MinMagnitude { get; init; } = Defaults.MinMagnitude;

    /// <summary>Number of stations, 1..999, placed uniformly over the region, one channel each. Default 20.</summary>
    [Description("Number of stations (one channel each), placed uniformly over the region.")]
    public int Stations { get; init; } = Defaults.Stations;

    /// <summary>Background false alarms per station and day (a Poisson process), 0..10. Default 0.005.</summary>
    [Description("Background false alarms per station and day (Poisson).")]
    public double FalseAlarmRate { get; init; } = Defaults.FalseAlarmRate;

    /// <summary>Probability, 0..1, that a planned precursor is detected (becomes an anomaly event). Default 0.7.</summary>
    [Description("Probability that a planned precursor is detected and becomes an anomaly event.")]
    public double DetectionProbability { get; init; } = Defaults.DetectionProbability;

    /// <summary>Calibrated scores of every event are uniform in [minScore, 1), 0..1. Default 0.9.</summary>
    [Description("Scores of all events (false alarms and precursors alike) are uniform in [minScore, 1).")]
    public double MinScore { get; init; } = Defaults.MinScore;

    /// <summary>The precursors (<see cref="PrecursorPlanner"/>); <see cref="PrecursorSpec.None"/> for the control without any. Default: M ≥ 5, probability 0.5, 35 days lead, 5 days long.</summary>
    [Description("How precursors are planned before the large events (probability 0 plants none).")]
    public PrecursorSpec Precursors { get; init; } = Defaults.Precursors;

    /// <summary>The ETAS spec of the catalog: this scenario's seed, network, start, length, region, rate and Mmin, other options at their defaults.</summary>
    public EtasSpec Etas => new()
    {
        Seed = Seed,
        Network = Network,
        Start = Start,
        Duration = TimeSpan.FromDays(Years * 365.25),
        Region = Region,
        BackgroundRate = BackgroundRate,
        MinMagnitude = MinMagnitude,
    };

    /// <summary>Every problem with the spec, each naming its option (<c>falseAlarmRate: must be 0..10, got -1</c>).</summary>
    public IReadOnlyList<OptionError> Validate()
    {
        var errors = new List<OptionError>();
        void Range(string property, double value, double low, double high)
        {
            if (!double.IsFinite(value) || value < low || value > high)
            {
                errors.Add(OptionError.For(property, $"must be {low}..{high}, got {value}"));
            }
        }

        Range(nameof(Years), Years, 1, 100);
        Range(nameof(Stations), Stations, 1, 999);
        Range(nameof(FalseAlarmRate), FalseAlarmRate, 0, 10);
        Range(nameof(DetectionProbability), DetectionProbability, 0, 1);
        Range(nameof(MinScore), MinScore, 0, 1);
        if (Precursors is null)
        {
            errors.Add(OptionError.For(nameof(Precursors), "must be given (PrecursorSpec.None for none)"));
        }
        else
        {
            errors.AddRange(Precursors.Validate(OptionError.ConfigName(nameof(Precursors))));
        }

        if (errors.Any(e => e.Option == OptionError.ConfigName(nameof(Years))))
        {
            return errors;
        }

        // The catalog's own checks (network code, region, rate, magnitudes), named as this spec names them.
        errors.AddRange(Etas.Validate().Where(e => e.Option is not ("duration" or "seed")));
        return errors;
    }

    /// <summary>The default value of every option.</summary>
    public static class Defaults
    {
        /// <summary>Default seed.</summary>
        public const long Seed = 1;

        /// <summary>Default length, years.</summary>
        public const double Years = 20;

        /// <summary>Default background rate, events per day.</summary>
        public const double BackgroundRate = 0.5;

        /// <summary>Default Mmin.</summary>
        public const double MinMagnitude = 3.5;

        /// <summary>Default station count.</summary>
        public const int Stations = 20;

        /// <summary>Default false alarms per station-day.</summary>
        public const double FalseAlarmRate = 0.005;

        /// <summary>Default detection probability.</summary>
        public const double DetectionProbability = 0.7;

        /// <summary>Default lowest score.</summary>
        public const double MinScore = 0.9;

        /// <summary>Default start.</summary>
        public static readonly DateTimeOffset Start = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>Default region.</summary>
        public static readonly GeoBox Region = GeoBox.Default;

        /// <summary>Default precursors: M ≥ 5, at half the stations in the radius, starting 35 days ahead and lasting 5 days (so
        /// they end 30 days before the event), level shifts.</summary>
        public static readonly PrecursorSpec Precursors = new() { TargetMagnitude = 5, Probability = 0.5, LeadTime = TimeSpan.FromDays(35), Duration = TimeSpan.FromDays(5) };
    }
}
