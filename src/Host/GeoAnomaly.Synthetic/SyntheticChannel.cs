using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic;

/// <summary>One generated channel: its metadata, its samples (NaN in gaps) and the labels of what was injected into it.</summary>
/// <param name="Info">Identity, kind, units, station location.</param>
/// <param name="Type">The instrument.</param>
/// <param name="Series">The samples on the network's regular grid.</param>
/// <param name="Labels">Injected anomalies and instrument steps, in time order.</param>
/// <param name="Truth">The parameters the channel was generated with.</param>
internal sealed record SyntheticChannel(ChannelInfo Info, SyntheticChannelType Type, Series Series, IReadOnlyList<InjectedAnomaly> Labels, ChannelTruth Truth);
