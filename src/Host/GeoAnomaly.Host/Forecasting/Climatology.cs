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

    /// <summary>Default smoothing weight m when it is not tuned: 10 rows.</summary>
    public const double DefaultSmoothing = 10;

    /// <summary>The smoothing weights <see cref="Tune"/> tries, rows.</summary>
    public static readonly double[] SmoothingGrid = [0, 1, 3, 10, 30, 100, 300, 1000, 3000, 10000];

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
        return new Climatology(byCell, regional) { Smoothing = smoothing };
    }

    /// <summary>The smoothing weight m.</summary>
    public double Smoothing { get; private init; }

    /// <summary>Chooses m from <see cref="SmoothingGrid"/> by the Bernoulli log-likelihood of the later held-out rows
    /// under a climatology fitted on the earlier rows (empirical Bayes on the training period, no look-ahead), then fits
    /// on all training rows with it. Too little smoothing trusts a cell's short history and over-forecasts cells that
    /// happened to be busy; too much forgets real differences between cells.</summary>
    /// <param name="rows">The dataset's rows.</param>
    /// <param name="fit">Earlier training rows.</param>
    /// <param name="heldOut">Later training rows (after a one-horizon gap).</param>
    /// <param name="train">All training rows.</param>
    public static Climatology Tune(IReadOnlyList<ForecastRowKey> rows, IReadOnlyList<int> fit, IReadOnlyList<int> heldOut, IReadOnlyList<int> train)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(heldOut);
        double best = DefaultSmoothing;
        if (heldOut.Count > 0 && fit.Count > 0)
        {
            double bestLikelihood = double.NegativeInfinity;
            foreach (double m in SmoothingGrid)
            {
                var candidate = Fit(rows, fit, m);
                double likelihood = 0;
                foreach (int i in heldOut)
                {
                    double p = Math.Clamp(candidate.Probability(rows[i].Cell), 1e-12, 1 - 1e-12);
                    likelihood += rows[i].Label ? Math.Log(p) : Math.Log(1 - p);
                }

                if (likelihood > bestLikelihood)
                {
                    (best, bestLikelihood) = (m, likelihood);
                }
            }
        }

        return Fit(rows, train, best);
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
