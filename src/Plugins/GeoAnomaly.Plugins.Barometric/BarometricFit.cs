namespace GeoAnomaly.Plugins.Barometric;

/// <summary>One fitted barometric response: the distributed-lag coefficients in force over one refit interval.</summary>
/// <remarks>
/// Coefficients are in level units per level unit of pressure (after <c>pressureScale</c>, with the level turned to
/// height sense). The efficiency at lag k is minus the cumulative response, <c>BE(k) = -Σ_{i≤k} β(i)</c>, so a
/// confined well whose level falls when pressure rises has a positive efficiency (Rasmussen and Crawford 1997).
/// </remarks>
internal sealed class BarometricFit
{
    private readonly double[] _coefficients;

    /// <summary>A fit from bin coefficients and the window's mean pressure.</summary>
    /// <param name="bins">The lag bins.</param>
    /// <param name="coefficients">One coefficient per bin (response to a pressure change at each lag of the bin).</param>
    /// <param name="referencePressure">Scaled pressure at which the removed response is zero: the analyst's reference, or
    /// the mean over the fit window.</param>
    /// <param name="identified">False when the pressure terms were not identifiable (pressure without changes).</param>
    /// <param name="rows">Rows (sample pairs) the fit used.</param>
    public BarometricFit(LagBins bins, ReadOnlySpan<double> coefficients, double referencePressure, bool identified, long rows)
    {
        ArgumentNullException.ThrowIfNull(bins);
        Bins = bins;
        _coefficients = coefficients[..bins.Count].ToArray();
        ReferencePressure = referencePressure;
        Identified = identified;
        Rows = rows;
        double cumulative = 0;
        for (int j = 0; j < bins.Count; j++)
        {
            cumulative += _coefficients[j] * bins.Width(j);
        }

        EfficiencyLag0 = identified ? -_coefficients[0] : double.NaN;
        EfficiencyLong = identified ? -cumulative : double.NaN;
        ReferenceOffset = 0;
        for (int j = 0; j < bins.Count; j++)
        {
            ReferenceOffset += _coefficients[j] * bins.Width(j) * referencePressure;
        }
    }

    /// <summary>The lag bins.</summary>
    public LagBins Bins { get; }

    /// <summary>Coefficient of each bin.</summary>
    public ReadOnlySpan<double> Coefficients => _coefficients;

    /// <summary>Scaled pressure at which the removed response is zero.</summary>
    public double ReferencePressure { get; }

    /// <summary><c>Σ_j β_j · width_j · ReferencePressure</c>: subtracted from the lagged pressure sum so the removed
    /// response is relative to the reference pressure.</summary>
    public double ReferenceOffset { get; }

    /// <summary>False when pressure did not vary enough to identify the response; efficiencies are then NaN and the
    /// coefficients of dropped (unidentified) terms are zero.</summary>
    public bool Identified { get; }

    /// <summary>Sample pairs used.</summary>
    public long Rows { get; }

    /// <summary>Barometric efficiency at lag 0: the response within one sample, <c>-β(0)</c>.</summary>
    public double EfficiencyLag0 { get; }

    /// <summary>Cumulative efficiency at the longest lag, <c>-Σ_k β(k)</c>: the response to a pressure step once the
    /// well has had <c>lags</c> samples to follow it.</summary>
    public double EfficiencyLong { get; }

    /// <summary>The barometric response function as efficiencies: <c>BE(k) = -Σ_{i≤k} β(i)</c> for k = 0..lags.</summary>
    public double[] Efficiencies()
    {
        double[] impulse = Bins.Impulse(_coefficients);
        double cumulative = 0;
        for (int k = 0; k < impulse.Length; k++)
        {
            cumulative += impulse[k];
            impulse[k] = -cumulative;
        }

        return impulse;
    }
}
