using GeoAnomaly.Host.Catalogs;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Influx;
using Serilog;

namespace GeoAnomaly.Host.Jobs;

/// <summary>
/// An earthquake catalog into InfluxDB as <c>ga_quake</c> points (<see cref="GaSchema.Quakes"/>). Idempotent: re-ingesting
/// the same catalog under the same source overwrites the same points. Nothing counts as written before the server's 2xx.
/// </summary>
internal sealed class CatalogIngestJob(InfluxClient client, BatchingOptions batching, GaSchema schema, ILogger log)
{
    private static readonly DateTimeOffset s_earliest = LineProtocol.FromUnixNanoseconds(long.MinValue + 1000);
    private static readonly DateTimeOffset s_latest = LineProtocol.FromUnixNanoseconds(long.MaxValue - 1000);

    private readonly BatchingWriter _writer = new(client, batching);

    /// <summary>Checks the server answers and creates the database if asked (idempotent).</summary>
    public async Task PrepareAsync(bool createDatabase, CancellationToken cancellationToken)
    {
        await client.PingAsync(cancellationToken).ConfigureAwait(false);
        if (createDatabase)
        {
            await client.CreateDatabaseAsync(ct: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes every event of <paramref name="catalog"/> under <paramref name="source"/>.</summary>
    /// <param name="catalog">The (filtered) catalog.</param>
    /// <param name="source">The <c>source</c> tag.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <exception cref="DataException">An event lies outside the times InfluxDB can store (1677..2262); nothing is written.</exception>
    /// <exception cref="BatchWriteException">A batch failed after retries; its report says what was written.</exception>
    public async Task<WriteReport> IngestAsync(EarthquakeCatalog catalog, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var outside = catalog.Events.FirstOrDefault(e => e.Time < s_earliest || e.Time > s_latest);
        if (outside is not null)
        {
            throw new DataException(catalog.Source, null, $"event {outside.Id ?? outside.Time.ToString("O", System.Globalization.CultureInfo.InvariantCulture)} at {outside.Time:O} is outside the times InfluxDB can store (1677-09-21 to 2262-04-11); filter it out with --from/--to");
        }

        var from = catalog.Count == 0 ? (DateTimeOffset?)null : catalog.Events[0].Time;
        var to = catalog.Count == 0 ? (DateTimeOffset?)null : catalog.Events[^1].Time;
        var report = await _writer.WriteAsync(schema.Quakes(source, catalog.Events), new WriteContext(catalog.Source, null, from, to), cancellationToken).ConfigureAwait(false);
        foreach (var rejected in report.Rejected)
        {
            log.Error("{File}: InfluxDB rejected {Point}", catalog.Source, rejected);
        }

        log.Information("{File}: {Events} event(s), {Points} point(s) written to {Measurement} in {Requests} request(s)", catalog.Source, catalog.Count, report.PointsWritten, schema.Quake, report.Requests);
        return report;
    }
}
