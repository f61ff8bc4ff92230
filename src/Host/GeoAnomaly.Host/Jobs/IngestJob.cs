using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Influx;
using Serilog;

namespace GeoAnomaly.Host.Jobs;

/// <summary>What ingesting one file did.</summary>
/// <param name="Path">The file.</param>
/// <param name="Channels">Channels read, with their sample and gap counts.</param>
/// <param name="Report">The server's account of the write (points written, rejected points), or null when the file failed.</param>
/// <param name="Error">Why the file failed (read or write), or null.</param>
internal sealed record IngestResult(string Path, IReadOnlyList<ChannelSeries> Channels, WriteReport? Report, string? Error)
{
    public bool Succeeded => Error is null && Report is { RejectedCount: 0 };

    public long Samples => Channels.Sum(c => (long)c.Series.Count);

    public long Missing => Channels.Sum(c => (long)c.Series.MissingCount());
}

/// <summary>
/// Station files into InfluxDB through the raw-data schema. Idempotent: a sample is a point keyed by measurement,
/// channel tags and time, so re-ingesting a file overwrites the same points. A file that cannot be read or written is
/// reported (with file and line) and the other files go on; nothing counts as written before the server's 2xx. With
/// <c>stations</c>, the locations of the file's stations also go to <c>ga_station</c> (<see cref="GaSchema.StationPoints"/>).
/// </summary>
internal sealed class IngestJob(InfluxClient client, BatchingOptions batching, RawSchema schema, ILogger log, GaSchema? stations = null)
{
    private readonly BatchingWriter _writer = new(client, batching);

    /// <summary>Checks the server answers and creates the database if it does not exist (idempotent).</summary>
    public async Task PrepareAsync(bool createDatabase, CancellationToken cancellationToken)
    {
        await client.PingAsync(cancellationToken).ConfigureAwait(false);
        if (createDatabase)
        {
            await client.CreateDatabaseAsync(ct: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads <paramref name="path"/> and writes every sample of every channel; never throws for bad data.</summary>
    public async Task<IngestResult> IngestAsync(string path, Func<string, IReadOnlyList<ChannelSeries>> read, CancellationToken cancellationToken)
    {
        IReadOnlyList<ChannelSeries> channels;
        try
        {
            channels = read(path);
        }
        catch (Exception e) when (e is DataException or IOException or UnauthorizedAccessException or Sdk.OptionsException)
        {
            log.Error("Cannot read {File}: {Reason}", path, e.Message);
            return new IngestResult(path, [], null, e.Message);
        }

        try
        {
            var from = channels.Count == 0 ? (DateTimeOffset?)null : channels.Min(c => c.Series.Start);
            var to = channels.Count == 0 ? (DateTimeOffset?)null : channels.Max(c => c.Series.End);
            var report = await _writer.WriteAsync(schema.Points(channels), new WriteContext(path, null, from, to), cancellationToken).ConfigureAwait(false);
            if (stations is not null && report.RejectedCount == 0)
            {
                var located = await _writer.WriteAsync(stations.StationPoints(channels), new WriteContext($"{path} (station locations)", null, from, to), cancellationToken).ConfigureAwait(false);
                if (located.RejectedCount > 0)
                {
                    return new IngestResult(path, channels, report, $"station location rejected: {located.Rejected[0]}");
                }
            }

            foreach (var rejected in report.Rejected)
            {
                log.Error("{File}: InfluxDB rejected {Point}", path, rejected);
            }

            log.Information("{File}: {Channels} channel(s), {Points} point(s) written in {Requests} request(s)", path, channels.Count, report.PointsWritten, report.Requests);
            return new IngestResult(path, channels, report,
                report.RejectedCount == 0 ? null : $"{report.RejectedCount} point(s) rejected, first: {report.Rejected[0]}");
        }
        catch (Exception e) when (e is BatchWriteException or InfluxException)
        {
            log.Error("{File}: write failed: {Reason}", path, e.Message);
            return new IngestResult(path, channels, (e as BatchWriteException)?.Report, e.Message);
        }
    }
}
