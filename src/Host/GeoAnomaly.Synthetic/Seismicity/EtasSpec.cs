using System.ComponentModel;

namespace GeoAnomaly.Synthetic.Seismicity;

/// <summary>Everything that defines a synthetic ETAS earthquake catalog; the same spec always gives the same catalog.</summary>
/// <remarks>
/// <para>
/// The epidemic-type aftershock sequence model (Ogata 1988, JASA 83:9–27; space–time form Ogata 1998, Ann. Inst.
/// Statist. Math. 50:379–402) in its branching (cluster) formulation (Zhuang, Ogata and Vere-Jones 2002, JASA 97:369–380):
/// background events form a Poisson process of <see cref="BackgroundRate"/> per day over the region; every event of
/// magnitude M has a Poisson number of direct aftershocks with mean K·10^(α(M − Mmin)), each delayed by the
/// Omori–Utsu density (p − 1)·c^(p−1)·(t + c)^(−p), displaced by an isotropic spatial kernel, with a magnitude drawn
/// independently from the Gutenberg–Richter law truncated to [Mmin, Mmax]. Aftershocks have aftershocks of their own.
/// </para>
/// <para>
/// The defaults give a few thousand events over ten years on the default network region, branching ratio
/// n ≈ 0.45 (<see cref="BranchingRatio"/>). A spec with n ≥ 1 is rejected: the process would be explosive.
/// </para>
/// </remarks>
internal sealed partial record EtasSpec
{
    /// <summary>Seed of every random choice. Default <see cref="Defaults.Seed"/>.</summary>
    [Description("Seed of every random choice; the same seed gives the same catalog.")]
    public long Seed { get; init; } = Defaults.Seed;

    /// <summary>Network code used in event ids (<c>sy000001</c>); 1..8 letters or digits. Default <see cref="NetworkSpec.Defaults.Network"/>.</summary>
    [Description("Network code used to build event ids.")]
    public string Network { get; init; } = NetworkSpec.Defaults.Network;

    /// <summary>Start of the catalog; converted to UTC. Default 2024-01-01T00:00:00Z (the network default).</summary>
    [Description("Start of the catalog (ISO 8601, converted to UTC).")]
    public DateTimeOffset Start { get; init; } = NetworkSpec.Defaults.Start;

    /// <summary>Length of the catalog, 1 day..200 years. Default 3,650 days.</summary>
    [Description("Length of the catalog.")]
    public TimeSpan Duration { get; init; } = Defaults.Duration;

    /// <summary>Region events lie in; aftershocks that would fall outside it are dropped with their descendants. Default <see cref="GeoBox.Default"/>.</summary>
    [Description("Latitude/longitude box of the catalog (degrees); aftershocks falling outside are dropped.")]
    public GeoBox Region { get; init; } = GeoBox.Default;

    /// <summary>Background (independent) events per day of M ≥ <see cref="MinMagnitude"/> over the whole region, 0..1000. Default <see cref="Defaults.BackgroundRate"/>.</summary>
    [Description("Background events per day (M >= minMagnitude) over the whole region.")]
    public double BackgroundRate { get; init; } = Defaults.BackgroundRate;

    /// <summary>
    /// Where background events occur: empty for uniform over <see cref="Region"/> (in latitude and longitude), otherwise
    /// a mixture of the given Gaussian sources. Default empty.
    /// </summary>
    [Description("Background sources (latitude, longitude, sigmaKm, weight); empty for uniform over the region.")]
    public IReadOnlyList<BackgroundSource> BackgroundSources { get; init; } = [];

    /// <summary>Smallest magnitude simulated, Mmin. Default <see cref="Defaults.MinMagnitude"/>.</summary>
    [Description("Smallest magnitude simulated (Mmin).")]
    public double MinMagnitude { get; init; } = Defaults.MinMagnitude;

    /// <summary>Largest magnitude simulated, Mmax (the Gutenberg–Richter law is truncated there). Default <see cref="Defaults.MaxMagnitude"/>.</summary>
    [Description("Largest magnitude simulated (Mmax); the Gutenberg-Richter law is truncated there.")]
    public double MaxMagnitude { get; init; } = Defaults.MaxMagnitude;

    /// <summary>Gutenberg–Richter b-value, 0.3..3. Default <see cref="Defaults.B"/>.</summary>
    [Description("Gutenberg-Richter b-value.")]
    public double B { get; init; } = Defaults.B;

    /// <summary>Productivity K: expected direct aftershocks of an Mmin event, ≥ 0. Default <see cref="Defaults.K"/>.</summary>
    [Description("Productivity K: expected direct aftershocks of an event of magnitude minMagnitude.")]
    public double K { get; init; } = Defaults.K;

    /// <summary>Productivity exponent α (per magnitude unit, base 10), 0..3. Default <see cref="Defaults.Alpha"/>.</summary>
    [Description("Productivity exponent alpha: direct aftershocks scale as 10^(alpha (M - minMagnitude)).")]
    public double Alpha { get; init; } = Defaults.Alpha;

    /// <summary>Omori–Utsu c in days, positive. Default <see cref="Defaults.OmoriC"/> (about 14 minutes).</summary>
    [Description("Omori-Utsu c, days.")]
    public double OmoriC { get; init; } = Defaults.OmoriC;

    /// <summary>Omori–Utsu p, above 1 (the delay density must be normalisable). Default <see cref="Defaults.OmoriP"/>.</summary>
    [Description("Omori-Utsu p (> 1).")]
    public double OmoriP { get; init; } = Defaults.OmoriP;

    /// <summary>Shape of the spatial kernel. Default <see cref="SpatialKernelShape.PowerLaw"/>.</summary>
    [Description("Spatial kernel: powerLaw (d, q) or gaussian (sigma = d).")]
    public SpatialKernelShape Kernel { get; init; } = SpatialKernelShape.PowerLaw;

    /// <summary>Spatial kernel scale d in km (the power law's d, the Gaussian's σ), positive. Default <see cref="Defaults.KernelDistance"/>.</summary>
    [Description("Spatial kernel scale d, km (power law d; Gaussian sigma).")]
    public double KernelDistance { get; init; } = Defaults.KernelDistance;

    /// <summary>Power-law kernel exponent q, above 1. Default <see cref="Defaults.KernelExponent"/>.</summary>
    [Description("Power-law kernel exponent q (> 1).")]
    public double KernelExponent { get; init; } = Defaults.KernelExponent;

    /// <summary>Shallowest hypocentre depth, km. Default <see cref="Defaults.MinDepthKm"/>.</summary>
    [Description("Shallowest depth, km.")]
    public double MinDepthKm { get; init; } = Defaults.MinDepthKm;

    /// <summary>Deepest hypocentre depth, km. Default <see cref="Defaults.MaxDepthKm"/>.</summary>
    [Description("Deepest depth, km.")]
    public double MaxDepthKm { get; init; } = Defaults.MaxDepthKm;

    /// <summary>A spec covering <paramref name="network"/>: its seed, network code, start, duration and region; every other option at its default.</summary>
    /// <param name="network">The synthetic network the catalog goes with.</param>
    /// <remarks>The catalog draws from its own random streams, so it does not change the network's numbers.</remarks>
    public static EtasSpec Over(NetworkSpec network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new EtasSpec
        {
            Seed = network.Seed,
            Network = network.Network,
            Start = network.Start,
            Duration = network.Duration,
            Region = network.Region,
        };
    }

    /// <summary>The branching ratio n of this spec (<see cref="Seismicity.BranchingRatio.Of"/>).</summary>
    public double BranchingRatio => Seismicity.BranchingRatio.Of(K, Alpha, B, MaxMagnitude - MinMagnitude);

    /// <summary>The default value of every option.</summary>
    public static class Defaults
    {
        /// <summary>Default seed.</summary>
        public const long Seed = 1;

        /// <summary>Default background events per day.</summary>
        public const double BackgroundRate = 0.5;

        /// <summary>Default Mmin.</summary>
        public const double MinMagnitude = 2.5;

        /// <summary>Default Mmax.</summary>
        public const double MaxMagnitude = 7.5;

        /// <summary>Default b-value.</summary>
        public const double B = 1.0;

        /// <summary>Default productivity K (with the other defaults, n ≈ 0.45).</summary>
        public const double K = 0.1;

        /// <summary>Default α.</summary>
        public const double Alpha = 0.8;

        /// <summary>Default Omori–Utsu c, days.</summary>
        public const double OmoriC = 0.01;

        /// <summary>Default Omori–Utsu p.</summary>
        public const double OmoriP = 1.2;

        /// <summary>Default kernel scale, km.</summary>
        public const double KernelDistance = 2.0;

        /// <summary>Default power-law exponent q.</summary>
        public const double KernelExponent = 1.5;

        /// <summary>Default shallowest depth, km.</summary>
        public const double MinDepthKm = 0;

        /// <summary>Default deepest depth, km.</summary>
        public const double MaxDepthKm = 20;

        /// <summary>Default catalog length.</summary>
        public static readonly TimeSpan Duration = TimeSpan.FromDays(3650);
    }
}
