namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>A line of a write that the server rejected, as the server named it.</summary>
/// <param name="Index">0-based index of the line in the batch, or -1 when the text matched no line of the batch.</param>
/// <param name="LineNumber">1-based line number in the job, or 0 when unknown.</param>
/// <param name="Text">The line as the server quoted it.</param>
/// <param name="Reason">The server's reason, e.g. <c>missing field value</c>.</param>
internal sealed record InfluxLineError(int Index, long LineNumber, string Text, string Reason)
{
    /// <inheritdoc />
    public override string ToString() =>
        (LineNumber > 0 ? $"line {LineNumber} " : "") + $"'{LineProtocol.Shorten(Text)}': {Reason}";
}
