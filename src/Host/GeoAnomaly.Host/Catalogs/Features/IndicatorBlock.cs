using GeoAnomaly.Host.Catalogs.Indicators;

namespace GeoAnomaly.Host.Catalogs.Features;

/// <summary>The fifteen seismicity indicators (and the Gutenberg-Richter a) of a cell's catalog before the issue time, as dataset columns.</summary>
/// <param name="options">Windows, counts and cut-offs (the papers' defaults when not given).</param>
internal sealed class IndicatorBlock(IndicatorOptions? options = null) : IFeatureBlock
{
    private readonly IndicatorOptions _options = options ?? new IndicatorOptions();

    /// <inheritdoc/>
    public IReadOnlyList<string> Columns { get; } = [.. SeismicityIndicators.Columns.Select(c => c.Header)];

    /// <inheritdoc/>
    public double[] Compute(string cell, IReadOnlyList<Earthquake> cellEvents, DateTimeOffset issue) =>
        SeismicityIndicators.Compute(cellEvents, issue, _options).ToArray();
}
