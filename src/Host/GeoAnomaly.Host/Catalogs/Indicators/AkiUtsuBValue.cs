namespace GeoAnomaly.Host.Catalogs.Indicators;

/// <summary>
/// The Aki-Utsu maximum-likelihood b-value with Utsu's binning correction, for the Reyes et al. indicators.
/// </summary>
/// <remarks>
/// <para>b = log10(e) / (mean(M) - (Mc - ΔM/2)) over the magnitudes M ≥ Mc (Aki 1965, Bull. Earthq. Res. Inst. 43,
/// 237-239; Utsu 1966 for the ΔM/2 term, ΔM the magnitude bin width). With ΔM = 0 it is Aki's estimator as Reyes et
/// al. (2013) write it.</para>
/// <para>Note for the merge: the catalog-statistics work (issue 7, item 2) has its own b-value with the Shi &amp; Bolt
/// (1982) uncertainty; this small copy exists so the indicators did not wait for it, and should be replaced by it
/// when both are on main.</para>
/// </remarks>
internal static class AkiUtsuBValue
{
    /// <summary>log10(e) = 1 / ln(10).</summary>
    public static readonly double Log10E = 1 / Math.Log(10);

    /// <summary>The b-value of <paramref name="magnitudes"/>, or NaN with a reason when it is undefined.</summary>
    /// <param name="magnitudes">The magnitudes, all at or above <paramref name="completeness"/>.</param>
    /// <param name="binWidth">ΔM, the magnitude bin width (0 for none).</param>
    /// <param name="completeness">Mc; null takes the smallest of <paramref name="magnitudes"/>.</param>
    /// <param name="reason">Why the result is NaN, or null.</param>
    public static double Estimate(ReadOnlySpan<double> magnitudes, double binWidth, double? completeness, out string? reason)
    {
        if (magnitudes.Length < 2)
        {
            reason = $"the Aki-Utsu b-value needs at least 2 magnitudes, got {magnitudes.Length}";
            return double.NaN;
        }

        double sum = 0;
        double min = double.PositiveInfinity;
        foreach (double m in magnitudes)
        {
            sum += m;
            min = Math.Min(min, m);
        }

        double mc = completeness ?? min;
        double excess = (sum / magnitudes.Length) - (mc - (binWidth / 2));
        if (!(excess > 0))
        {
            reason = "the Aki-Utsu b-value is undefined: the mean magnitude does not exceed Mc - ΔM/2 "
                + "(all magnitudes equal and no bin width?)";
            return double.NaN;
        }

        reason = null;
        return Log10E / excess;
    }
}
