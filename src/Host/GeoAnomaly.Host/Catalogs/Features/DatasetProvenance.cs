using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoAnomaly.Host.Catalogs.Features;

/// <summary>How a catalog is declustered before the dataset is built.</summary>
internal enum DeclusterMethod
{
    /// <summary>The full catalog.</summary>
    None,

    /// <summary>Gardner and Knopoff (1974) windows.</summary>
    GardnerKnopoff,

    /// <summary>Reasenberg (1985) interaction zones.</summary>
    Reasenberg,
}

/// <summary>
/// What a dataset was built from, written beside it as <c>data.provenance.json</c> so that every report can state it:
/// the catalog and whether it was declustered, the cells, issue times, horizons and target magnitude, and where the
/// anomaly events came from.
/// </summary>
internal sealed record DatasetProvenance
{
    /// <summary>The catalog (file or InfluxDB source).</summary>
    public required string Catalog { get; init; }

    /// <summary>Declustering applied before features and labels.</summary>
    public DeclusterMethod Declustering { get; init; }

    /// <summary>Events after the filters, before declustering.</summary>
    public int EventsRead { get; init; }

    /// <summary>Events the dataset was built from.</summary>
    public int EventsUsed { get; init; }

    /// <summary>The cells (<c>--grid</c> value or GeoJSON file).</summary>
    public required string Cells { get; init; }

    /// <summary>Issue times: first, end, step (days).</summary>
    public required string IssueTimes { get; init; }

    /// <summary>Horizons, days.</summary>
    public required IReadOnlyList<int> HorizonsDays { get; init; }

    /// <summary>Target magnitude Mth.</summary>
    public double TargetMagnitude { get; init; }

    /// <summary>Where anomaly events came from (file or <c>ga_anomaly</c>), or null without anomaly features.</summary>
    public string? Anomalies { get; init; }

    /// <summary>Which analysts' verdicts removed anomaly events (reviews source, verdicts excluded, events removed), or null when none were used.</summary>
    public string? Reviews { get; init; }

    /// <summary>For a null dataset: how its anomaly times were shuffled.</summary>
    public string? Shuffle { get; init; }

    /// <summary>A one-line description of the catalog's preparation for reports.</summary>
    public string CatalogText() => Declustering == DeclusterMethod.None
        ? $"{Catalog}, full catalog ({EventsUsed:N0} events)"
        : $"{Catalog}, declustered by {DeclusterText(Declustering)} ({EventsUsed:N0} of {EventsRead:N0} events kept)";

    /// <summary>The file beside a dataset: <c>data.csv</c> → <c>data.provenance.json</c>.</summary>
    /// <param name="dataset">The dataset path.</param>
    public static string PathFor(string dataset) => Path.ChangeExtension(dataset, null) + ".provenance.json";

    /// <summary>Writes the provenance beside <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The dataset path.</param>
    public void Write(string dataset) => File.WriteAllText(PathFor(dataset), JsonSerializer.Serialize(this, s_json));

    /// <summary>The provenance beside <paramref name="dataset"/>, or null when there is none (a dataset made elsewhere).</summary>
    /// <param name="dataset">The dataset path.</param>
    /// <exception cref="JsonException">The file exists but is not valid.</exception>
    public static DatasetProvenance? TryRead(string dataset)
    {
        string path = PathFor(dataset);
        return File.Exists(path) ? JsonSerializer.Deserialize<DatasetProvenance>(File.ReadAllText(path), s_json) : null;
    }

    /// <summary>The method's name in text: <c>Gardner-Knopoff (1974)</c>, <c>Reasenberg (1985)</c>.</summary>
    /// <param name="method">The method.</param>
    public static string DeclusterText(DeclusterMethod method) => method switch
    {
        DeclusterMethod.GardnerKnopoff => "Gardner-Knopoff (1974)",
        DeclusterMethod.Reasenberg => "Reasenberg (1985)",
        _ => "none",
    };

    /// <summary>Applies the declustering method to a catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="method">The method.</param>
    public static EarthquakeCatalog Decluster(EarthquakeCatalog catalog, DeclusterMethod method) => method switch
    {
        DeclusterMethod.GardnerKnopoff => GardnerKnopoff.Decluster(catalog).Declustered(catalog),
        DeclusterMethod.Reasenberg => Reasenberg.Decluster(catalog).Declustered(catalog),
        _ => catalog,
    };

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
