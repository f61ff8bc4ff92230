using System.ComponentModel;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>How <see cref="BatchingWriter"/> batches, queues and retries writes.</summary>
internal sealed record BatchingOptions
{
    /// <summary>Default values, used by the record and the docs.</summary>
    public static class Defaults
    {
        /// <summary>Lines per <c>/write</c> request: 5,000 (InfluxDB's recommended batch size).</summary>
        public const int BatchSize = 5_000;

        /// <summary>Longest time spent retrying one batch, counted from its first failure: 2 min (room for a few
        /// retries of a request that timed out, at the default 30-s request timeout).</summary>
        public static readonly TimeSpan RetryTimeLimit = TimeSpan.FromMinutes(2);

        /// <summary>Most retries of one batch: 10.</summary>
        public const int MaxRetries = 10;

        /// <summary>Wait before the first retry: 250 ms, doubled each further retry.</summary>
        public static readonly TimeSpan InitialBackoff = TimeSpan.FromMilliseconds(250);

        /// <summary>Longest wait between two retries: 8 s.</summary>
        public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);

        /// <summary>Encoded batches waiting to be sent: 4.</summary>
        public const int QueueLimit = 4;

        public const int MaxConcurrentRequests = 4;
    }

    /// <summary>Lines per <c>/write</c> request. Default 5,000.</summary>
    [Description("Lines per /write request (default 5000)")]
    public int BatchSize { get; init; } = Defaults.BatchSize;

    /// <summary>Longest time spent retrying one batch, counted from its first failure, before giving up. Default 2 min.
    /// A write that timed out is retried like any transient failure: InfluxDB stores a point once per series and time,
    /// so a batch the server did store after all is not doubled.</summary>
    [Description("Longest time spent retrying one batch after its first failure (default 2 min)")]
    public TimeSpan RetryTimeLimit { get; init; } = Defaults.RetryTimeLimit;

    /// <summary>Most retries of one batch (0: no retry). Default 10.</summary>
    [Description("Most retries of one batch (default 10)")]
    public int MaxRetries { get; init; } = Defaults.MaxRetries;

    /// <summary>Wait before the first retry, doubled for each further one. Default 250 ms.</summary>
    [Description("Wait before the first retry, doubled each time (default 250 ms)")]
    public TimeSpan InitialBackoff { get; init; } = Defaults.InitialBackoff;

    /// <summary>Longest wait between two retries. Default 8 s.</summary>
    [Description("Longest wait between two retries (default 8 s)")]
    public TimeSpan MaxBackoff { get; init; } = Defaults.MaxBackoff;

    /// <summary>Encoded batches waiting to be sent while the next is encoded; bounds memory to about
    /// (queue limit + 2) × batch size lines. Default 4.</summary>
    [Description("Encoded batches waiting to be sent (default 4)")]
    public int QueueLimit { get; init; } = Defaults.QueueLimit;

    /// <summary>Requests in flight at once (default 4). More than one lets the server parse and index batches in
    /// parallel (on a 2-core 1.6.7, 4 in flight wrote 1.9 times as fast as 1); points of one job never share a key, so
    /// their order does not matter. Set 1 to send strictly in order.</summary>
    [Description("Write requests in flight at once (default 4; 1 sends strictly in order)")]
    public int MaxConcurrentRequests { get; init; } = Defaults.MaxConcurrentRequests;

    /// <summary>Every problem with these options, each naming the option; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (BatchSize is < 1 or > 1_000_000)
        {
            errors.Add($"batch-size: must be 1..1000000, got {BatchSize}");
        }

        if (RetryTimeLimit < TimeSpan.Zero)
        {
            errors.Add($"retry-time-limit: must not be negative, got {RetryTimeLimit}");
        }

        if (MaxRetries < 0)
        {
            errors.Add($"max-retries: must be ≥ 0, got {MaxRetries}");
        }

        if (InitialBackoff <= TimeSpan.Zero)
        {
            errors.Add($"initial-backoff: must be positive, got {InitialBackoff}");
        }

        if (MaxBackoff < InitialBackoff)
        {
            errors.Add($"max-backoff: must be ≥ initial-backoff ({InitialBackoff}), got {MaxBackoff}");
        }

        if (MaxConcurrentRequests is < 1 or > 64)
        {
            errors.Add($"max-concurrent-requests: must be 1..64, got {MaxConcurrentRequests}");
        }

        if (QueueLimit < 1)
        {
            errors.Add($"queue-limit: must be ≥ 1, got {QueueLimit}");
        }

        return errors;
    }
}
