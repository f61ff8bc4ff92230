using System.Globalization;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Forecasting;

/// <summary>One issued forecast: the probability of a target event in a cell within the horizon after the issue time,
/// and, once the horizon has passed, whether one occurred.</summary>
/// <param name="Cell">Cell id.</param>
/// <param name="Latitude">Cell centroid latitude, degrees.</param>
/// <param name="Longitude">Cell centroid longitude, degrees.</param>
/// <param name="Issue">Issue time.</param>
/// <param name="Probability">Forecast probability.</param>
/// <param name="HorizonDays">Horizon, days.</param>
/// <param name="Observed">Whether a target event occurred in (issue, issue + horizon]; null while the horizon is open.</param>
internal sealed record IssuedForecast(string Cell, double Latitude, double Longitude, DateTimeOffset Issue, double Probability, int HorizonDays, bool? Observed)
{
    /// <summary>Forecasts of a trained model for the dataset's rows at the given issue times, scored in one call.</summary>
    /// <param name="model">The trained model.</param>
    /// <param name="dataset">The dataset (its labels give <see cref="Observed"/> where the horizon has passed).</param>
    /// <param name="issues">The issue times; the dataset must have rows for each.</param>
    /// <param name="asOf">The time the forecasts are issued at: a label counts as observed when issue + horizon ≤ this.</param>
    /// <exception cref="ForecastException">The dataset has no rows at one of <paramref name="issues"/>, or its horizon differs from the model's.</exception>
    public static IReadOnlyList<IssuedForecast> For(TrainedForecast model, ForecastDataset dataset, IReadOnlyCollection<DateTimeOffset> issues, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(dataset);
        if (dataset.HorizonDays != model.HorizonDays)
        {
            throw new ForecastException($"{dataset.Source}: labels for {dataset.HorizonDays} days, but the model forecasts {model.HorizonDays} days");
        }

        var wanted = issues.ToHashSet();
        int[] rows = [.. Enumerable.Range(0, dataset.Count).Where(i => wanted.Contains(dataset.Rows[i].Issue))];
        var missing = wanted.Except(rows.Select(i => dataset.Rows[i].Issue)).Order().ToList();
        if (missing.Count > 0)
        {
            var times = dataset.IssueTimes();
            throw new ForecastException($"{dataset.Source}: no rows issued at {missing[0]:yyyy-MM-ddTHH:mm:ssZ}; its issue times run {times[0]:yyyy-MM-dd}..{times[^1]:yyyy-MM-dd}");
        }

        double[] p = model.Probabilities(dataset, rows);
        return [.. rows.Select((i, k) =>
        {
            var row = dataset.Rows[i];
            bool closed = row.Issue + dataset.Horizon <= asOf;
            return new IssuedForecast(row.Cell, row.Latitude, row.Longitude, row.Issue, p[k], dataset.HorizonDays, closed ? row.Label : null);
        })];
    }

    /// <summary>Writes forecasts as CSV: cell, lat, lon, issue time, probability, horizon, observed (empty while open).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="model">Model name for the <c>model</c> column.</param>
    /// <param name="forecasts">The forecasts.</param>
    public static void WriteCsv(TextWriter writer, string model, IEnumerable<IssuedForecast> forecasts)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(forecasts);
        CsvText.WriteRecord(writer, "model", "cell", "cell_lat_deg", "cell_lon_deg", "issue_time_utc", "probability", "horizon_days", "observed");
        foreach (var f in forecasts)
        {
            CsvText.WriteRecord(writer, model, f.Cell, CsvText.Number(f.Latitude), CsvText.Number(f.Longitude), CsvText.Time(f.Issue), CsvText.Number(f.Probability),
                f.HorizonDays.ToString(CultureInfo.InvariantCulture), f.Observed is { } o ? (o ? "1" : "0") : "");
        }
    }
}
