using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic;

/// <summary>Expected number of injected anomalies of each kind, per channel and per day of data.</summary>
/// <param name="Spike">Spikes per channel-day (1..5 samples, 6..12 σ).</param>
/// <param name="LevelShift">Level shifts per channel-day (6 h..3 days, 3..8 σ).</param>
/// <param name="TrendChange">Trend changes per channel-day (12 h..4 days, peak 4..10 σ).</param>
/// <param name="VarianceChange">Variance changes per channel-day (2 h..1 day, noise std × 2.5..5).</param>
/// <remarks>
/// The count on a channel is Poisson with mean rate × days; an anomaly that cannot be placed clear of gaps, steps,
/// storms and other anomalies is dropped, so the realised count can be lower. σ is the channel's local noise level,
/// see <see cref="Anomalies.AnomalyInjector"/>.
/// </remarks>
internal sealed record AnomalyRates(double Spike, double LevelShift, double TrendChange, double VarianceChange)
{
    /// <summary>The defaults: about one spike and 0.4 of each slower kind per channel per fortnight (some 2 labels per channel).</summary>
    public static AnomalyRates Default { get; } = new(0.07, 0.03, 0.03, 0.03);

    /// <summary>No anomalies at all (the anomaly-free reference of the same network).</summary>
    public static AnomalyRates None { get; } = new(0, 0, 0, 0);

    /// <summary>The rate for <paramref name="kind"/> (0 for kinds that are never injected).</summary>
    /// <param name="kind">An anomaly kind.</param>
    public double For(AnomalyKind kind) => kind switch
    {
        AnomalyKind.Spike => Spike,
        AnomalyKind.LevelShift => LevelShift,
        AnomalyKind.TrendChange => TrendChange,
        AnomalyKind.VarianceChange => VarianceChange,
        _ => 0,
    };

    /// <summary>Every problem, each naming the option as <c>{prefix}.spike</c> and so on.</summary>
    /// <param name="prefix">The option name of the rates record.</param>
    public IEnumerable<OptionError> Validate(string prefix)
    {
        foreach (var (name, value) in new[]
        {
            (nameof(Spike), Spike),
            (nameof(LevelShift), LevelShift),
            (nameof(TrendChange), TrendChange),
            (nameof(VarianceChange), VarianceChange),
        })
        {
            if (!double.IsFinite(value) || value < 0 || value > 10)
            {
                yield return new($"{prefix}.{OptionError.ConfigName(name)}", $"must be 0..10 per channel-day, got {value}");
            }
        }
    }
}
