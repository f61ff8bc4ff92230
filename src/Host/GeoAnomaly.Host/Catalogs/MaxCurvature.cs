namespace GeoAnomaly.Host.Catalogs;

/// <summary>Magnitude of completeness by maximum curvature (MAXC), with an optional additive correction.</summary>
/// <remarks>
/// <para>Wiemer &amp; Wyss (2000, BSSA 90, 859-869): Mc is the magnitude bin with the most events in the
/// non-cumulative frequency-magnitude distribution (the point of maximum curvature of the cumulative one).</para>
/// <para>MAXC underestimates Mc where the distribution bends gradually; Woessner &amp; Wiemer (2005, BSSA 95,
/// 684-698) add +0.2, the "usual" correction (<see cref="DefaultCorrection"/>). Pass 0 for plain MAXC.</para>
/// <para>The corrected value is rounded to a bin centre. Ties go to the lowest magnitude bin. Characteristics: no training; O(n); NaN magnitudes rejected.</para>
/// </remarks>
internal static class MaxCurvature
{
    /// <summary>The Woessner &amp; Wiemer (2005) correction, +0.2 magnitude units.</summary>
    public const double DefaultCorrection = 0.2;

    /// <summary>Mc = centre of the most populated bin + <paramref name="correction"/>.</summary>
    /// <param name="magnitudes">The magnitudes; at least one.</param>
    /// <param name="binWidth">Bin width, for example 0.1.</param>
    /// <param name="correction">Added to the modal bin, <see cref="DefaultCorrection"/> by default.</param>
    public static double Estimate(IReadOnlyCollection<double> magnitudes, double binWidth, double correction = DefaultCorrection) =>
        Estimate(MagnitudeBins.Of(magnitudes, binWidth), correction);

    /// <summary>Mc from an already binned distribution.</summary>
    /// <param name="bins">The frequency-magnitude distribution.</param>
    /// <param name="correction">Added to the modal bin.</param>
    public static double Estimate(MagnitudeBins bins, double correction = DefaultCorrection)
    {
        ArgumentNullException.ThrowIfNull(bins);
        int best = 0;
        for (int i = 1; i < bins.Count; i++)
        {
            if (bins.CountAt(i) > bins.CountAt(best))
            {
                best = i;
            }
        }

        return MagnitudeBins.Round(bins.Centre(best) + correction, bins.Width);
    }
}
