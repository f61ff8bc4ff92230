namespace GeoAnomaly.Host.Catalogs;

/// <summary>What a declustering method made of a catalog: a cluster id per event and which events are mainshocks.</summary>
/// <remarks>
/// Indices follow <see cref="EarthquakeCatalog.Events"/> (origin-time order). Cluster id 0 marks an event in no
/// cluster (a background event, kept); ids 1, 2, … number the clusters in order of discovery. In each cluster the
/// largest event (the earliest of equal largest) is the mainshock and is kept; every other member is removed.
/// </remarks>
internal sealed class DeclusteringResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="method">The method and variant, for summaries (<c>Gardner-Knopoff 1974</c>, <c>Reasenberg 1985</c>).</param>
    /// <param name="clusterIds">Cluster id per event, 0 = none.</param>
    /// <param name="isMainshock">Per event: true when it is the largest event of its cluster.</param>
    public DeclusteringResult(string method, int[] clusterIds, bool[] isMainshock)
    {
        ArgumentNullException.ThrowIfNull(clusterIds);
        ArgumentNullException.ThrowIfNull(isMainshock);
        if (clusterIds.Length != isMainshock.Length)
        {
            throw new ArgumentException("one cluster id and one mainshock flag per event", nameof(isMainshock));
        }

        Method = method;
        ClusterIds = clusterIds;
        IsMainshock = isMainshock;
        ClusterCount = clusterIds.Length == 0 ? 0 : clusterIds.Max();
        RemovedCount = Enumerable.Range(0, clusterIds.Length).Count(i => IsRemoved(i));
    }

    /// <summary>The method and variant.</summary>
    public string Method { get; }

    /// <summary>Cluster id per event (0 = in no cluster).</summary>
    public IReadOnlyList<int> ClusterIds { get; }

    /// <summary>Per event: the largest event of its cluster.</summary>
    public IReadOnlyList<bool> IsMainshock { get; }

    /// <summary>Number of clusters (of two events or more).</summary>
    public int ClusterCount { get; }

    /// <summary>Number of events removed (cluster members that are not their cluster's mainshock).</summary>
    public int RemovedCount { get; }

    /// <summary>Number of events kept: background events and mainshocks.</summary>
    public int KeptCount => ClusterIds.Count - RemovedCount;

    /// <summary>True when event <paramref name="index"/> is removed by declustering.</summary>
    /// <param name="index">Event index in the catalog.</param>
    public bool IsRemoved(int index) => ClusterIds[index] != 0 && !IsMainshock[index];

    /// <summary>The declustered catalog: the kept events of <paramref name="catalog"/> (the one that was declustered).</summary>
    /// <param name="catalog">The catalog this result was computed from.</param>
    public EarthquakeCatalog Declustered(EarthquakeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (catalog.Count != ClusterIds.Count)
        {
            throw new ArgumentException($"result is for {ClusterIds.Count} events, catalog has {catalog.Count}", nameof(catalog));
        }

        return new EarthquakeCatalog(catalog.Source, catalog.Events.Where((_, i) => !IsRemoved(i)));
    }

    /// <summary>Builds a result from cluster ids: renumbers them 1.. by first member and marks each cluster's largest event.</summary>
    /// <param name="method">The method name.</param>
    /// <param name="events">The events, in catalog order.</param>
    /// <param name="rawIds">Any positive id per clustered event, 0 for none; singleton clusters become 0.</param>
    internal static DeclusteringResult FromClusters(string method, IReadOnlyList<Earthquake> events, int[] rawIds)
    {
        int[] size = new int[rawIds.Length == 0 ? 1 : rawIds.Max() + 1];
        foreach (int id in rawIds)
        {
            size[id]++;
        }

        var renumber = new Dictionary<int, int>();
        int[] ids = new int[rawIds.Length];
        int[] largest = new int[rawIds.Length + 1];
        for (int i = 0; i < rawIds.Length; i++)
        {
            int raw = rawIds[i];
            if (raw == 0 || size[raw] < 2)
            {
                continue;
            }

            if (!renumber.TryGetValue(raw, out int id))
            {
                id = renumber.Count + 1;
                renumber[raw] = id;
                largest[id] = i;
            }
            else if (events[i].Magnitude > events[largest[id]].Magnitude)
            {
                largest[id] = i;
            }

            ids[i] = id;
        }

        bool[] main = new bool[rawIds.Length];
        for (int id = 1; id <= renumber.Count; id++)
        {
            main[largest[id]] = true;
        }

        return new DeclusteringResult(method, ids, main);
    }
}
