namespace GeoAnomaly.Host.Forecasting;

/// <summary>
/// The climatological reference forecast: each cell's past frequency of target events, shrunk towards the region's
/// frequency so that a cell with little history is not forecast 0: p_cell = (k + m·p̄) / (n + m), with k positive rows
/// among the cell's n training rows, p̄ the frequency over all training rows and m the smoothing weight in rows.
/// </summary>
internal sealed class Climatology
{
    private readonly Dictionary<string, double> _byCell;

    private Climatology(Dictionary<string, double> byCell, double regional)
    {
        _byCell = byCell;
        Regional = regional;
    }

    /// <summary>Default smoothing weight m: 10 rows.</summary>
    public const double DefaultSmoothing = 10;

    /// <summary>The frequency over all training rows, p̄.</summary>
    public double Regional { get; }

    /// <summary>Fits on training rows.</summary>
    /// <param name="rows">The dataset's rows.</param>
    /// <param name="train">Training row indices (labels known before the forecast period).</param>
    /// <param name="smoothing">m, in rows; 0 gives the raw frequency.</param>
    public static Climatology Fit(IReadOnlyList<ForecastRowKey> rows, IReadOnlyList<int> train, double smoothing = DefaultSmoothing)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentOutOfRangeException.ThrowIfNegative(smoothing);
        double regional = train.Count == 0 ? 0 : train.Count(i => rows[i].Label) / (double)train.Count;
        var byCell = train.GroupBy(i => rows[i].Cell, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (g.Count(i => rows[i].Label) + (smoothing * regional)) / (g.Count() + smoothing),
            StringComparer.Ordinal);
        return new Climatology(byCell, regional);
    }

    /// <summary>The forecast probability for a cell (the regional frequency for a cell without history).</summary>
    /// <param name="cell">Cell id.</param>
    public double Probability(string cell) => _byCell.TryGetValue(cell, out double p) ? p : Regional;

    /// <summary>Forecasts for rows.</summary>
    /// <param name="rows">The dataset's rows.</param>
    /// <param name="indices">Which rows.</param>
    public double[] Forecast(IReadOnlyList<ForecastRowKey> rows, IReadOnlyList<int> indices) =>
        [.. indices.Select(i => Probability(rows[i].Cell))];
}
