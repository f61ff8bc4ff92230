using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Seismicity;

/// <summary>Plans precursory anomalies before the large events of an ETAS catalog, at the stations inside their preparation zones.</summary>
/// <remarks>
/// <para>
/// The preparation zone of an earthquake of magnitude M is the disc of radius R = 10^(0.43 M) km around its epicentre
/// (Dobrovolsky, Zubkov and Miachkin 1979, "Estimation of the size of earthquake preparation zones", Pure and Applied
/// Geophysics 117:1025–1044): 141 km at M 5, 380 km at M 6. For every event of M ≥ target, in catalog order, and every
/// station in station order whose great-circle distance (haversine, 6371 km sphere) is within R, one draw from the
/// precursor stream decides, with the configured probability, whether that station shows the precursor; if it does,
/// every channel of the station whose type carries anomalies (all but air pressure) gets one, from event time − lead
/// time for the configured duration.
/// </para>
/// <para>
/// The planner draws from its own stream (seed, <see cref="RandomStream.Precursors"/>), so planning or not planning
/// precursors changes no other random number of the network or the catalog.
/// </para>
/// </remarks>
internal static class PrecursorPlanner
{
    /// <summary>The Dobrovolsky preparation radius in km of an earthquake of magnitude <paramref name="magnitude"/>: 10^(0.43 M).</summary>
    /// <param name="magnitude">Magnitude.</param>
    public static double DobrovolskyRadiusKm(double magnitude) => Math.Pow(10, 0.43 * magnitude);

    /// <summary>Great-circle distance in km between two points (haversine formula on a 6371 km sphere).</summary>
    /// <param name="latitude1">First point, degrees north.</param>
    /// <param name="longitude1">First point, degrees east.</param>
    /// <param name="latitude2">Second point, degrees north.</param>
    /// <param name="longitude2">Second point, degrees east.</param>
    public static double DistanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        const double Radians = Math.PI / 180;
        double dLat = (latitude2 - latitude1) * Radians;
        double dLon = (longitude2 - longitude1) * Radians;
        double h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) +
            (Math.Cos(latitude1 * Radians) * Math.Cos(latitude2 * Radians) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * 6371.0 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The precursors of <paramref name="catalog"/> at <paramref name="stations"/>, in event then station then channel order.</summary>
    /// <param name="catalog">The earthquakes.</param>
    /// <param name="stations">The network's stations (<see cref="SyntheticNetworkGenerator.Stations"/>).</param>
    /// <param name="spec">How precursors look; <see cref="PrecursorSpec.None"/> gives an empty list.</param>
    /// <param name="seed">Seed of the precursor stream (usually the network's).</param>
    /// <exception cref="OptionsException">The precursor spec is invalid; lists every problem.</exception>
    public static IReadOnlyList<PlannedPrecursor> Plan(EtasCatalog catalog, IReadOnlyList<SyntheticStation> stations, PrecursorSpec spec, long seed)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(spec);
        var errors = spec.Validate("precursors").ToList();
        if (errors.Count > 0)
        {
            throw new OptionsException("etas precursors", errors);
        }

        var plan = new List<PlannedPrecursor>();
        var random = SeededRandom.For(seed, RandomStream.Precursors);
        foreach (var quake in catalog.Events.Where(e => e.Magnitude >= spec.TargetMagnitude))
        {
            double radius = DobrovolskyRadiusKm(quake.Magnitude);
            var start = quake.Time - spec.LeadTime;
            foreach (var station in stations)
            {
                double distance = DistanceKm(quake.Latitude, quake.Longitude, station.Location.Latitude, station.Location.Longitude);
                if (distance > radius || !random.Chance(spec.Probability))
                {
                    continue;
                }

                for (int c = 0; c < station.Channels.Count; c++)
                {
                    if (ChannelTypeInfo.Of(station.ChannelTypes[c]).CarriesAnomalies)
                    {
                        plan.Add(new PlannedPrecursor(station.Channels[c].Id, start, start + spec.Duration, spec.Kind, spec.Size, quake.Id, quake.Index, distance));
                    }
                }
            }
        }

        return plan;
    }
}
