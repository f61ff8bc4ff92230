using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tides;

/// <summary>Removes the earth tide: a least-squares harmonic fit of the tidal constituents at their astronomical
/// frequencies over a trailing span, refitted on a schedule; outputs the residual, the tide and the harmonic constants.</summary>
/// <remarks>
/// <para><b>Method.</b> Over the valid samples of the trailing <c>span</c> the model</para>
/// <code>
/// x(t) = Σ_{k=0..d} c_k·((t − t_w)/T_span)^k + Σ_c [a_c·cos ω_c(t − t0) + b_c·sin ω_c(t − t0)] + noise
/// </code>
/// <para>is fitted by least squares, t in hours, t0 = J2000.0 (2000-01-01T12:00:00Z), t_w the middle of the span, ω_c the
/// constituent speeds from Doodson numbers (M2 28.9841042 °/h, S2 30, N2 28.4397295, K2 30.0821373, K1 15.0410686,
/// O1 13.9430356, P1 14.9589314, Q1 13.3986609, Mf 1.0980331, Mm 0.5443747; <see cref="Astronomy.TidalConstituent"/>).
/// The polynomial (degree <c>trendDegree</c>) keeps drift out of the tide and is not removed: <c>value</c> is the
/// observation minus the tide only. The design is never squared into normal equations: each block of
/// <c>refitInterval</c> samples is reduced to the R factor of its QR decomposition, and the factors of the blocks in the
/// span are stacked and factored again (MathNet Householder QR), then solved by SVD
/// (<see cref="Fitting.TideSolver"/>). This is the classical harmonic method (Doodson; Foreman 1977, "Manual for tidal
/// heights analysis and prediction"; Pawlowicz, Beardsley &amp; Lentz 2002, T_TIDE), run on a sliding window.</para>
/// <para><b>Resolution.</b> A constituent is fitted only when the valid data's extent T separates it from every more
/// important one: |f₁ − f₂|·T ≥ <c>rayleigh</c>. With 30 days, K1/P1 and S2/K2 (182.6 days apart) are not separable: P1
/// and K2 are inferred from K1 and S2 (equilibrium ratios 0.331 and 0.272, equal Greenwich lags, nodal factors at the
/// middle of the data), or dropped (<c>unresolved</c>). A fit whose design is still ill-conditioned (condition number
/// above 100, against 3 to 4 for gap-free data; for example data bunched into a few clusters) gives up, one at a time,
/// the constituent or polynomial degree the data determine worst, until it is not.</para>
/// <para><b>Schedule.</b> A fit is made whenever a sample's time index (whole steps since 1970-01-01T00:00Z) is a
/// multiple of <c>refitInterval</c>, from the <c>span</c> samples before it, and holds until the next one. With fewer
/// than <c>minCoverage</c>·span valid samples there is no fit, and every output is NaN until the next refit.</para>
/// <para><b>Phases</b> (<c>phases</c>): <c>greenwich</c> reports H and g in f·H·cos(V(t) + u − g), V the equilibrium
/// argument at Greenwich (Schureman 1958), f and u the nodal factor and angle; <c>epoch</c> reports A and φ in
/// A·cos(ω(t − t0) − φ). See <see cref="TidePhaseConvention"/>.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Needs training?</term><description>No; fits itself on the trailing span.</description></item>
/// <item><term>Streaming?</term><description>Causal: the fit in force at a sample uses only samples before the start of
/// its refit block. Streaming equals batch bitwise for any chunking.</description></item>
/// <item><term>Warm-up</term><description><c>span + refitInterval</c> samples (44,640 with the defaults); the first fit
/// comes at the first refit instant after <c>minCoverage</c>·span valid samples.</description></item>
/// <item><term>Outputs</term><description><c>value</c> = observation − tide (NaN at NaN input); <c>tide</c> (also in
/// gaps); <c>NAME_amplitude</c> (channel units) and <c>NAME_phase</c> (degrees) per requested constituent, constant
/// between refits, NaN for dropped constituents; all NaN where no fit is in force.</description></item>
/// <item><term>Missing samples</term><description>Left out of the fit; the Rayleigh test uses the extent of the valid data.</description></item>
/// <item><term>Complexity</term><description>O(K) sines and cosines and O(p²) QR work per sample (p = 2K + trendDegree + 1
/// parameters, K constituents), plus O((span/refitInterval)·p³) per refit.</description></item>
/// </list>
/// </remarks>
internal sealed class EarthTidesPreprocessor : Preprocessor<EarthTidesOptions>
{
    public override string Name => "earth-tides";

    public override string Summary =>
        "Earth-tide removal: least-squares harmonic fit of M2, S2, N2, K2, K1, O1, P1, Q1 (optionally Mf, Mm) over a trailing span, refitted on a schedule; residual, tide, amplitudes and phases.";

    public override IComponentState Start(EarthTidesOptions options, ComponentStart start)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(start);
        return new EarthTidesState(options, start.Step);
    }
}
