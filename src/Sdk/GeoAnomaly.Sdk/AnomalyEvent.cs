namespace GeoAnomaly.Sdk;

/// <summary>An anomaly found on one channel by one detector, from <see cref="Start"/> to <see cref="End"/>.</summary>
/// <param name="Channel">The channel the event is on.</param>
/// <param name="Detector">Name of the detector component (or ensemble) that raised it.</param>
/// <param name="Start">First anomalous sample time (UTC).</param>
/// <param name="End">Time just after the last anomalous sample (UTC); equal to <paramref name="Start"/> plus one step for a one-sample event.</param>
/// <param name="Score">Peak calibrated score, 0..1.</param>
/// <param name="RawScore">Peak score as the detector produced it, before calibration.</param>
/// <param name="Kind">The shape of the anomaly.</param>
public sealed record AnomalyEvent(
    ChannelId Channel,
    string Detector,
    DateTimeOffset Start,
    DateTimeOffset End,
    double Score,
    double RawScore,
    AnomalyKind Kind)
{
    /// <summary>Free-form details (key, value), for example the estimated step size.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    /// <summary>How long the event lasts.</summary>
    public TimeSpan Duration => End - Start;
}
