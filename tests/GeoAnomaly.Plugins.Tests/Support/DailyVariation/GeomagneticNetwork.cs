using GeoAnomaly.Synthetic;

namespace GeoAnomaly.Plugins.Tests.Support.DailyVariation;

/// <summary>
/// A synthetic geomagnetic network (H, E, Z at every station) from <c>GeoAnomaly.Synthetic</c>, and its Sq-only twin:
/// the same spec and seed with noise, storms, drift and gaps switched off. Every part of a channel comes from its own
/// seeded stream, so the twin's channel is exactly the field baseline plus the Sq variation of the full channel
/// (with its day-to-day factors): the truth the daily-variation removal should recover.
/// </summary>
internal static class GeomagneticNetwork
{
    /// <summary>The spec: <paramref name="stations"/> stations with H, E and Z, no injected anomalies, default noise and gaps.</summary>
    /// <param name="seed">Network seed.</param>
    /// <param name="days">Length in days.</param>
    /// <param name="stormRate">Magnetic storms per day.</param>
    /// <param name="stations">Number of stations.</param>
    public static NetworkSpec Spec(long seed, int days, double stormRate, int stations = 4) => new()
    {
        Seed = seed,
        StationCount = stations,
        Duration = TimeSpan.FromDays(days),
        FamilyProbability = 1,
        ChannelTypes = [SyntheticChannelType.MagneticH, SyntheticChannelType.MagneticE, SyntheticChannelType.MagneticZ],
        AnomalyRates = AnomalyRates.None,
        StormRate = stormRate,
    };

    /// <summary>The network of <paramref name="spec"/> and its Sq-only twin.</summary>
    /// <param name="spec">A spec from <see cref="Spec"/>.</param>
    public static (SyntheticNetwork Full, SyntheticNetwork SqOnly) Generate(NetworkSpec spec) =>
        (SyntheticNetworkGenerator.Generate(spec),
         SyntheticNetworkGenerator.Generate(spec with { Noise = NoiseLevels.None, StormRate = 0, DriftScale = 0, GapFraction = 0 }));

    /// <summary>The Sq variation of a twin channel: its values minus their mean (the baseline; Sq has no mean over whole days).</summary>
    /// <param name="twin">The Sq-only channel.</param>
    public static double[] Sq(SyntheticChannel twin)
    {
        double[] values = twin.Series.Values.ToArray();
        double baseline = values.Average();
        return [.. values.Select(v => v - baseline)];
    }
}
