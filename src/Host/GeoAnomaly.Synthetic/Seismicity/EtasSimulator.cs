using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Seismicity;

/// <summary>Simulates an ETAS catalog from an <see cref="EtasSpec"/> by its branching (cluster) structure.</summary>
/// <remarks>
/// <para>
/// The branching algorithm for space–time ETAS (Zhuang and Touati 2015, "Stochastic simulation of earthquake catalogs",
/// CORSSA, doi:10.5078/corssa-43806322, section 7; boundary effects in its section 8): draw the background events; then,
/// generation by generation, give every event of magnitude M a Poisson number of direct aftershocks with mean
/// κ(M) = K·10^(α(M − Mmin)), each with
/// </para>
/// <list type="bullet">
/// <item>delay τ from the Omori–Utsu density (p − 1)c^(p−1)(τ + c)^(−p): P(T > τ) = (1 + τ/c)^(1 − p), so
/// τ = c·(u^(1/(1 − p)) − 1) with u uniform on (0, 1];</item>
/// <item>epicentre displaced from the parent's by the isotropic kernel (<see cref="SpatialKernel"/>);</item>
/// <item>magnitude from the Gutenberg–Richter law truncated to [Mmin, Mmax]: M = Mmin − ln(1 − u(1 − e^(−βR)))/β,
/// β = b ln 10, R = Mmax − Mmin (the same law as background events);</item>
/// <item>depth uniform in [minDepthKm, maxDepthKm] (depth carries no clustering in this model).</item>
/// </list>
/// <para>
/// Background events: times a Poisson process of rate μ (exponential gaps, exact), epicentres uniform in latitude and
/// longitude over the region or from the background sources. Aftershocks after the end of the catalog or outside the
/// region are dropped and counted (<see cref="EtasCatalog.DroppedAfterEnd"/>, <see cref="EtasCatalog.DroppedOutsideRegion"/>);
/// the process starts empty at the start time, so the first part of a catalog has fewer aftershocks than a stationary
/// one (the Omori tail is long: with p = 1.2 and c = 0.01 day, (1 + τ/c)^(1 − p) puts 16 % of aftershocks more than 100 days after their parent).
/// Poisson counts use <see cref="SeededRandom.Poisson"/> (rounded normal above a mean of 30). Origin times are rounded
/// to the millisecond (ComCat's resolution), so the written catalog is the simulated one.
/// </para>
/// <list type="table">
/// <listheader><term>characteristic</term><description>value</description></listheader>
/// <item><term>cost</term><description>O(N log N) for N events (the final sort); a few thousand events take milliseconds</description></item>
/// <item><term>reproducible</term><description>same spec, same catalog bit for bit; background and cascades have their own streams</description></item>
/// </list>
/// </remarks>
internal static class EtasSimulator
{
    private const double MillisecondsPerDay = 86_400_000;

    /// <summary>Simulates the catalog of a valid <paramref name="spec"/>.</summary>
    /// <param name="spec">The catalog to simulate.</param>
    /// <exception cref="Sdk.OptionsException">The spec is invalid (for example its branching ratio is 1 or more); lists every problem.</exception>
    public static EtasCatalog Simulate(EtasSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.ThrowIfInvalid();
        double days = spec.Duration.TotalDays;
        var drafts = new List<Draft>();

        var background = SeededRandom.For(spec.Seed, RandomStream.EtasBackground);
        double totalWeight = spec.BackgroundSources.Sum(s => s.Weight);
        double t = 0;
        while (spec.BackgroundRate > 0)
        {
            t += -Math.Log(1 - background.NextDouble()) / spec.BackgroundRate;
            if (t > days)
            {
                break;
            }

            var (lat, lon) = SpatialKernel.Background(spec.Region, spec.BackgroundSources, totalWeight, background);
            drafts.Add(new Draft(t, lat, lon, Depth(spec, background), Magnitude(spec, background), -1, 0));
        }

        var cascade = SeededRandom.For(spec.Seed, RandomStream.EtasAftershocks);
        int outside = 0;
        int late = 0;
        for (int i = 0; i < drafts.Count; i++)
        {
            var parent = drafts[i];
            int count = cascade.Poisson(BranchingRatio.Productivity(spec.K, spec.Alpha, parent.Magnitude, spec.MinMagnitude));
            for (int k = 0; k < count; k++)
            {
                double delay = OmoriDelay(spec.OmoriC, spec.OmoriP, cascade);
                double distance = SpatialKernel.Distance(spec.Kernel, spec.KernelDistance, spec.KernelExponent, cascade);
                var (lat, lon) = SpatialKernel.Displace(parent.Latitude, parent.Longitude, distance, cascade);
                double magnitude = Magnitude(spec, cascade);
                double depth = Depth(spec, cascade);
                double time = parent.Time + delay;
                if (!(time <= days))
                {
                    late++;
                }
                else if (!SpatialKernel.Contains(spec.Region, lat, lon))
                {
                    outside++;
                }
                else
                {
                    drafts.Add(new Draft(time, lat, lon, depth, magnitude, i, parent.Generation + 1));
                }
            }
        }

        return new EtasCatalog(spec, Order(spec, drafts), outside, late);
    }

    /// <summary>An Omori–Utsu delay in days: τ = c·(u^(1/(1 − p)) − 1), u uniform on (0, 1].</summary>
    /// <param name="c">Omori–Utsu c, days.</param>
    /// <param name="p">Omori–Utsu p (&gt; 1).</param>
    /// <param name="random">The stream.</param>
    public static double OmoriDelay(double c, double p, SeededRandom random) =>
        c * (Math.Pow(1 - random.NextDouble(), 1 / (1 - p)) - 1);

    private static double Magnitude(EtasSpec spec, SeededRandom random)
    {
        double beta = spec.B * Math.Log(10);
        double truncation = -double.ExpM1(-beta * (spec.MaxMagnitude - spec.MinMagnitude));
        double m = spec.MinMagnitude - (Math.Log(1 - (random.NextDouble() * truncation)) / beta);
        return Math.Min(m, spec.MaxMagnitude);
    }

    private static double Depth(EtasSpec spec, SeededRandom random) => random.Uniform(spec.MinDepthKm, spec.MaxDepthKm);

    private static EtasEvent[] Order(EtasSpec spec, List<Draft> drafts)
    {
        int[] order = [.. Enumerable.Range(0, drafts.Count).OrderBy(i => drafts[i].Time).ThenBy(i => i)];
        int[] position = new int[drafts.Count];
        for (int k = 0; k < order.Length; k++)
        {
            position[order[k]] = k;
        }

        var start = spec.Start.ToUniversalTime();
        string prefix = spec.Network.ToLowerInvariant();
        var events = new EtasEvent[drafts.Count];
        for (int k = 0; k < order.Length; k++)
        {
            var d = drafts[order[k]];
            var time = start + TimeSpan.FromMilliseconds(Math.Round(d.Time * MillisecondsPerDay));
            int parent = d.Parent < 0 ? -1 : position[d.Parent];
            events[k] = new EtasEvent(k, $"{prefix}{k + 1:D6}", time, d.Latitude, d.Longitude, d.DepthKm, d.Magnitude, parent, d.Generation);
        }

        return events;
    }

    private readonly record struct Draft(double Time, double Latitude, double Longitude, double DepthKm, double Magnitude, int Parent, int Generation);
}
