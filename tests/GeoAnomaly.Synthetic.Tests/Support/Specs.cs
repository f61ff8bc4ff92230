using GeoAnomaly.Synthetic;

namespace GeoAnomaly.Synthetic.Tests.Support;

/// <summary>Network specs for tests.</summary>
internal static class Specs
{
    /// <summary>A small network: 3 stations, 3 days, every family at every station.</summary>
    public static NetworkSpec Small(long seed = 7) => new()
    {
        Seed = seed,
        StationCount = 3,
        Duration = TimeSpan.FromDays(3),
        FamilyProbability = 1,
    };

    /// <summary>The deterministic signal alone: no noise, drift, gaps, steps, anomalies or storms.</summary>
    public static NetworkSpec Quiet(long seed = 11) => new()
    {
        Seed = seed,
        StationCount = 3,
        FamilyProbability = 1,
        Noise = NoiseLevels.None,
        DriftScale = 0,
        GapFraction = 0,
        StepRate = 0,
        AnomalyRates = AnomalyRates.None,
        StormRate = 0,
    };

    /// <summary>A spec rich in everything: gaps, steps, storms and many anomalies.</summary>
    public static NetworkSpec Busy(long seed = 5) => new()
    {
        Seed = seed,
        StationCount = 4,
        Duration = TimeSpan.FromDays(10),
        FamilyProbability = 1,
        GapFraction = 0.02,
        StepRate = 0.2,
        StormRate = 0.3,
        AnomalyRates = new AnomalyRates(0.5, 0.2, 0.15, 0.2),
    };
}
