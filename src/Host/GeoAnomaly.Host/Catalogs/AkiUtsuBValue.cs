namespace GeoAnomaly.Host.Catalogs;

/// <summary>A Gutenberg-Richter b-value with its uncertainty, from the events at or above a completeness magnitude.</summary>
/// <param name="B">The maximum-likelihood b-value.</param>
/// <param name="ShiBoltSigma">Shi &amp; Bolt (1982) standard error of <paramref name="B"/>.</param>
/// <param name="A">The a-value of log10 N(M ≥ m) = a − b m, from the count at or above <paramref name="Mc"/>.</param>
/// <param name="Mc">The completeness magnitude used (a bin centre).</param>
/// <param name="Count">Number of events at or above <paramref name="Mc"/>.</param>
/// <param name="MeanMagnitude">Mean magnitude of those events.</param>
internal sealed record BValueEstimate(double B, double ShiBoltSigma, double A, double Mc, int Count, double MeanMagnitude)
{
    /// <summary>A two-sided normal interval b ± z σ (z = 1.96 for 95 %).</summary>
    /// <param name="z">The standard-normal quantile.</param>
    public (double Low, double High) Interval(double z = 1.96) => (B - (z * ShiBoltSigma), B + (z * ShiBoltSigma));
}

/// <summary>The Aki-Utsu maximum-likelihood b-value with Utsu's binning correction and the Shi &amp; Bolt uncertainty.</summary>
/// <remarks>
/// <para>Aki (1965, Bull. Earthq. Res. Inst. 43, 237-239) gives the maximum-likelihood estimate for continuous
/// magnitudes above Mc, b = log10(e) / (M̄ − Mc). Utsu (1966, J. Fac. Sci. Hokkaido Univ. Ser. VII 3, 129-195)
/// corrects it for magnitudes reported in bins of width ΔM: the events in the bin centred on Mc start at
/// Mc − ΔM/2, so b = log10(e) / (M̄ − (Mc − ΔM/2)). With ΔM = 0 this is Aki's formula.</para>
/// <para>Uncertainty: Shi &amp; Bolt (1982, BSSA 72, 1677-1687), σ(b) = 2.30 b² sqrt(Σ(Mᵢ − M̄)² / (n (n − 1))).
/// (2.30 ≈ ln 10; Aki's simpler b / sqrt(n) is smaller for small n and is not used here.)</para>
/// <para>a-value: a = log10 N(M ≥ Mc) + b Mc, so that the line passes through the observed count at Mc, as in ZMAP.</para>
/// <para>Characteristics: no training; O(n); NaN magnitudes are rejected (filter them first); needs at least two events
/// at or above Mc with different magnitudes.</para>
/// </remarks>
internal static class AkiUtsuBValue
{
    /// <summary>Estimates b from the magnitudes at or above <paramref name="mc"/>.</summary>
    /// <param name="magnitudes">All magnitudes (those below Mc are ignored); reported in bins of <paramref name="binWidth"/>.</param>
    /// <param name="mc">The completeness magnitude, a bin centre.</param>
    /// <param name="binWidth">ΔM, the reporting bin width (0 for continuous magnitudes).</param>
    /// <returns>The estimate, or null when fewer than two events are complete or all have the same magnitude.</returns>
    public static BValueEstimate? Estimate(IEnumerable<double> magnitudes, double mc, double binWidth)
    {
        ArgumentNullException.ThrowIfNull(magnitudes);
        ArgumentOutOfRangeException.ThrowIfNegative(binWidth);

        // Compare on bin indices so that 1.9999999 counts as 2.0 when the bins are 0.1 wide.
        double cut = binWidth > 0 ? mc - (binWidth / 2) : mc;
        var above = new List<double>();
        foreach (double m in magnitudes)
        {
            if (double.IsNaN(m))
            {
                throw new ArgumentException("a magnitude is NaN; drop events without a magnitude first", nameof(magnitudes));
            }

            if (m >= cut - 1e-9)
            {
                above.Add(binWidth > 0 ? MagnitudeBins.Round(m, binWidth) : m);
            }
        }

        int n = above.Count;
        if (n < 2)
        {
            return null;
        }

        double mean = above.Average();
        double excess = mean - cut;
        if (excess <= 0)
        {
            return null;
        }

        double b = Math.Log10(Math.E) / excess;
        double squares = above.Sum(m => (m - mean) * (m - mean));
        double sigma = 2.30 * b * b * Math.Sqrt(squares / (n * (double)(n - 1)));
        double a = Math.Log10(n) + (b * mc);
        return new BValueEstimate(b, sigma, a, mc, n, mean);
    }
}
