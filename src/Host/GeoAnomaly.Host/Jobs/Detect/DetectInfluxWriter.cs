using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Host.Jobs.Detect;

/// <summary>What <see cref="DetectInfluxWriter"/> wrote: the server's reports for events and for scores.</summary>
/// <param name="Events">The <c>ga_anomaly</c> write.</param>
/// <param name="Scores">The <c>ga_score</c> write, or null when scores were not written.</param>
internal sealed record DetectInfluxReport(WriteReport Events, WriteReport? Scores)
{
    /// <summary>Points the server rejected, over both writes.</summary>
    public long Rejected => Events.RejectedCount + (Scores?.RejectedCount ?? 0);
}

/// <summary>
/// Writes a detect run's events to <c>ga_anomaly</c> and its scores to <c>ga_score</c> (<see cref="GaSchema"/>) through
/// a <see cref="BatchingWriter"/>. Idempotent: a point is keyed by measurement, tags (channel, kind, detector) and time
/// (event start, or sample time), so writing the same run again overwrites the same points.
/// </summary>
/// <remarks>
/// <c>ga_score</c> carries <c>score</c> (calibrated), <c>raw_score</c>, and <c>expected</c>/<c>residual</c> when the
/// detector has outputs of those names; samples where all are NaN are not written. Event details are not stored in
/// InfluxDB (they are in <c>events.csv</c>).
/// </remarks>
internal sealed class DetectInfluxWriter(InfluxClient client, BatchingOptions batching, GaSchema schema)
{
    private readonly BatchingWriter _writer = new(client, batching);

    /// <summary>Writes the events, then (when <paramref name="writeScores"/>) the scores.</summary>
    /// <param name="result">The run's results.</param>
    /// <param name="writeScores">Whether to write per-sample scores.</param>
    /// <param name="cancellationToken">Stops the writes.</param>
    /// <exception cref="BatchWriteException">A batch could not be written after retries.</exception>
    public async Task<DetectInfluxReport> WriteAsync(DetectResult result, bool writeScores, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var channels = result.Channels.ToDictionary(c => c.Channel.Id, c => c.Channel);
        var events = LineSources.Concat(result.Events.GroupBy(e => e.Channel).Select(g => schema.Events(channels[g.Key], g)));
        var eventReport = await _writer.WriteAsync(events, new WriteContext("events"), cancellationToken).ConfigureAwait(false);
        if (!writeScores)
        {
            return new DetectInfluxReport(eventReport, null);
        }

        var scores = LineSources.Concat(result.Scores.Select(s =>
            schema.Scores(s.Channel, s.Detector, s.Calibrated, s.OutputNamed("expected"), s.OutputNamed("residual"), s.Raw)));
        var scoreReport = await _writer.WriteAsync(scores, new WriteContext("scores"), cancellationToken).ConfigureAwait(false);
        return new DetectInfluxReport(eventReport, scoreReport);
    }
}
