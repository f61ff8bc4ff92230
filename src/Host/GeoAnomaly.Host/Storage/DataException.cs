namespace GeoAnomaly.Host.Storage;

/// <summary>Bad input data: names the source (file or URL) and, where known, the line and column or option.</summary>
internal sealed class DataException : Exception
{
    public DataException(string source, long? line, string message, Exception? inner = null)
        : base(Format(source, line, message), inner)
    {
        Source = source;
        Line = line;
        Reason = message;
    }

    /// <summary>The file path or URL at fault.</summary>
    public new string Source { get; }

    /// <summary>1-based line number, when the problem is on a line.</summary>
    public long? Line { get; }

    /// <summary>The message without the location.</summary>
    public string Reason { get; }

    private static string Format(string source, long? line, string message) =>
        line is null ? $"{source}: {message}" : $"{source}:{line}: {message}";
}
