namespace GeoAnomaly.Sdk;

/// <summary>What a component knows about the channel it runs on.</summary>
/// <param name="Id">The channel identity.</param>
/// <param name="Kind">The physical family of the channel.</param>
/// <param name="Units">Units of the values (for example <c>nT</c>, <c>m</c>, <c>nstrain</c>); empty when unknown.</param>
/// <param name="Location">Station location, or null when the source does not give it.</param>
public sealed record ChannelInfo(ChannelId Id, ChannelKind Kind, string Units = "", StationLocation? Location = null);
