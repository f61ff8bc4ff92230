using GeoAnomaly.Host.Forecasting;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>The issued-forecast measurement, <c>ga_forecast</c>.</summary>
internal sealed partial record GaSchema
{
    private static readonly FieldKey s_probability = new("probability");
    private static readonly FieldKey s_horizonDays = new("horizon_days");
    private static readonly FieldKey s_observed = new("observed");

    /// <summary>Forecasts as <c>ga_forecast</c> points: tags <c>model</c>, <c>cell</c>; fields probability, lat, lon,
    /// horizon_days (integer) and observed (integer 1 or 0, only once the horizon has passed); time = issue time.
    /// Re-issuing a forecast for the same model, cell and time overwrites it (and fills in <c>observed</c>).</summary>
    /// <param name="model">The <c>model</c> tag.</param>
    /// <param name="forecasts">The forecasts.</param>
    public ILineSource Forecasts(string model, IEnumerable<IssuedForecast> forecasts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        return LineSources.FromItems(forecasts, (batch, f) =>
        {
            batch.BeginPoint(SeriesKey.Create(Forecast, [Tag("cell", f.Cell), Tag("model", model)]));
            batch.Field(s_probability, f.Probability);
            batch.Field(s_lat, f.Latitude);
            batch.Field(s_lon, f.Longitude);
            batch.Field(s_horizonDays, (long)f.HorizonDays);
            if (f.Observed is { } observed)
            {
                batch.Field(s_observed, observed ? 1L : 0L);
            }

            batch.EndPoint(LineProtocol.ToUnixNanoseconds(f.Issue));
        });
    }
}
