namespace GeoAnomaly.Synthetic.Seismicity;

/// <summary>A simulated ETAS catalog: the events in time order and what was lost at the edges.</summary>
/// <remarks>Parents always precede their aftershocks, so <see cref="EtasEvent.Parent"/> is below the event's own index.</remarks>
internal sealed class EtasCatalog
{
    /// <summary>Creates the catalog.</summary>
    /// <param name="spec">The spec it was simulated from.</param>
    /// <param name="events">The events, in time order.</param>
    /// <param name="droppedOutsideRegion">Aftershocks whose epicentre fell outside the region (not simulated further).</param>
    /// <param name="droppedAfterEnd">Aftershocks that fell after the end of the catalog.</param>
    public EtasCatalog(EtasSpec spec, IReadOnlyList<EtasEvent> events, int droppedOutsideRegion, int droppedAfterEnd)
    {
        Spec = spec;
        Events = events;
        DroppedOutsideRegion = droppedOutsideRegion;
        DroppedAfterEnd = droppedAfterEnd;
    }

    /// <summary>The spec it was simulated from.</summary>
    public EtasSpec Spec { get; }

    /// <summary>The events, in time order (ties kept in simulation order).</summary>
    public IReadOnlyList<EtasEvent> Events { get; }

    /// <summary>Aftershocks drawn outside the region: dropped, with any aftershocks they would have had.</summary>
    public int DroppedOutsideRegion { get; }

    /// <summary>Aftershocks drawn after the end of the catalog: dropped.</summary>
    public int DroppedAfterEnd { get; }

    /// <summary>Number of background events.</summary>
    public int BackgroundCount => Events.Count(e => !e.IsTriggered);

    /// <summary>Fraction of events that were triggered (0 for an empty catalog).</summary>
    public double TriggeredFraction => Events.Count == 0 ? 0 : 1 - ((double)BackgroundCount / Events.Count);
}
