namespace GeoAnomaly.Host.Catalogs;

/// <summary>Options of <see cref="GardnerKnopoff"/>.</summary>
internal sealed record GardnerKnopoffOptions
{
    /// <summary>Default window: <see cref="GardnerKnopoffWindow.GardnerKnopoff1974"/>.</summary>
    public const GardnerKnopoffWindow DefaultWindow = GardnerKnopoffWindow.GardnerKnopoff1974;

    /// <summary>Default foreshock window, as a fraction of the aftershock time window: 1 (the same window before).</summary>
    public const double DefaultForeshockFraction = 1.0;

    /// <summary>The window variant; default <see cref="GardnerKnopoffWindow.GardnerKnopoff1974"/>.</summary>
    public GardnerKnopoffWindow Window { get; init; } = DefaultWindow;

    /// <summary>How far before a mainshock its cluster reaches, as a fraction of its time window (0 = aftershocks
    /// only); default 1.</summary>
    public double ForeshockFraction { get; init; } = DefaultForeshockFraction;

    /// <summary>All problems, each naming the option.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Window))
        {
            problems.Add($"window: unknown variant {Window}");
        }

        if (!(ForeshockFraction >= 0 && ForeshockFraction <= 1))
        {
            problems.Add($"foreshock-fraction: must be in 0..1, got {ForeshockFraction}");
        }

        return problems;
    }
}

/// <summary>Declustering by the Gardner &amp; Knopoff (1974) space-time windows.</summary>
/// <remarks>
/// <para>Gardner &amp; Knopoff (1974, BSSA 64, 1363-1367), as described by van Stiphout, Zhuang &amp; Marsan (2012,
/// CORSSA, doi:10.5078/corssa-52382934): events are taken in decreasing magnitude (earlier first among equals). An
/// event not yet in a cluster opens one, and every other event not yet in a cluster that lies within its distance
/// window d(M) (epicentral, km) and within its time window t(M) after it (and, with
/// <see cref="GardnerKnopoffOptions.ForeshockFraction"/> f, within f t(M) before it) joins it. The opener is the
/// cluster's mainshock; the other members are removed. A cluster of one is a background event.</para>
/// <para>Windows: <see cref="GardnerKnopoffWindow"/> (default: the GK 1974 formula fit; the table, Grünthal and
/// Uhrhammer are the alternatives). Foreshocks: by default the window reaches as far before the mainshock as after it
/// (f = 1, our choice, so that foreshocks of a sequence go with it); f = 0 gives aftershock-only windows.</para>
/// <para>Characteristics: deterministic; no training; O(n · events per window) on the time-sorted catalog; events with
/// a NaN magnitude never open a cluster (they can still fall in one).</para>
/// </remarks>
internal static class GardnerKnopoff
{
    /// <summary>Declusters <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    public static DeclusteringResult Decluster(EarthquakeCatalog catalog, GardnerKnopoffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= new GardnerKnopoffOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        var events = catalog.Events;
        int n = events.Count;
        long[] ticks = [.. events.Select(e => e.Time.UtcTicks)];
        var unit = UnitVectors(events);
        int[] order = [.. Enumerable.Range(0, n).Where(i => !double.IsNaN(events[i].Magnitude))
            .OrderByDescending(i => events[i].Magnitude).ThenBy(i => i)];
        int[] ids = new int[n];
        int next = 0;
        foreach (int main in order)
        {
            if (ids[main] != 0)
            {
                continue;
            }

            var quake = events[main];
            var (km, days) = GardnerKnopoffWindows.Of(options.Window, quake.Magnitude);
            long after = (long)(days * TimeSpan.TicksPerDay);
            long before = (long)(options.ForeshockFraction * days * TimeSpan.TicksPerDay);
            int id = ++next;
            ids[main] = id;
            double minCosine = Math.Cos(Math.Min(km / EpicentralDistance.EarthRadiusKm, Math.PI));
            var (x, y, z) = unit[main];
            for (int j = LowerBound(ticks, ticks[main] - before); j < n && ticks[j] <= ticks[main] + after; j++)
            {
                // Great-circle distance ≤ km ⇔ cosine of the central angle ≥ cos(km / R): a dot product of unit vectors.
                var (xj, yj, zj) = unit[j];
                if (ids[j] == 0 && (x * xj) + (y * yj) + (z * zj) >= minCosine)
                {
                    ids[j] = id;
                }
            }
        }

        string name = $"Gardner-Knopoff ({options.Window}, foreshock fraction {options.ForeshockFraction:0.##})";
        return DeclusteringResult.FromClusters(name, events, ids);
    }

    private static (double X, double Y, double Z)[] UnitVectors(IReadOnlyList<Earthquake> events)
    {
        const double Rad = Math.PI / 180;
        var unit = new (double X, double Y, double Z)[events.Count];
        for (int i = 0; i < unit.Length; i++)
        {
            double lat = events[i].Latitude * Rad;
            double lon = events[i].Longitude * Rad;
            unit[i] = (Math.Cos(lat) * Math.Cos(lon), Math.Cos(lat) * Math.Sin(lon), Math.Sin(lat));
        }

        return unit;
    }

    private static int LowerBound(long[] ticks, long value)
    {
        int lo = 0;
        int hi = ticks.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (ticks[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
