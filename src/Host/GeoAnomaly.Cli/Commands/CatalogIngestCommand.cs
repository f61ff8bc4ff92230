using System.CommandLine;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Jobs;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly catalog ingest</c>: a catalog file into InfluxDB as <c>ga_quake</c> (re-ingesting overwrites, never duplicates).</summary>
internal sealed class CatalogIngestCommand : CliCommand<CatalogIngestCommand.Settings>
{
    private static readonly Option<string?> s_source = new("--source")
    {
        Description = "The 'source' tag of the points (default: the file name without extension). Re-ingesting under the same source overwrites.",
    };

    private static readonly Option<bool> s_createDatabase = new("--create-database")
    {
        Description = "Create the database if it does not exist.",
        DefaultValueFactory = _ => true,
    };

    public override Command Define()
    {
        var command = new Command("ingest", "Write a catalog's events (after the filters) into InfluxDB as ga_quake points (tag source; fields mag, lat, lon, depth_km, event_id).")
        {
            s_source, s_createDatabase,
        };
        return InfluxOptions.AddTo(CatalogInputOptions.AddTo(command));
    }

    protected override Settings Bind(ParseResult result) => new(
        CatalogInputOptions.Bind(result),
        result.GetValue(s_source),
        result.GetValue(s_createDatabase),
        InfluxOptions.Bind(result));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var loaded = settings.Input.Load(cancellationToken);
        string source = settings.Source ?? Path.GetFileNameWithoutExtension(settings.Input.File!);
        var schema = settings.Influx.Ga;
        using var client = new InfluxClient(settings.Influx.Connection);
        var job = new CatalogIngestJob(client, settings.Influx.Batching, schema, context.Log);
        await job.PrepareAsync(settings.CreateDatabase, cancellationToken).ConfigureAwait(false);
        var report = await job.IngestAsync(loaded.Kept, source, cancellationToken).ConfigureAwait(false);
        foreach (string skipped in loaded.Skipped.Take(10))
        {
            await context.Error.WriteLineAsync($"skipped: {skipped}").ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync(
            $"{settings.Input.File}: {loaded.All.Count} event(s) read ({loaded.Format}), {loaded.SkippedCount} malformed row(s) skipped, {loaded.Kept.Count} kept by the filters, {report.PointsWritten} point(s) written to {schema.Quake} (source '{source}') in {settings.Influx.Connection.DisplayUrl} database '{settings.Influx.Database}'").ConfigureAwait(false);
        if (report.RejectedCount > 0)
        {
            await context.Error.WriteLineAsync($"error: {settings.Input.File}: {report.RejectedCount} point(s) rejected, first: {report.Rejected[0]}").ConfigureAwait(false);
            return ExitCodes.DataError;
        }

        return ExitCodes.Success;
    }

    internal sealed record Settings(CatalogInputOptions.Settings Input, string? Source, bool CreateDatabase, InfluxOptions.Settings Influx) : ICommandSettings
    {
        public IEnumerable<string> Validate()
        {
            if (Influx.Url is null)
            {
                yield return "--influx: required, the InfluxDB URL to ingest into (e.g. http://127.0.0.1:8086)";
            }

            foreach (string problem in Influx.Validate().Concat(Input.Validate()))
            {
                yield return problem;
            }

            if (Source is not null && string.IsNullOrWhiteSpace(Source))
            {
                yield return "--source: must not be blank";
            }
        }
    }
}
