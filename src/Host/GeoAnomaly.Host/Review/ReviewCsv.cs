using System.Text;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Review;

/// <summary>Reviews as CSV: <c>network,station,channel,detector,event_start,verdict,cause,analyst,note,reviewed_at</c>, appended (history kept).</summary>
/// <remarks>
/// Times are ISO 8601 UTC (<c>event_start</c> in whole seconds); RFC 4180 quoting for notes with commas, quotes or line
/// breaks. A file holds every review ever recorded; <see cref="EventReview.Latest"/> picks the one that counts per event.
/// </remarks>
internal static class ReviewCsv
{
    /// <summary>The header, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["network", "station", "channel", "detector", "event_start", "verdict", "cause", "analyst", "note", "reviewed_at"];

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Appends <paramref name="reviews"/> to <paramref name="path"/> (with the header when the file is new or empty).</summary>
    /// <param name="path">The CSV file; its folder is created when missing.</param>
    /// <param name="reviews">Valid reviews.</param>
    public static void Append(string path, IEnumerable<EventReview> reviews)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(reviews);
        using var text = new StringWriter();
        bool fresh = !File.Exists(path) || new FileInfo(path).Length == 0;
        if (fresh)
        {
            CsvText.WriteRecord(text, [.. Columns]);
        }

        foreach (var r in reviews)
        {
            CsvText.WriteRecord(
                text,
                r.Event.Channel.Network,
                r.Event.Channel.Station,
                r.Event.Channel.Channel,
                r.Event.Detector,
                CsvText.Time(r.Event.Start),
                VerdictNames.Text(r.Verdict),
                VerdictNames.Text(r.Cause),
                r.Analyst,
                r.Note,
                CsvText.Time(r.ReviewedAt));
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        // One append of whole records: a reader never sees half a line from this writer.
        File.AppendAllText(path, text.ToString(), s_utf8);
    }

    /// <summary>Every review in <paramref name="path"/>, in file order; an absent file has none.</summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="DataException">A malformed row (unknown verdict or cause, interference without cause…); names file, line and column.</exception>
    public static IReadOnlyList<EventReview> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var reader = new StreamReader(path, s_utf8);
        return Read(reader, path);
    }

    /// <summary>Every review in a CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">Name for messages.</param>
    /// <exception cref="DataException">A malformed row; names line and column.</exception>
    public static IReadOnlyList<EventReview> Read(TextReader reader, string source)
    {
        if (reader.Peek() < 0)
        {
            return [];
        }

        var table = new CsvTableReader(reader, source, Columns, []);
        var reviews = new List<EventReview>();
        while (table.Read())
        {
            ChannelId channel;
            try
            {
                channel = new ChannelId(table.Text("network"), table.Text("station"), table.Text("channel"));
            }
            catch (ArgumentException e)
            {
                throw table.Error(e.ParamName ?? "channel", e.Message);
            }

            var key = new EventKey(channel, table.Required("detector"), table.Time("event_start"));
            var verdict = VerdictNames.Parse(table.Text("verdict"), out string? problem) ?? throw table.Error("verdict", problem!);
            var cause = VerdictNames.ParseCause(table.Text("cause"), out problem);
            if (problem is not null)
            {
                throw table.Error("cause", problem);
            }

            var review = new EventReview(key, verdict, cause, table.Text("analyst"), table.Text("note"), table.Time("reviewed_at"));
            foreach (string p in review.Validate())
            {
                throw table.Error(p[..p.IndexOf(':', StringComparison.Ordinal)], p[(p.IndexOf(':', StringComparison.Ordinal) + 2)..]);
            }

            reviews.Add(review);
        }

        return reviews;
    }
}
