namespace GeoAnomaly.Host.Catalogs;

/// <summary>Which rule chose the goodness-of-fit completeness magnitude.</summary>
internal enum GoodnessOfFitLevel
{
    /// <summary>The lowest Mc whose Gutenberg-Richter fit explains 95 % of the distribution.</summary>
    Percent95,

    /// <summary>No Mc reached 95 %; the lowest one reaching 90 %.</summary>
    Percent90,

    /// <summary>Neither level was reached; maximum curvature (with its correction) is returned instead.</summary>
    MaxCurvatureFallback,
}

/// <summary>The result of the goodness-of-fit completeness search.</summary>
/// <param name="Mc">The chosen completeness magnitude (see <paramref name="Level"/>).</param>
/// <param name="Level">Which rule chose it.</param>
/// <param name="Mc95">The lowest Mc with R ≥ 95, or NaN.</param>
/// <param name="Mc90">The lowest Mc with R ≥ 90, or NaN.</param>
/// <param name="Residuals">R (percent) for every trial Mc, in increasing Mc.</param>
internal sealed record GoodnessOfFitResult(
    double Mc, GoodnessOfFitLevel Level, double Mc95, double Mc90, IReadOnlyList<(double Mc, double R)> Residuals);

/// <summary>Magnitude of completeness by the goodness-of-fit test (GFT) of Wiemer &amp; Wyss (2000).</summary>
/// <remarks>
/// <para>Wiemer &amp; Wyss (2000, BSSA 90, 859-869): for each trial Mc, fit a Gutenberg-Richter law to the events at or
/// above it (b by <see cref="AkiUtsuBValue"/>, a through the count at Mc), predict the number of events Sᵢ in every bin
/// from Mc up, and measure R = 100 − 100 Σ|Bᵢ − Sᵢ| / Σ Bᵢ against the observed counts Bᵢ. Mc is the lowest trial at
/// which R reaches 95 (the 95 % level); many catalogs never reach it, so the 90 % level is the second choice.</para>
/// <para>Bᵢ and Sᵢ are compared per bin (non-cumulative counts; Sᵢ = N(≥ lower edge) − N(≥ upper edge) of the
/// fitted law). This reading is ours, stated here; if ZMAP's numbers
/// must be reproduced exactly, check its definition first.</para>
/// <para>Fallback when neither level is reached: maximum curvature with its +0.2 correction, following ZMAP's "best
/// combination (Mc95 − Mc90 − maximum curvature)" order (its Mc option 5); the correction is the one passed to
/// <see cref="MaxCurvature"/>. A trial Mc needs at least <see cref="DefaultMinimumEvents"/> events at or above it;
/// trials run from the lowest occupied bin up.</para>
/// <para>Characteristics: no training; O(bins²); NaN magnitudes rejected.</para>
/// </remarks>
internal static class GoodnessOfFit
{
    /// <summary>Fewest events at or above a trial Mc for it to be tried (25; a small-sample floor of our choosing, not from the paper).</summary>
    public const int DefaultMinimumEvents = 25;

    /// <summary>Runs the test.</summary>
    /// <param name="magnitudes">The magnitudes; at least one.</param>
    /// <param name="binWidth">Bin width, for example 0.1.</param>
    /// <param name="maxCurvatureCorrection">Correction for the maximum-curvature fallback (+0.2 by default).</param>
    /// <param name="minimumEvents">Fewest events at or above a trial Mc.</param>
    public static GoodnessOfFitResult Estimate(
        IReadOnlyCollection<double> magnitudes,
        double binWidth,
        double maxCurvatureCorrection = MaxCurvature.DefaultCorrection,
        int minimumEvents = DefaultMinimumEvents)
    {
        var bins = MagnitudeBins.Of(magnitudes, binWidth);
        var residuals = new List<(double Mc, double R)>();
        double mc95 = double.NaN;
        double mc90 = double.NaN;
        for (int start = 0; start < bins.Count; start++)
        {
            int n = bins.CountAtOrAbove(start);
            if (n < minimumEvents)
            {
                break;
            }

            double r = Residual(bins, start, n);
            if (double.IsNaN(r))
            {
                continue;
            }

            double mc = bins.Centre(start);
            residuals.Add((mc, r));
            if (double.IsNaN(mc90) && r >= 90)
            {
                mc90 = mc;
            }

            if (double.IsNaN(mc95) && r >= 95)
            {
                mc95 = mc;
            }
        }

        if (!double.IsNaN(mc95))
        {
            return new GoodnessOfFitResult(mc95, GoodnessOfFitLevel.Percent95, mc95, mc90, residuals);
        }

        if (!double.IsNaN(mc90))
        {
            return new GoodnessOfFitResult(mc90, GoodnessOfFitLevel.Percent90, mc95, mc90, residuals);
        }

        double fallback = MaxCurvature.Estimate(bins, maxCurvatureCorrection);
        return new GoodnessOfFitResult(fallback, GoodnessOfFitLevel.MaxCurvatureFallback, mc95, mc90, residuals);
    }

    /// <summary>R (percent) of the Gutenberg-Richter fit from bin <paramref name="start"/> up; NaN when b is undefined.</summary>
    private static double Residual(MagnitudeBins bins, int start, int n)
    {
        double width = bins.Width;
        double mc = bins.Centre(start);
        double sum = 0;
        for (int i = start; i < bins.Count; i++)
        {
            sum += bins.Centre(i) * bins.CountAt(i);
        }

        double excess = (sum / n) - (mc - (width / 2));
        if (excess <= 0)
        {
            return double.NaN;
        }

        double b = Math.Log10(Math.E) / excess;
        double a = Math.Log10(n) + (b * mc);
        double misfit = 0;
        for (int i = start; i < bins.Count; i++)
        {
            // Fitted counts at or above the bin's lower edge and at or above the next bin's lower edge.
            double lower = Math.Pow(10, a - (b * bins.Centre(i)));
            double upper = Math.Pow(10, a - (b * bins.Centre(i + 1)));
            misfit += Math.Abs(bins.CountAt(i) - (lower - upper));
        }

        return 100 - (100 * misfit / n);
    }
}
