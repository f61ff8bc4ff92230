namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>A batch could not be written even after retrying; names the batch's lines, context and the cause.</summary>
internal sealed class BatchWriteException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Full message.</param>
    /// <param name="firstLine">1-based job line number of the batch's first line.</param>
    /// <param name="lastLine">1-based job line number of the batch's last line.</param>
    /// <param name="report">What was written before the failure.</param>
    /// <param name="inner">The last error.</param>
    public BatchWriteException(string message, long firstLine, long lastLine, WriteReport report, Exception inner)
        : base(message, inner)
    {
        FirstLine = firstLine;
        LastLine = lastLine;
        Report = report;
    }

    /// <summary>1-based job line number of the failed batch's first line.</summary>
    public long FirstLine { get; }

    /// <summary>1-based job line number of the failed batch's last line.</summary>
    public long LastLine { get; }

    /// <summary>What the job had written (acknowledged) before the failure.</summary>
    public WriteReport Report { get; }
}
