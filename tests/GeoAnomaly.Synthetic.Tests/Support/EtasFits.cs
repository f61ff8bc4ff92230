using GeoAnomaly.Synthetic.Seismicity;

namespace GeoAnomaly.Synthetic.Tests.Support;

/// <summary>Estimators the ETAS acceptance tests apply to simulated catalogs, written here independently of the simulator.</summary>
internal static class EtasFits
{
    /// <summary>
    /// Aki (1965)–Utsu maximum-likelihood b-value for continuous (unbinned) magnitudes above <paramref name="minMagnitude"/>:
    /// b = log10(e) / (mean(M) − Mmin). No binning correction: the simulator's magnitudes are continuous.
    /// </summary>
    public static double AkiUtsuB(IEnumerable<double> magnitudes, double minMagnitude) =>
        Math.Log10(Math.E) / (magnitudes.Average() - minMagnitude);

    /// <summary>
    /// Maximum-likelihood Omori–Utsu (c, p) from stacked aftershock delays, each observed only up to its own horizon
    /// (the time from its parent to the end of the catalog).
    /// </summary>
    /// <remarks>
    /// Delay density (p − 1)c^(p−1)(τ + c)^(−p) on [0, ∞), truncated at the horizon H, so one delay contributes
    /// ln(p − 1) + (p − 1) ln c − p ln(τ + c) − ln(1 − (1 + H/c)^(1 − p)). Maximised by golden-section search over p in
    /// (1, 3] for each c, and over ln c in [ln 1e-4, ln 0.1] days (the profile likelihood); 32 golden-section steps narrow each interval
    /// a million-fold.
    /// </remarks>
    public static (double C, double P) OmoriUtsu(IReadOnlyList<(double Delay, double Horizon)> delays)
    {
        double bestLogC = GoldenMax(Math.Log(1e-4), Math.Log(0.1), logC => Profile(Math.Exp(logC)).LogLikelihood);
        double c = Math.Exp(bestLogC);
        return (c, Profile(c).P);

        (double P, double LogLikelihood) Profile(double c)
        {
            double p = GoldenMax(1.0001, 3, p => LogLikelihood(delays, c, p));
            return (p, LogLikelihood(delays, c, p));
        }
    }

    /// <summary>Every direct aftershock's delay after its parent and the parent's horizon (days to the end of the catalog).</summary>
    public static List<(double Delay, double Horizon)> StackedDelays(EtasCatalog catalog)
    {
        var end = catalog.Spec.Start + catalog.Spec.Duration;
        var delays = new List<(double, double)>();
        foreach (var e in catalog.Events.Where(e => e.IsTriggered))
        {
            var parent = catalog.Events[e.Parent];
            delays.Add(((e.Time - parent.Time).TotalDays, (end - parent.Time).TotalDays));
        }

        return delays;
    }

    private static double LogLikelihood(IReadOnlyList<(double Delay, double Horizon)> delays, double c, double p)
    {
        double sum = 0;
        foreach (var (delay, horizon) in delays)
        {
            double kept = 1 - Math.Pow(1 + (horizon / c), 1 - p);
            sum += Math.Log(p - 1) + ((p - 1) * Math.Log(c)) - (p * Math.Log(delay + c)) - Math.Log(kept);
        }

        return sum;
    }

    private static double GoldenMax(double low, double high, Func<double, double> f)
    {
        double ratio = (Math.Sqrt(5) - 1) / 2;
        double x1 = high - (ratio * (high - low));
        double x2 = low + (ratio * (high - low));
        double f1 = f(x1);
        double f2 = f(x2);
        for (int i = 0; i < 32; i++)
        {
            if (f1 < f2)
            {
                low = x1;
                x1 = x2;
                f1 = f2;
                x2 = low + (ratio * (high - low));
                f2 = f(x2);
            }
            else
            {
                high = x2;
                x2 = x1;
                f2 = f1;
                x1 = high - (ratio * (high - low));
                f1 = f(x1);
            }
        }

        return (low + high) / 2;
    }
}
