using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.Host.Jobs.Detect;

/// <summary>What <see cref="DetectInfluxWriter"/> wrote: the server's reports for events and for scores.</summary>
/// <param name="Events">The <c>ga_anomaly</c> write.</param>
/// <param name="Scores">The <c>ga_score</c> writes, or null when scores were not written.</param>
internal sealed record DetectInfluxReport(WriteReport Events, WriteReport? Scores)
{
    /// <summary>The <c>ga_clean</c> writes, or null when no channel had a preprocessing chain.</summary>
    public WriteReport? Clean { get; init; }

    /// <summary>Points the server rejected, over every write.</summary>
    public long Rejected => Events.RejectedCount + (Scores?.RejectedCount ?? 0) + (Clean?.RejectedCount ?? 0);

    /// <summary>Details of the rejected points, over every write.</summary>
    public IEnumerable<RejectedPoint> RejectedPoints => Events.Rejected.Concat(Scores?.Rejected ?? []).Concat(Clean?.Rejected ?? []);
}

/// <summary>
/// Writes a detect run's cleaned series to <c>ga_clean</c> and scores to <c>ga_score</c> as each channel is done (it
/// is the run's <see cref="IDetectSink"/>) and its events to <c>ga_anomaly</c> when the run ends (<see cref="GaSchema"/>), through a
/// <see cref="BatchingWriter"/>. Idempotent: a point is keyed by measurement, tags (channel, kind, detector) and time
/// (event start, or sample time), so writing the same run again overwrites the same points.
/// </summary>
/// <remarks>
/// <c>ga_score</c> carries <c>score</c> (calibrated), <c>raw_score</c>, and <c>expected</c>/<c>residual</c> when the
/// detector has outputs of those names; samples where all are NaN are not written. Event details are not stored in
/// InfluxDB (they are in <c>events.csv</c>). A batch the server refuses after retries stops the run
/// (<see cref="BatchWriteException"/>); points it rejects are counted and reported.
/// </remarks>
internal sealed class DetectInfluxWriter(InfluxClient client, BatchingOptions batching, GaSchema schema, bool writeScores = true) : IDetectSink
{
    private readonly BatchingWriter _writer = new(client, batching);
    private WriteReport? _scores;
    private WriteReport? _clean;

    /// <inheritdoc/>
    public async Task WriteAsync(ChannelOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Clean is { } clean)
        {
            var cleaned = await _writer.WriteAsync(schema.CleanPoints(clean.Cleaned), new WriteContext("clean"), cancellationToken).ConfigureAwait(false);
            _clean = _clean is null ? cleaned : _clean.Plus(cleaned);
        }

        if (!writeScores || outcome.Scores.Count == 0)
        {
            return;
        }

        var lines = LineSources.Concat(outcome.Scores.Select(s =>
            schema.Scores(s.Channel, s.Detector, s.Calibrated, s.OutputNamed("expected"), s.OutputNamed("residual"), s.Raw)));
        var report = await _writer.WriteAsync(lines, new WriteContext("scores"), cancellationToken).ConfigureAwait(false);
        _scores = _scores is null ? report : _scores.Plus(report);
    }

    /// <summary>Writes the scores the run kept (when it had no sink), then the events.</summary>
    /// <param name="result">The run's results.</param>
    /// <param name="cancellationToken">Stops the writes.</param>
    /// <exception cref="BatchWriteException">A batch could not be written after retries.</exception>
    public async Task<DetectInfluxReport> FinishAsync(DetectResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var outcome in result.Kept())
        {
            await WriteAsync(outcome, cancellationToken).ConfigureAwait(false);
        }

        var channels = result.Channels.ToDictionary(c => c.Channel.Id, c => c.Channel);
        var events = LineSources.Concat(result.Events.GroupBy(e => e.Channel).Select(g => schema.Events(channels[g.Key], g)));
        var eventReport = await _writer.WriteAsync(events, new WriteContext("events"), cancellationToken).ConfigureAwait(false);
        return new DetectInfluxReport(eventReport, writeScores ? _scores ?? new WriteReport() : null) { Clean = _clean };
    }
}
