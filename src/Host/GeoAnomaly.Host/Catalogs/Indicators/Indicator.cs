namespace GeoAnomaly.Host.Catalogs.Indicators;

/// <summary>
/// The seismicity indicators, in column order: Panakkat &amp; Adeli's (2007) eight (with the Gutenberg-Richter a that
/// comes with their least-squares b) and Reyes, Morales-Esteban &amp; Martínez-Álvarez's (2013) seven.
/// </summary>
internal enum Indicator
{
    /// <summary>Panakkat &amp; Adeli: T, time span of the last n events, days.</summary>
    T,

    /// <summary>Panakkat &amp; Adeli: mean magnitude of the last n events.</summary>
    MeanMagnitude,

    /// <summary>Panakkat &amp; Adeli: dE^1/2, rate of the square root of seismic energy, erg^1/2 per day.</summary>
    SqrtEnergyRate,

    /// <summary>Panakkat &amp; Adeli: b by least squares on the cumulative frequency-magnitude curve.</summary>
    B,

    /// <summary>Panakkat &amp; Adeli: a of the same least-squares Gutenberg-Richter line (auxiliary, not one of the fifteen).</summary>
    A,

    /// <summary>Panakkat &amp; Adeli: η, mean square deviation from the least-squares Gutenberg-Richter line.</summary>
    Eta,

    /// <summary>Panakkat &amp; Adeli: ΔM, observed maximum magnitude minus the expected a/b.</summary>
    DeltaM,

    /// <summary>Panakkat &amp; Adeli: μ, mean time between characteristic events, days.</summary>
    Mu,

    /// <summary>Panakkat &amp; Adeli: c, coefficient of variation of the times between characteristic events.</summary>
    C,

    /// <summary>Reyes et al.: x1 = b_i - b_{i-4}.</summary>
    X1,

    /// <summary>Reyes et al.: x2 = b_{i-4} - b_{i-8}.</summary>
    X2,

    /// <summary>Reyes et al.: x3 = b_{i-8} - b_{i-12}.</summary>
    X3,

    /// <summary>Reyes et al.: x4 = b_{i-12} - b_{i-16}.</summary>
    X4,

    /// <summary>Reyes et al.: x5 = b_{i-16} - b_{i-20}.</summary>
    X5,

    /// <summary>Reyes et al.: x6, maximum magnitude in the last 7 days.</summary>
    X6,

    /// <summary>Reyes et al.: x7 = 10^(-3 b_i), the Gutenberg-Richter probability of M ≥ 6 given M ≥ 3.</summary>
    X7,
}
