using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Writes a job of any size to InfluxDB in batches: retries transient failures, reports rejected points.</summary>
/// <remarks>
/// <para>One task encodes and gzips batches of <see cref="BatchingOptions.BatchSize"/> lines from an
/// <see cref="ILineSource"/> into a queue of at most <see cref="BatchingOptions.QueueLimit"/> batches; up to
/// <see cref="BatchingOptions.MaxConcurrentRequests"/> senders post them through <see cref="InfluxClient.WriteAsync(LineBatch, CancellationToken)"/>.</para>
/// <para>Failures: a 5xx, a 429 or a network error is retried with exponential backoff (<c>Retry-After</c> honoured)
/// within <see cref="BatchingOptions.MaxRetries"/> and <see cref="BatchingOptions.RetryTimeLimit"/>; then the job stops
/// with a <see cref="BatchWriteException"/> naming the batch. A 400 is not retried as is: InfluxDB 1.x stores the valid
/// lines of a batch and names each unparseable one, so those are reported and the rest is sent again (rewriting a
/// point is harmless: same series and time overwrite). When the server names no line (a field type conflict, points
/// beyond the retention policy) the batch is halved until the refused points are isolated. A 413 also halves the batch.
/// Any other 4xx stops the job. Points count as written only once the server answered 2xx.</para>
/// </remarks>
internal sealed partial class BatchingWriter
{
    private readonly InfluxClient _client;
    private readonly BatchingOptions _options;

    /// <summary>Creates a writer.</summary>
    /// <param name="client">The server.</param>
    /// <param name="options">Batching options; defaults when null.</param>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public BatchingWriter(InfluxClient client, BatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new BatchingOptions();
        var errors = _options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid batching options: " + string.Join("; ", errors), nameof(options));
        }
    }

    /// <summary>Writes every point of <paramref name="source"/>.</summary>
    /// <param name="source">The points.</param>
    /// <param name="context">What the job is about, for messages.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>Points written, batches, retries and the points the server refused.</returns>
    /// <exception cref="BatchWriteException">A batch failed after retries, or with a 4xx other than 400/413.</exception>
    /// <exception cref="DataException">The source produced a point that line protocol cannot carry.</exception>
    public async Task<WriteReport> WriteAsync(ILineSource source, WriteContext? context = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var job = new Job(context ?? new WriteContext());
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var queue = Channel.CreateBounded<(LineBatch Batch, int Number)>(
            new BoundedChannelOptions(_options.QueueLimit) { SingleReader = _options.MaxConcurrentRequests == 1, SingleWriter = true });
        var free = new ConcurrentQueue<LineBatch>();
        var producer = Task.Run(() => ProduceAsync(source, job, queue.Writer, free, cts.Token), cts.Token);
        try
        {
            var senders = Enumerable.Range(0, _options.MaxConcurrentRequests)
                .Select(_ => Task.Run(() => SendAllAsync(queue.Reader, free, job, cts), cts.Token))
                .ToList();
            try
            {
                await Task.WhenAll(senders).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // A sender that failed cancelled the others: rethrow its error, not their cancellations.
                var failure = senders.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!).FirstOrDefault(e => e is not OperationCanceledException);
                if (failure is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
                }

                throw;
            }

            await producer.ConfigureAwait(false);
        }
        catch
        {
            await cts.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The first error is the one rethrown below.
            }

            throw;
        }

        return job.Report();
    }

    /// <summary>Writes lines given as text (see <see cref="WriteAsync(ILineSource, WriteContext?, CancellationToken)"/>).</summary>
    /// <param name="lines">Line-protocol lines with nanosecond timestamps.</param>
    /// <param name="context">What the job is about.</param>
    /// <param name="ct">Cancellation.</param>
    public Task<WriteReport> WriteAsync(IEnumerable<string> lines, WriteContext? context = null, CancellationToken ct = default) =>
        WriteAsync(LineSources.FromLines(lines), context, ct);

    /// <summary>The batches <paramref name="source"/> splits into, encoded but not sent (for inspection and tests).</summary>
    /// <param name="source">The points.</param>
    /// <param name="batchSize">Lines per batch.</param>
    internal static IEnumerable<LineBatch> Split(ILineSource source, int batchSize)
    {
        long next = 1;
        bool more = true;
        while (more)
        {
            var batch = new LineBatch();
            batch.Reset(next);
            more = source.Fill(batch, batchSize);
            if (batch.Count > 0)
            {
                next = batch.LineNumber(batch.Count - 1) + 1;
                yield return batch;
            }
        }
    }

    private async Task ProduceAsync(ILineSource source, Job job, ChannelWriter<(LineBatch, int)> writer, ConcurrentQueue<LineBatch> free, CancellationToken ct)
    {
        try
        {
            long next = 1;
            int number = 0;
            bool more = true;
            while (more)
            {
                ct.ThrowIfCancellationRequested();
                var batch = free.TryDequeue(out var reused) ? reused : new LineBatch();
                batch.Reset(next);
                try
                {
                    more = source.Fill(batch, _options.BatchSize);
                }
                catch (ArgumentException e)
                {
                    long line = next + batch.Count;
                    string where = job.Context.ToString();
                    throw new DataException(where.Length == 0 ? "write job" : where, line, $"point {line} cannot be written: {e.Message}", e);
                }

                if (batch.Count == 0)
                {
                    free.Enqueue(batch);
                    continue;
                }

                batch.GzipContent();
                next = batch.LineNumber(batch.Count - 1) + 1;
                Interlocked.Increment(ref job.Batches);
                await writer.WriteAsync((batch, ++number), ct).ConfigureAwait(false);
            }
        }
        finally
        {
            writer.TryComplete();
        }
    }

    /// <summary>Counters of one job.</summary>
    private async Task SendAllAsync(ChannelReader<(LineBatch Batch, int Number)> reader, ConcurrentQueue<LineBatch> free, Job job, CancellationTokenSource cts)
    {
        try
        {
            await foreach (var (batch, number) in reader.ReadAllAsync(cts.Token).ConfigureAwait(false))
            {
                await SendAsync(batch, number, job, cts.Token).ConfigureAwait(false);
                free.Enqueue(batch);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await cts.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class Job(WriteContext context)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<RejectedPoint> _rejected = [];

        public int Batches; // a field, for Interlocked: the producer task counts, the caller's task reads

        public WriteContext Context { get; } = context;

        private long _written;
        private int _requests;
        private int _retries;

        public long Written => Interlocked.Read(ref _written);

        public long RejectedCount { get; private set; }

        public void AddWritten(int points) => Interlocked.Add(ref _written, points);

        public void AddRequest() => Interlocked.Increment(ref _requests);

        public void AddRetry() => Interlocked.Increment(ref _retries);

        public void Reject(long line, string text, string reason)
        {
            lock (_rejected)
            {
                RejectedCount++;
                if (_rejected.Count < WriteReport.MaxRejectedDetails)
                {
                    _rejected.Add(new RejectedPoint(line, text, reason));
                }
            }
        }

        public WriteReport Report() => new()
        {
            PointsWritten = Written,
            Batches = Volatile.Read(ref Batches),
            Requests = Volatile.Read(ref _requests),
            Retries = Volatile.Read(ref _retries),
            Rejected = [.. _rejected.OrderBy(r => r.LineNumber)],
            RejectedCount = RejectedCount,
            Elapsed = _clock.Elapsed,
        };
    }
}
