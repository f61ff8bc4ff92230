namespace GeoAnomaly.Host.Catalogs;

/// <summary>Options of <see cref="CatalogStatistics.Compute"/>.</summary>
internal sealed record CatalogStatisticsOptions
{
    /// <summary>Default <see cref="BinWidth"/>: 0.1 magnitude units.</summary>
    public const double DefaultBinWidth = 0.1;

    /// <summary>Magnitude bin width ΔM for Mc and b (magnitudes are rounded to it); default 0.1.</summary>
    public double BinWidth { get; init; } = DefaultBinWidth;

    /// <summary>Correction added to the maximum-curvature Mc; default +0.2 (Woessner &amp; Wiemer 2005).</summary>
    public double MaxCurvatureCorrection { get; init; } = MaxCurvature.DefaultCorrection;

    /// <summary>Whether to decluster (both methods); default true.</summary>
    public bool Decluster { get; init; } = true;

    /// <summary>Gardner-Knopoff options; default GK 1974 windows.</summary>
    public GardnerKnopoffOptions GardnerKnopoff { get; init; } = new();

    /// <summary>Reasenberg options; null (default) means ZMAP's defaults with xmeff set to the catalog's Mc (goodness of
    /// fit), since xmeff is the catalog's effective cut-off and 1.5 suits only catalogs complete to 1.5.</summary>
    public ReasenbergOptions? Reasenberg { get; init; }
}

/// <summary>A catalog summary: counts, span, magnitude range, Mc by two methods, b ± σ, declustered counts.</summary>
/// <param name="Source">Where the catalog came from.</param>
/// <param name="Count">Number of events.</param>
/// <param name="WithoutMagnitude">Events without a magnitude (NaN), left out of Mc and b.</param>
/// <param name="First">Origin time of the first event, or null for an empty catalog.</param>
/// <param name="Last">Origin time of the last event, or null.</param>
/// <param name="MinMagnitude">Smallest magnitude, or NaN.</param>
/// <param name="MaxMagnitude">Largest magnitude, or NaN.</param>
/// <param name="BinWidth">ΔM used.</param>
/// <param name="MaxCurvatureCorrection">The correction included in <paramref name="McMaxCurvature"/>.</param>
/// <param name="McMaxCurvature">Mc by maximum curvature plus the correction, or NaN.</param>
/// <param name="McGoodnessOfFit">Mc by goodness of fit, or null when there are no magnitudes.</param>
/// <param name="B">b at the goodness-of-fit Mc, or null when it cannot be estimated.</param>
/// <param name="GardnerKnopoff">Gardner-Knopoff declustering, or null when not run.</param>
/// <param name="Reasenberg">Reasenberg declustering, or null when not run.</param>
internal sealed record CatalogStatistics(
    string Source,
    int Count,
    int WithoutMagnitude,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    double MinMagnitude,
    double MaxMagnitude,
    double BinWidth,
    double MaxCurvatureCorrection,
    double McMaxCurvature,
    GoodnessOfFitResult? McGoodnessOfFit,
    BValueEstimate? B,
    DeclusteringResult? GardnerKnopoff,
    DeclusteringResult? Reasenberg)
{
    /// <summary>Computes the summary of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    public static CatalogStatistics Compute(EarthquakeCatalog catalog, CatalogStatisticsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= new CatalogStatisticsOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BinWidth);
        var events = catalog.Events;
        double[] mags = [.. events.Select(e => e.Magnitude).Where(m => !double.IsNaN(m))];
        double mcMaxc = double.NaN;
        GoodnessOfFitResult? gft = null;
        BValueEstimate? b = null;
        if (mags.Length > 0)
        {
            var bins = MagnitudeBins.Of(mags, options.BinWidth);
            mcMaxc = MaxCurvature.Estimate(bins, options.MaxCurvatureCorrection);
            gft = GoodnessOfFit.Estimate(mags, options.BinWidth, options.MaxCurvatureCorrection);
            b = AkiUtsuBValue.Estimate(mags, gft.Mc, options.BinWidth);
        }

        DeclusteringResult? gk = null;
        DeclusteringResult? rb = null;
        if (options.Decluster && events.Count > 0)
        {
            gk = Catalogs.GardnerKnopoff.Decluster(catalog, options.GardnerKnopoff);
            var reasenbergOptions = options.Reasenberg
                ?? new ReasenbergOptions { XmEff = gft?.Mc ?? ReasenbergOptions.DefaultXmEff };
            rb = Catalogs.Reasenberg.Decluster(catalog, reasenbergOptions);
        }

        return new CatalogStatistics(
            catalog.Source,
            events.Count,
            events.Count - mags.Length,
            events.Count > 0 ? events[0].Time : null,
            events.Count > 0 ? events[^1].Time : null,
            mags.Length > 0 ? mags.Min() : double.NaN,
            mags.Length > 0 ? mags.Max() : double.NaN,
            options.BinWidth,
            options.MaxCurvatureCorrection,
            mcMaxc,
            gft,
            b,
            gk,
            rb);
    }
}
