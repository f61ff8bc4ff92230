using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage;

/// <summary>One channel's samples on a regular grid, with the channel's metadata.</summary>
/// <param name="Channel">Identity, kind, units, location.</param>
/// <param name="Series">The samples, NaN where missing.</param>
internal sealed record ChannelSeries(ChannelInfo Channel, Series Series);
