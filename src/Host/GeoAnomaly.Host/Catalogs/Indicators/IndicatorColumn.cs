namespace GeoAnomaly.Host.Catalogs.Indicators;

/// <summary>One indicator as a CSV column: its header name, unit and a one-line meaning.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Name">Column name (snake_case, stable: datasets and models rely on it).</param>
/// <param name="Unit">Unit (<c>day</c>, <c>magnitude</c>, <c>erg^0.5/day</c>, <c>1</c> for dimensionless).</param>
/// <param name="Description">What the value is, with its source.</param>
internal sealed record IndicatorColumn(Indicator Indicator, string Name, string Unit, string Description)
{
    /// <summary>The header cell: <c>name [unit]</c>.</summary>
    public string Header => $"{Name} [{Unit}]";
}
