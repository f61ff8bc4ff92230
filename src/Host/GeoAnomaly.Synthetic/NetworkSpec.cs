using System.ComponentModel;

namespace GeoAnomaly.Synthetic;

/// <summary>Everything that defines a synthetic station network; the same spec always gives the same network, bit for bit.</summary>
/// <remarks>
/// The defaults describe a small demo network: 6 stations in a 6°×6° box, 14 days of minute data from
/// 2024-01-01 UTC, every channel type of the three families (<see cref="Defaults.ChannelTypes"/>), 1 % of samples
/// missing, about two injected anomalies per channel (<see cref="AnomalyRates.Default"/>), a magnetic storm every
/// twelve days or so. Call <see cref="Validate"/> (the generator does) to get every problem at once.
/// </remarks>
internal sealed partial record NetworkSpec
{
    /// <summary>Seed of every random choice. Default <see cref="Defaults.Seed"/>.</summary>
    [Description("Seed of every random choice; the same seed gives the same network bit for bit.")]
    public long Seed { get; init; } = Defaults.Seed;

    /// <summary>Network code (1..8 letters, digits, '-' or '_'). Default <see cref="Defaults.Network"/>.</summary>
    [Description("Network code (1..8 letters, digits, '-' or '_').")]
    public string Network { get; init; } = Defaults.Network;

    /// <summary>Number of stations, 1..<see cref="Defaults.MaxStations"/>. Default <see cref="Defaults.StationCount"/>.</summary>
    [Description("Number of stations.")]
    public int StationCount { get; init; } = Defaults.StationCount;

    /// <summary>Time of the first sample; converted to UTC. Default 2024-01-01T00:00:00Z.</summary>
    [Description("Time of the first sample (ISO 8601; converted to UTC).")]
    public DateTimeOffset Start { get; init; } = Defaults.Start;

    /// <summary>Length of the series, a whole number of steps. Default 14 days.</summary>
    [Description("Length of the series (a whole number of steps).")]
    public TimeSpan Duration { get; init; } = Defaults.Duration;

    /// <summary>Sampling interval, 1 s..1 h, a whole number of seconds. Default 1 minute.</summary>
    [Description("Sampling interval (1 s .. 1 h, whole seconds).")]
    public TimeSpan Step { get; init; } = Defaults.Step;

    /// <summary>Box stations are placed in. Default <see cref="GeoBox.Default"/>.</summary>
    [Description("Latitude/longitude box the stations are placed in (degrees).")]
    public GeoBox Region { get; init; } = GeoBox.Default;

    /// <summary>Channel types a station may carry. Default <see cref="Defaults.ChannelTypes"/>.</summary>
    [Description("Channel types a station may carry (strain, tiltNorth, tiltEast, magneticH, magneticE, magneticZ, airPressure, waterLevel, waterTemperature, radon).")]
    public IReadOnlyList<SyntheticChannelType> ChannelTypes { get; init; } = Defaults.ChannelTypes;

    /// <summary>
    /// Probability that a station carries each family (deformation, electromagnetic, fluid) of <see cref="ChannelTypes"/>;
    /// every station carries at least one family. 0..1, default <see cref="Defaults.FamilyProbability"/>.
    /// </summary>
    [Description("Probability that a station carries each channel family (every station carries at least one).")]
    public double FamilyProbability { get; init; } = Defaults.FamilyProbability;

    /// <summary>Expected fraction of missing samples per channel, 0..0.5. Default <see cref="Defaults.GapFraction"/>.</summary>
    [Description("Expected fraction of missing (NaN) samples per channel.")]
    public double GapFraction { get; init; } = Defaults.GapFraction;

    /// <summary>Share of <see cref="GapFraction"/> that comes from whole-station telemetry outages, 0..1. Default <see cref="Defaults.OutageShare"/>.</summary>
    [Description("Share of the missing samples that come from whole-station telemetry outages.")]
    public double OutageShare { get; init; } = Defaults.OutageShare;

    /// <summary>Median gap length (log-normal distribution). Default 20 minutes.</summary>
    [Description("Median gap length; gap lengths are log-normal.")]
    public TimeSpan GapMedianLength { get; init; } = Defaults.GapMedianLength;

    /// <summary>Standard deviation of ln(gap length), 0..3. Default <see cref="Defaults.GapLengthSpread"/> (95 % of gaps within ×/÷ 10 of the median).</summary>
    [Description("Standard deviation of the natural logarithm of gap lengths.")]
    public double GapLengthSpread { get; init; } = Defaults.GapLengthSpread;

    /// <summary>Longest gap; longer draws are cut to this. Default 12 hours.</summary>
    [Description("Longest gap; longer draws are cut to this.")]
    public TimeSpan GapMaxLength { get; init; } = Defaults.GapMaxLength;

    /// <summary>Instrument steps per deformation or fluid channel per day, 0..10. Default <see cref="Defaults.StepRate"/>.</summary>
    [Description("Instrument steps (offsets) per deformation or fluid channel per day.")]
    public double StepRate { get; init; } = Defaults.StepRate;

    /// <summary>Injected anomalies per channel per day, by kind. Default <see cref="AnomalyRates.Default"/>.</summary>
    [Description("Injected anomalies per channel per day, by kind (spike, levelShift, trendChange, varianceChange).")]
    public AnomalyRates AnomalyRates { get; init; } = AnomalyRates.Default;

    /// <summary>Clear time kept between an anomaly and any gap, step, storm, other anomaly or the series ends. Default 2 hours.</summary>
    [Description("Clear time kept between an injected anomaly and any gap, step, storm, other anomaly or the series ends.")]
    public TimeSpan AnomalyMargin { get; init; } = Defaults.AnomalyMargin;

    /// <summary>Magnetic storms per day (network-wide), 0..2. Default <see cref="Defaults.StormRate"/>.</summary>
    [Description("Magnetic storms per day, network-wide.")]
    public double StormRate { get; init; } = Defaults.StormRate;

    /// <summary>Noise multipliers per channel family. Default <see cref="NoiseLevels.Default"/>.</summary>
    [Description("Noise multipliers per channel family (deformation, electromagnetic, fluid); 0 switches noise off.")]
    public NoiseLevels Noise { get; init; } = NoiseLevels.Default;

    /// <summary>Multiplier on instrument drift (borehole relaxation, linear drift, recharge trend), 0..100. Default 1.</summary>
    [Description("Multiplier on instrument drift and recharge trends; 0 switches drift off.")]
    public double DriftScale { get; init; } = Defaults.DriftScale;

    /// <summary>Probability that a well's barometric response has a lagged part, 0..1. Default <see cref="Defaults.LaggedResponseProbability"/>.</summary>
    [Description("Probability that a well's barometric response has a lagged (leaky aquifer) part.")]
    public double LaggedResponseProbability { get; init; } = Defaults.LaggedResponseProbability;

    /// <summary>
    /// Precursory anomalies to add at given times on given channels, usually planned from an ETAS catalog by
    /// <see cref="Seismicity.PrecursorPlanner"/>. Default empty. They are added after the random anomalies, from their own
    /// random stream, so a spec without them gives exactly the network it gave before they existed.
    /// </summary>
    [Description("Precursory anomalies planned from an earthquake catalog (channel, start, end, kind, size in sigma).")]
    public IReadOnlyList<Seismicity.PlannedPrecursor> Precursors { get; init; } = [];

    /// <summary>Number of samples per channel: <see cref="Duration"/> / <see cref="Step"/> (valid specs only).</summary>
    public int SampleCount => (int)(Duration.Ticks / Step.Ticks);

    /// <summary>Length of the series in days.</summary>
    public double Days => Duration.TotalDays;

    /// <summary>The default value of every option, for the record, the docs and the CLI.</summary>
    public static class Defaults
    {
        /// <summary>Default seed.</summary>
        public const long Seed = 1;

        /// <summary>Default network code.</summary>
        public const string Network = "SY";

        /// <summary>Default number of stations.</summary>
        public const int StationCount = 6;

        /// <summary>Most stations a network may have (three-letter station codes).</summary>
        public const int MaxStations = 5000;

        /// <summary>Default probability that a station carries a channel family.</summary>
        public const double FamilyProbability = 0.85;

        /// <summary>Default expected fraction of missing samples.</summary>
        public const double GapFraction = 0.01;

        /// <summary>Default share of missing samples from station outages.</summary>
        public const double OutageShare = 0.4;

        /// <summary>Default log-spread of gap lengths.</summary>
        public const double GapLengthSpread = 1.2;

        /// <summary>Default instrument steps per channel-day.</summary>
        public const double StepRate = 0.03;

        /// <summary>Default magnetic storms per day.</summary>
        public const double StormRate = 0.08;

        /// <summary>Default drift multiplier.</summary>
        public const double DriftScale = 1;

        /// <summary>Default probability of a lagged barometric response.</summary>
        public const double LaggedResponseProbability = 0.5;

        /// <summary>Default first sample time.</summary>
        public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>Default series length.</summary>
        public static readonly TimeSpan Duration = TimeSpan.FromDays(14);

        /// <summary>Default sampling interval.</summary>
        public static readonly TimeSpan Step = TimeSpan.FromMinutes(1);

        /// <summary>Default median gap length.</summary>
        public static readonly TimeSpan GapMedianLength = TimeSpan.FromMinutes(20);

        /// <summary>Default longest gap.</summary>
        public static readonly TimeSpan GapMaxLength = TimeSpan.FromHours(12);

        /// <summary>Default clear time around anomalies.</summary>
        public static readonly TimeSpan AnomalyMargin = TimeSpan.FromHours(2);

        /// <summary>Default channel types: strain, two tilts, H E Z, air pressure, water level, water temperature, radon.</summary>
        public static readonly IReadOnlyList<SyntheticChannelType> ChannelTypes = Enum.GetValues<SyntheticChannelType>();
    }
}
