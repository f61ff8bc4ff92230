using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>A labelled (known) anomaly on a channel, for evaluating detectors.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Start">First anomalous instant (UTC).</param>
/// <param name="End">End of the anomaly (UTC), not before <paramref name="Start"/>.</param>
/// <param name="Kind">The anomaly's shape, or null when the label does not say.</param>
internal sealed record AnomalyLabel(ChannelId Channel, DateTimeOffset Start, DateTimeOffset End, AnomalyKind? Kind);
