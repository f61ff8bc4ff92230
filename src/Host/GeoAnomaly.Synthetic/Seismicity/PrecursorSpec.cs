using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic.Seismicity;

/// <summary>How precursory anomalies are planted before the large events of an ETAS catalog.</summary>
/// <remarks>
/// Before every event of M ≥ <see cref="TargetMagnitude"/>, each station within the Dobrovolsky radius
/// R = 10^(0.43 M) km of the epicentre (<see cref="PrecursorPlanner"/>) shows, with probability
/// <see cref="Probability"/>, an anomaly of <see cref="Kind"/> on every channel that carries anomalies, starting
/// <see cref="LeadTime"/> before the event and lasting <see cref="Duration"/>. <see cref="None"/> plants nothing: the
/// control in which anomalies carry no information about earthquakes.
/// </remarks>
internal sealed record PrecursorSpec
{
    /// <summary>Smallest magnitude that gets precursors. Default <see cref="Defaults.TargetMagnitude"/>.</summary>
    [Description("Smallest magnitude whose events get precursors.")]
    public double TargetMagnitude { get; init; } = Defaults.TargetMagnitude;

    /// <summary>Probability, 0..1, that a station inside the radius shows the precursor. Default 1; 0 plants none.</summary>
    [Description("Probability that a station within the Dobrovolsky radius shows the precursor (0 plants none).")]
    public double Probability { get; init; } = Defaults.Probability;

    /// <summary>Time from the start of the anomaly to the event, positive, at most 1 year. Default 10 days.</summary>
    [Description("Time from the start of the anomaly to the event.")]
    public TimeSpan LeadTime { get; init; } = Defaults.LeadTime;

    /// <summary>Length of the anomaly, positive and at most <see cref="LeadTime"/>. Default 3 days.</summary>
    [Description("Length of the anomaly (at most leadTime: it ends before the event).")]
    public TimeSpan Duration { get; init; } = Defaults.Duration;

    /// <summary>Shape: spike, level shift, trend change or variance change (as <see cref="Anomalies.AnomalyInjector"/> draws them). Default level shift.</summary>
    [Description("Shape of the anomaly: spike, levelShift, trendChange or varianceChange.")]
    public AnomalyKind Kind { get; init; } = AnomalyKind.LevelShift;

    /// <summary>Size in local noise σ (for a variance change, the noise standard-deviation ratio, above 1), up to 100. Default 5.</summary>
    [Description("Size in local noise standard deviations (variance change: the noise std ratio).")]
    public double Size { get; init; } = Defaults.Size;

    /// <summary>No precursors at all.</summary>
    public static PrecursorSpec None { get; } = new() { Probability = 0 };

    /// <summary>Every problem, each naming the option as <c>{prefix}.leadTime</c> and so on.</summary>
    /// <param name="prefix">The option name of the record itself.</param>
    public IEnumerable<OptionError> Validate(string prefix)
    {
        string Name(string property) => $"{prefix}.{OptionError.ConfigName(property)}";
        if (!double.IsFinite(TargetMagnitude) || TargetMagnitude is < -2 or > 10)
        {
            yield return new(Name(nameof(TargetMagnitude)), $"must be -2..10, got {TargetMagnitude}");
        }

        if (!double.IsFinite(Probability) || Probability is < 0 or > 1)
        {
            yield return new(Name(nameof(Probability)), $"must be 0..1, got {Probability}");
        }

        if (LeadTime <= TimeSpan.Zero || LeadTime > TimeSpan.FromDays(366))
        {
            yield return new(Name(nameof(LeadTime)), $"must be above 0 and at most 366 days, got {LeadTime}");
        }

        if (Duration <= TimeSpan.Zero || Duration > LeadTime)
        {
            yield return new(Name(nameof(Duration)), $"must be above 0 and at most leadTime ({LeadTime}), got {Duration}");
        }

        if (Kind is not (AnomalyKind.Spike or AnomalyKind.LevelShift or AnomalyKind.TrendChange or AnomalyKind.VarianceChange))
        {
            yield return new(Name(nameof(Kind)), $"must be spike, levelShift, trendChange or varianceChange, got {Kind}");
        }

        double least = Kind == AnomalyKind.VarianceChange ? 1 : 0;
        if (!double.IsFinite(Size) || Size <= least || Size > 100)
        {
            yield return new(Name(nameof(Size)), $"must be above {least} and at most 100, got {Size}");
        }
    }

    /// <summary>The default value of every option.</summary>
    public static class Defaults
    {
        /// <summary>Default target magnitude.</summary>
        public const double TargetMagnitude = 5.0;

        /// <summary>Default probability.</summary>
        public const double Probability = 1.0;

        /// <summary>Default size, σ.</summary>
        public const double Size = 5.0;

        /// <summary>Default lead time.</summary>
        public static readonly TimeSpan LeadTime = TimeSpan.FromDays(10);

        /// <summary>Default duration.</summary>
        public static readonly TimeSpan Duration = TimeSpan.FromDays(3);
    }
}
