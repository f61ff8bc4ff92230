namespace GeoAnomaly.Plugins.Barometric;

/// <summary>Corrects the normal equations for white noise in the barometer (errors in the regressors).</summary>
/// <remarks>
/// <para>A barometer's own white noise ν (standard deviation σ, in level units after scaling) enters every lag-bin
/// regressor <c>p(t - a_j) - p(t - b_j)</c> as <c>ν(t - a_j) - ν(t - b_j)</c>. Least squares then sees regressors
/// noisier than the pressure the well felt, and shrinks the response towards zero by the share of noise in each
/// regressor's variance ("regression dilution"). It matters most at lag 0: minute-to-minute pressure changes are a few
/// hundredths of a hPa, and 0.01 hPa of barometer noise is then a sixth of their variance, so the lag-0 efficiency
/// comes out about 17 % low. Long lags, whose regressors span large pressure changes, are hardly affected.</para>
/// <para>With σ known (the instrument's specification, or its resolution / √12), the expected noise part of the
/// equations is subtracted (corrected least squares; Fuller 1987, "Measurement Error Models", §2.2): over N rows,
/// <c>XᵀX</c> loses <c>2Nσ²</c> on each lag-bin diagonal and gains <c>Nσ²</c> between adjacent bins (which share an
/// edge, so their noises are anticorrelated); intercept and tides are untouched. For a non-vented transducer the
/// level itself carries <c>-ν</c> (the measured pressure was subtracted), so <c>Xᵀy</c> is corrected too. The
/// estimate is then unbiased, at the price of a larger variance. Overstating σ overstates the efficiency; a σ so
/// large that the corrected equations are no longer positive definite leaves the fit unidentified (NaN efficiencies).</para>
/// </remarks>
internal static class ErrorsInVariables
{
    /// <summary>Subtracts the expected barometer-noise part from <paramref name="equations"/>.</summary>
    /// <param name="equations">Summed equations of a window; lag-bin regressors first.</param>
    /// <param name="bins">The lag bins.</param>
    /// <param name="variance">σ², in level units squared (after scaling).</param>
    /// <param name="noisyResponse">True when the response carries the noise too (non-vented: level minus measured pressure).</param>
    public static void Correct(NormalEquations equations, LagBins bins, double variance, bool noisyResponse)
    {
        ArgumentNullException.ThrowIfNull(equations);
        ArgumentNullException.ThrowIfNull(bins);
        if (!(variance > 0))
        {
            return;
        }

        double total = equations.Rows * variance;
        for (int j = 0; j < bins.Count; j++)
        {
            equations.AdjustGram(j, j, -2 * total);
            if (j + 1 < bins.Count)
            {
                equations.AdjustGram(j, j + 1, total);
            }
        }

        if (!noisyResponse)
        {
            return;
        }

        // The response noise is -(ν(t) - ν(t-1)); bin 0 starts at lag 0, and shares ν(t-1) with it when it ends at lag 1.
        bool firstBinIsLagZero = bins.Width(0) == 1;
        equations.AdjustMoment(0, total * (firstBinIsLagZero ? 2 : 1));
        if (firstBinIsLagZero && bins.Count > 1)
        {
            equations.AdjustMoment(1, -total);
        }
    }
}
