namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>What a <see cref="BatchingWriter"/> job did. Points count as written only after the server answered 2xx.</summary>
internal sealed record WriteReport
{
    /// <summary>Most rejected points kept with their text; the rest are only counted.</summary>
    public const int MaxRejectedDetails = 1_000;

    /// <summary>Points the server acknowledged.</summary>
    public long PointsWritten { get; init; }

    /// <summary>Batches taken from the source.</summary>
    public int Batches { get; init; }

    /// <summary>HTTP write requests made, retries and re-sends included.</summary>
    public int Requests { get; init; }

    /// <summary>Requests repeated after a 5xx, a 429 or a network error.</summary>
    public int Retries { get; init; }

    /// <summary>Points the server refused, in job order (at most <see cref="MaxRejectedDetails"/>).</summary>
    public IReadOnlyList<RejectedPoint> Rejected { get; init; } = [];

    /// <summary>Number of points the server refused (all of them, beyond <see cref="Rejected"/>).</summary>
    public long RejectedCount { get; init; }

    /// <summary>Time the job took.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <inheritdoc />
    /// <summary>This report and <paramref name="other"/> as one (counts added, rejected details kept up to the limit).</summary>
    /// <param name="other">A later write's report.</param>
    public WriteReport Plus(WriteReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new WriteReport
        {
            PointsWritten = PointsWritten + other.PointsWritten,
            Batches = Batches + other.Batches,
            Requests = Requests + other.Requests,
            Retries = Retries + other.Retries,
            Rejected = [.. Rejected.Concat(other.Rejected).Take(MaxRejectedDetails)],
            RejectedCount = RejectedCount + other.RejectedCount,
            Elapsed = Elapsed + other.Elapsed,
        };
    }

    public override string ToString() =>
        $"{PointsWritten} points written in {Batches} batches ({Requests} requests, {Retries} retries), {RejectedCount} rejected, in {Elapsed.TotalSeconds:0.0} s"
        + (RejectedCount == 0 ? "" : "; first rejected: " + Rejected[0]);
}

/// <summary>A point the server refused.</summary>
/// <param name="LineNumber">1-based line number in the job.</param>
/// <param name="Text">The line.</param>
/// <param name="Reason">The server's reason.</param>
internal sealed record RejectedPoint(long LineNumber, string Text, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"line {LineNumber} '{LineProtocol.Shorten(Text)}': {Reason}";
}
