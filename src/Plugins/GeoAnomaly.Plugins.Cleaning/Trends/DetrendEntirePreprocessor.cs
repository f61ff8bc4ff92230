using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Trends;

/// <summary>Removes one linear, polynomial or robust trend fitted to the whole series (retrospective); outputs the residual, the trend and its slope.</summary>
/// <remarks>
/// <para><b>Method.</b> The fit of <see cref="DetrendPreprocessor"/> (least squares, or Tukey-bisquare IRLS for
/// <c>bisquare</c>) made once over every valid sample of the series, with t scaled to [-1, 1]; value = x - p(t),
/// trend = p(t), slope = dp/dt in channel units per day (constant for a linear trend). This is the classic
/// "remove the linear trend before analysis" of a record; it looks at the whole series, so it declares
/// <see cref="ProcessingMode.Retrospective"/> and the host gives it everything in one call.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Needs training?</term><description>No.</description></item>
/// <item><term>Streaming?</term><description>No: retrospective (one fit over the whole series).</description></item>
/// <item><term>Warm-up</term><description>None.</description></item>
/// <item><term>Missing samples</term><description><c>value</c> NaN at gaps (trend and slope still given); the fit skips NaN; fewer than degree + 1 valid samples give NaN everywhere.</description></item>
/// <item><term>Constant series</term><description>Residual 0, slope 0.</description></item>
/// <item><term>Cost</term><description>O(n × degree²) for least squares; bisquare adds a median selection per reweighting round.</description></item>
/// </list>
/// </remarks>
internal sealed class DetrendEntirePreprocessor : Preprocessor<DetrendEntireOptions>
{
    public override string Name => "detrend-entire";

    public override string Summary => "Removes one linear, polynomial or robust (bisquare) trend fitted to the whole series; outputs residual, trend and slope per day.";

    public override ProcessingMode Mode => ProcessingMode.Retrospective;

    public override IComponentState Start(DetrendEntireOptions options, ComponentStart start) => new DetrendEntireState(options);
}
