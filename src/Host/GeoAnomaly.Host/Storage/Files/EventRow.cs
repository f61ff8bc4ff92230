using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>An anomaly event with the kind of its channel: one row of an events CSV.</summary>
/// <param name="Event">The event.</param>
/// <param name="ChannelKind">The channel's kind (deformation, electromagnetic…); null when unknown (empty field).</param>
internal sealed record EventRow(AnomalyEvent Event, ChannelKind? ChannelKind);
