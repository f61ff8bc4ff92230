using System.Globalization;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Reads the error text of a rejected <c>/write</c>.</summary>
/// <remarks>
/// InfluxDB 1.x answers 400 with <c>{"error":"partial write: unable to parse '&lt;line&gt;': &lt;reason&gt;\nunable to
/// parse '…': … dropped=0"}</c> when some lines do not parse; it has stored the lines that did. Without the
/// <c>partial write:</c> prefix nothing was stored. Other partial writes (<c>field type conflict: … dropped=1</c>,
/// <c>points beyond retention policy dropped=2</c>) name no line, only how many points were dropped.
/// </remarks>
internal sealed record InfluxWriteError(bool Partial, int? Dropped, IReadOnlyList<(string Text, string Reason)> Unparsed)
{
    private const string PartialPrefix = "partial write: ";
    private const string UnableToParse = "unable to parse '";

    /// <summary>Parses <paramref name="message"/>, the server's error text.</summary>
    /// <param name="message">The <c>error</c> member of the response.</param>
    public static InfluxWriteError Parse(string message)
    {
        string text = message;
        bool partial = text.StartsWith(PartialPrefix, StringComparison.Ordinal);
        if (partial)
        {
            text = text[PartialPrefix.Length..];
        }

        int? dropped = null;
        int at = text.LastIndexOf(" dropped=", StringComparison.Ordinal);
        if (at >= 0 && int.TryParse(text.AsSpan(at + 9), NumberStyles.None, CultureInfo.InvariantCulture, out int d))
        {
            dropped = d;
            text = text[..at];
        }

        var unparsed = new List<(string, string)>();
        foreach (string part in text.Split('\n'))
        {
            if (!part.StartsWith(UnableToParse, StringComparison.Ordinal))
            {
                continue;
            }

            // The line itself may contain "': ", so the reason starts at the last one.
            int end = part.LastIndexOf("': ", StringComparison.Ordinal);
            if (end >= UnableToParse.Length)
            {
                unparsed.Add((part[UnableToParse.Length..end], part[(end + 3)..]));
            }
        }

        return new InfluxWriteError(partial, dropped, unparsed);
    }

    /// <summary>Matches the unparsed lines to <paramref name="batch"/> (every line with the same text).</summary>
    /// <param name="batch">The batch that was posted.</param>
    public IReadOnlyList<InfluxLineError> Match(LineBatch batch)
    {
        if (Unparsed.Count == 0)
        {
            return [];
        }

        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (text, reason) in Unparsed)
        {
            wanted.TryAdd(text, reason);
        }

        var errors = new List<InfluxLineError>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < batch.Count; i++)
        {
            string line = batch.LineText(i).Trim(' ', '\t');
            if (wanted.TryGetValue(line, out string? reason))
            {
                errors.Add(new InfluxLineError(i, batch.LineNumber(i), line, reason));
                found.Add(line);
            }
        }

        foreach (var (text, reason) in Unparsed)
        {
            if (found.Add(text))
            {
                errors.Add(new InfluxLineError(-1, 0, text, reason));
            }
        }

        return errors;
    }
}
