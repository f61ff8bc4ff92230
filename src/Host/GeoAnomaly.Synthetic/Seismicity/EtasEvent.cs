namespace GeoAnomaly.Synthetic.Seismicity;

/// <summary>One simulated earthquake, with the ground truth of where it came from.</summary>
/// <param name="Index">Position in <see cref="EtasCatalog.Events"/> (time order), 0-based.</param>
/// <param name="Id">Event id, network code in lower case plus the index from 1, six digits (<c>sy000001</c>).</param>
/// <param name="Time">Origin time (UTC), to the millisecond.</param>
/// <param name="Latitude">Epicentre, degrees north.</param>
/// <param name="Longitude">Epicentre, degrees east.</param>
/// <param name="DepthKm">Hypocentre depth, km.</param>
/// <param name="Magnitude">Magnitude (continuous, not binned).</param>
/// <param name="Parent">Index of the event that triggered it, or -1 for a background event.</param>
/// <param name="Generation">0 for background events, parent's generation + 1 for aftershocks.</param>
internal sealed record EtasEvent(
    int Index,
    string Id,
    DateTimeOffset Time,
    double Latitude,
    double Longitude,
    double DepthKm,
    double Magnitude,
    int Parent,
    int Generation)
{
    /// <summary>Whether the event was triggered by another (not background).</summary>
    public bool IsTriggered => Parent >= 0;
}
