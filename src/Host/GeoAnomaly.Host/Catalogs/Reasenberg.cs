namespace GeoAnomaly.Host.Catalogs;

/// <summary>Declustering by Reasenberg's (1985) interaction-zone cluster algorithm.</summary>
/// <remarks>
/// <para>Reasenberg (1985, JGR 90(B7), 5479-5495), as implemented in ZMAP (Allmann's <c>declus</c>, from Reasenberg's
/// program <c>cluster</c>). Events are visited in time order; event i links to every later event j that falls in its
/// look-ahead time τ and in its interaction zone, and linked events share a cluster (clusters that meet merge).</para>
/// <list type="bullet">
/// <item>Source radius r(M) = 0.011 · 10^(0.4 M) km (Kanamori &amp; Anderson 1975). Event i's zone reaches
/// rfact · r(Mᵢ); while i sits in a cluster below its largest event, the largest event's r(M_max) around that event
/// counts too.</item>
/// <item>Distance: the hypocentral distance after removing location errors, sqrt(max(0, Δepi − 1.5 err)² +
/// max(0, |Δz| − derr)²) (ZMAP's form; an unknown depth contributes 0).</item>
/// <item>Look-ahead: τ = taumin for an event in no cluster or the largest of its cluster; otherwise
/// τ = −ln(1 − p) · t / 10^(2 (ΔM − 1) / 3), t the time since the cluster's largest event, ΔM = max(0, (1 − xk) M_max − xmeff)
/// (the cut-off raised to xmeff + xk M_max during a cluster), clamped to [taumin, taumax].</item>
/// </list>
/// <para>The largest event of each cluster (the earliest among equals) is its mainshock; the rest are removed.
/// Two deliberate deviations from ZMAP, both where ZMAP's bookkeeping looks accidental: on a merge the merged
/// cluster keeps the larger of the two largest events (ZMAP keeps the surviving cluster's), and the largest event's
/// zone counts whenever i is below it (ZMAP drops it when τ is clamped to taumin).</para>
/// <para>Characteristics: deterministic; no training; O(n · events per τ); NaN magnitudes count as xmeff.</para>
/// </remarks>
internal static class Reasenberg
{
    /// <summary>Declusters <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    public static DeclusteringResult Decluster(EarthquakeCatalog catalog, ReasenbergOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= new ReasenbergOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        var events = catalog.Events;
        int n = events.Count;
        double[] days = [.. events.Select(e => e.Time.UtcTicks / (double)TimeSpan.TicksPerDay)];
        double[] mag = [.. events.Select(e => double.IsNaN(e.Magnitude) ? options.XmEff : e.Magnitude)];
        int[] ids = new int[n];
        var members = new Dictionary<int, List<int>>();
        var largest = new Dictionary<int, int>();
        double logTerm = -Math.Log(1 - options.P);
        var linked = new List<int>();
        int nextId = 0;
        for (int i = 0; i < n; i++)
        {
            int k = ids[i];
            double tau = options.TauMinDays;
            int big = -1;
            if (k != 0)
            {
                int b = largest[k];
                if (mag[i] > mag[b] || (mag[i] == mag[b] && b == i))
                {
                    largest[k] = i;
                }
                else
                {
                    big = b;
                    double dm = Math.Max(0, ((1 - options.Xk) * mag[b]) - options.XmEff);
                    tau = logTerm * (days[i] - days[b]) / Math.Pow(10, 2 * (dm - 1) / 3);
                    tau = Math.Clamp(tau, options.TauMinDays, options.TauMaxDays);
                }
            }

            double reach = options.RFact * SourceRadiusKm(mag[i]);
            double bigReach = big >= 0 ? SourceRadiusKm(mag[big]) : -1;
            linked.Clear();
            for (int j = i + 1; j < n && days[j] - days[i] <= tau; j++)
            {
                if (k != 0 && ids[j] == k)
                {
                    continue;
                }

                if (Distance(events[i], events[j], options) <= reach
                    || (big >= 0 && Distance(events[big], events[j], options) <= bigReach))
                {
                    linked.Add(j);
                }
            }

            if (linked.Count == 0)
            {
                continue;
            }

            int target = k;
            foreach (int j in linked)
            {
                if (ids[j] != 0 && (target == 0 || ids[j] < target))
                {
                    target = ids[j];
                }
            }

            if (target == 0)
            {
                target = ++nextId;
                members[target] = [];
                largest[target] = i;
            }

            Join(i, target, ids, members, largest, mag);
            foreach (int j in linked)
            {
                Join(j, target, ids, members, largest, mag);
            }
        }

        return DeclusteringResult.FromClusters("Reasenberg 1985", events, ids);
    }

    /// <summary>Source radius in km of a magnitude-M event: 0.011 · 10^(0.4 M).</summary>
    /// <param name="magnitude">The magnitude.</param>
    public static double SourceRadiusKm(double magnitude) => 0.011 * Math.Pow(10, 0.4 * magnitude);

    /// <summary>Hypocentral distance less the location errors, km.</summary>
    private static double Distance(Earthquake a, Earthquake b, ReasenbergOptions options)
    {
        double epi = Math.Max(0, EpicentralDistance.Km(a, b) - (1.5 * options.ErrKm));
        double dz = Math.Abs(a.DepthKm - b.DepthKm);
        dz = double.IsNaN(dz) ? 0 : Math.Max(0, dz - options.DErrKm);
        return Math.Sqrt((epi * epi) + (dz * dz));
    }

    /// <summary>Puts event <paramref name="e"/> (and, if it is in another cluster, that whole cluster) in <paramref name="target"/>.</summary>
    private static void Join(int e, int target, int[] ids, Dictionary<int, List<int>> members, Dictionary<int, int> largest, double[] mag)
    {
        int from = ids[e];
        if (from == target)
        {
            return;
        }

        var into = members[target];
        if (from == 0)
        {
            ids[e] = target;
            into.Add(e);
            Promote(target, e, largest, mag);
            return;
        }

        foreach (int m in members[from])
        {
            ids[m] = target;
            into.Add(m);
        }

        Promote(target, largest[from], largest, mag);
        members.Remove(from);
        largest.Remove(from);
    }

    private static void Promote(int cluster, int candidate, Dictionary<int, int> largest, double[] mag)
    {
        int current = largest[cluster];
        if (mag[candidate] > mag[current] || (mag[candidate] == mag[current] && candidate < current))
        {
            largest[cluster] = candidate;
        }
    }
}
