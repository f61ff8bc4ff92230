using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic.Seismicity;

/// <summary>A precursory anomaly to put on one channel before one earthquake (see <see cref="PrecursorPlanner"/>).</summary>
/// <param name="Channel">The channel it goes on.</param>
/// <param name="Start">First affected time (UTC): the event time minus the lead time.</param>
/// <param name="End">End of the anomaly (exclusive), at or before the event.</param>
/// <param name="Kind">Its shape.</param>
/// <param name="Size">Size in local noise σ (variance change: noise std ratio), as <see cref="PrecursorSpec.Size"/>.</param>
/// <param name="EventId">Id of the earthquake it announces.</param>
/// <param name="EventIndex">Index of that earthquake in its catalog.</param>
/// <param name="DistanceKm">Great-circle distance from the epicentre to the station, km.</param>
/// <remarks>
/// Pass the list as <see cref="NetworkSpec.Precursors"/>: the network generator adds each one to its channel's samples
/// (the part inside the series) and labels it as an <see cref="InjectedAnomaly"/>.
/// </remarks>
internal sealed record PlannedPrecursor(
    ChannelId Channel,
    DateTimeOffset Start,
    DateTimeOffset End,
    AnomalyKind Kind,
    double Size,
    string EventId,
    int EventIndex,
    double DistanceKm);
