using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tides;

/// <summary>Removes the earth tide with one harmonic fit over the whole series (retrospective).</summary>
/// <remarks>
/// <para>The same model, resolution rules, inference and outputs as <see cref="EarthTidesPreprocessor"/>, fitted once
/// to every valid sample of the series (the polynomial about its middle, scaled by its length). This is the classical
/// tidal analysis of a record: the longest data give the best separated constituents, and every sample's tide comes
/// from the same constants. Nodal factors and angles are taken at the middle of the valid data, so for records much
/// longer than a year (K1's nodal factor moves by up to 4 % a year) use the sliding <c>earth-tides</c> instead.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Needs training?</term><description>No.</description></item>
/// <item><term>Streaming?</term><description>No: retrospective, the host hands it the whole series in one call.</description></item>
/// <item><term>Warm-up</term><description>0.</description></item>
/// <item><term>Outputs</term><description>As <c>earth-tides</c>, the constants the same on every sample; all NaN when the
/// series does not resolve even M2 from the mean (less than 12.4 hours of data).</description></item>
/// <item><term>Missing samples</term><description>Left out of the fit.</description></item>
/// <item><term>Complexity</term><description>O(K + p²) per sample, one small SVD.</description></item>
/// </list>
/// </remarks>
internal sealed class EarthTidesEntirePreprocessor : Preprocessor<EarthTidesEntireOptions>
{
    public override string Name => "earth-tides-entire";

    public override string Summary =>
        "Earth-tide removal with one least-squares harmonic fit over the whole series (retrospective); residual, tide, amplitudes and phases.";

    public override ProcessingMode Mode => ProcessingMode.Retrospective;

    public override IComponentState Start(EarthTidesEntireOptions options, ComponentStart start)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(start);
        return new EarthTidesEntireState(options);
    }
}
