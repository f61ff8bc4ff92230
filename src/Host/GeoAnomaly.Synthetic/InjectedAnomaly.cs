using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic;

/// <summary>A label: an anomaly the generator put on <paramref name="Channel"/> from <paramref name="Start"/> to <paramref name="End"/>.</summary>
/// <param name="Channel">The channel it is on.</param>
/// <param name="Start">Time of the first affected sample (UTC).</param>
/// <param name="End">Time just after the last affected sample (UTC), as in <see cref="AnomalyEvent"/>; the signal equals the anomaly-free one outside [start, end).</param>
/// <param name="Kind">Its shape; <see cref="AnomalyKind.Step"/> marks instrument offsets (not precursors, but real in the data).</param>
/// <param name="Amplitude">
/// Size in channel units: the signed peak for spikes, level shifts and trend changes, the signed offset for steps, and the
/// standard deviation of the added noise for variance changes.
/// </param>
/// <remarks>
/// A step's window is its first sample only (the offset persists to the end of the series, which is what a step is).
/// Magnetic storms are not labelled: they are network-wide space weather, not precursors; see <see cref="MagneticStorm"/>.
/// </remarks>
internal sealed record InjectedAnomaly(ChannelId Channel, DateTimeOffset Start, DateTimeOffset End, AnomalyKind Kind, double Amplitude)
{
    /// <summary>How long the anomaly lasts.</summary>
    public TimeSpan Duration => End - Start;
}
