using GeoAnomaly.Synthetic.Seismicity;

namespace GeoAnomaly.Synthetic.Tests.Support;

/// <summary>ETAS specs for tests.</summary>
internal static class EtasSpecs
{
    /// <summary>A wide region (20° × 20°) so that few aftershocks of a 2 km kernel fall outside it.</summary>
    public static GeoBox Wide { get; } = new(20, 40, 90, 110);

    /// <summary>
    /// The acceptance catalog: 40 years, μ = 0.5/day, b = 1, α = 0.8, magnitudes 3..7, K chosen for n = 0.5,
    /// Omori c = 0.005 day, p = 1.3, power-law kernel d = 2 km, q = 1.5: some 14,000 events.
    /// </summary>
    public static EtasSpec Acceptance(long seed) => new()
    {
        Seed = seed,
        Duration = TimeSpan.FromDays(40 * 365),
        Region = Wide,
        BackgroundRate = 0.5,
        MinMagnitude = 3,
        MaxMagnitude = 7,
        B = 1,
        Alpha = 0.8,
        K = KFor(0.5, alpha: 0.8, b: 1, range: 4),
        OmoriC = 0.005,
        OmoriP = 1.3,
        KernelDistance = 2,
        KernelExponent = 1.5,
    };

    /// <summary>A short, small catalog for determinism and writing tests.</summary>
    public static EtasSpec Small(long seed = 3) => new()
    {
        Seed = seed,
        Duration = TimeSpan.FromDays(365),
        BackgroundRate = 1,
    };

    /// <summary>The K that gives branching ratio <paramref name="n"/> (n is linear in K).</summary>
    public static double KFor(double n, double alpha, double b, double range) => n / BranchingRatio.Of(1, alpha, b, range);
}
