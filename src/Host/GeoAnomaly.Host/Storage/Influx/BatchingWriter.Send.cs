using System.Diagnostics;
using System.Net;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Sending one batch: retries, rejected lines, halving.</summary>
internal sealed partial class BatchingWriter
{
    private async Task SendAsync(LineBatch batch, int number, Job job, CancellationToken ct)
    {
        Stopwatch? retrying = null; // the retry budget starts at the first failure, so a timed-out first attempt is still retried
        int retries = 0;
        var backoff = _options.InitialBackoff;
        while (true)
        {
            job.AddRequest();
            try
            {
                await _client.WriteAsync(batch, ct).ConfigureAwait(false);
                job.AddWritten(batch.Count);
                return;
            }
            catch (InfluxException e) when (e.IsTransient)
            {
                retrying ??= Stopwatch.StartNew();
                var wait = e.RetryAfter is { } asked && asked > backoff ? asked : backoff;
                if (retries >= _options.MaxRetries || retrying.Elapsed + wait > _options.RetryTimeLimit)
                {
                    throw Failed(batch, number, job, e, $"after {retries} retries in {retrying.Elapsed.TotalSeconds:0.0} s of retrying");
                }

                retries++;
                job.AddRetry();
                await Task.Delay(wait, ct).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.MaxBackoff.Ticks));
            }
            catch (InfluxException e) when (e.StatusCode == HttpStatusCode.BadRequest)
            {
                await HandleRejectedAsync(batch, number, job, e, ct).ConfigureAwait(false);
                return;
            }
            catch (InfluxException e) when (e.StatusCode == HttpStatusCode.RequestEntityTooLarge && batch.Count > 1)
            {
                await SendHalvesAsync(batch, number, job, ct).ConfigureAwait(false);
                return;
            }
            catch (InfluxException e)
            {
                throw Failed(batch, number, job, e, "(not retried)");
            }
        }
    }

    private async Task HandleRejectedAsync(LineBatch batch, int number, Job job, InfluxException e, CancellationToken ct)
    {
        string server = e.ServerMessage ?? e.Message;
        var named = e.LineErrors;
        if (named.Count > 0 && named.All(l => l.Index >= 0))
        {
            var bad = new HashSet<int>();
            foreach (var line in named)
            {
                job.Reject(line.LineNumber, line.Text, line.Reason);
                bad.Add(line.Index);
            }

            if (bad.Count < batch.Count)
            {
                var rest = batch.Subset(Enumerable.Range(0, batch.Count).Where(i => !bad.Contains(i)));
                await SendAsync(rest, number, job, ct).ConfigureAwait(false);
            }

            return;
        }

        var parsed = InfluxWriteError.Parse(server);
        if (batch.Count == 1 || (parsed.Partial && parsed.Dropped == batch.Count))
        {
            for (int i = 0; i < batch.Count; i++)
            {
                job.Reject(batch.LineNumber(i), batch.LineText(i), server);
            }

            return;
        }

        await SendHalvesAsync(batch, number, job, ct).ConfigureAwait(false);
    }

    private async Task SendHalvesAsync(LineBatch batch, int number, Job job, CancellationToken ct)
    {
        int half = batch.Count / 2;
        await SendAsync(batch.Subset(Enumerable.Range(0, half)), number, job, ct).ConfigureAwait(false);
        await SendAsync(batch.Subset(Enumerable.Range(half, batch.Count - half)), number, job, ct).ConfigureAwait(false);
    }

    private static BatchWriteException Failed(LineBatch batch, int number, Job job, InfluxException e, string how)
    {
        DateTimeOffset? from = null, to = null;
        for (int i = 0; i < batch.Count; i++)
        {
            if (batch.LineTime(i) is { } t)
            {
                from = from is null || t < from ? t : from;
                to = to is null || t > to ? t : to;
            }
        }

        long first = batch.LineNumber(0), last = batch.LineNumber(batch.Count - 1);
        string context = job.Context.ToString();
        string message =
            $"could not write {(context.Length == 0 ? "points" : context)} to {e.Url}: batch {number} (lines {first}..{last}, {batch.Count} points"
            + (from is null ? "" : $", times {from:O}..{to:O}") + $") failed {how}: {e.Message}. "
            + $"First line: '{LineProtocol.Shorten(batch.LineText(0))}'; last line: '{LineProtocol.Shorten(batch.LineText(batch.Count - 1))}'. "
            + $"{job.Written} points were written before it.";
        return new BatchWriteException(message, first, last, job.Report(), e);
    }
}
