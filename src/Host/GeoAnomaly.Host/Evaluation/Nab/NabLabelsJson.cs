using System.Text.Json;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>The limits of one window as written in NAB's window file, with the line they are on.</summary>
/// <param name="Start">Window start (NAB times are naive; read as UTC).</param>
/// <param name="End">Window end.</param>
/// <param name="Line">The line of the start time in the JSON file.</param>
internal sealed record NabWindowLimits(DateTimeOffset Start, DateTimeOffset End, long Line);

/// <summary>
/// Reads NAB's label files: <c>labels/combined_windows.json</c> (per file, a list of <c>[start, end]</c> windows) and
/// <c>labels/combined_labels.json</c> (per file, a list of anomaly instants). Keys are file names relative to the data
/// folder with <c>/</c>; times are <c>YYYY-MM-DD hh:mm:ss[.ffffff]</c>.
/// </summary>
internal static class NabLabelsJson
{
    /// <summary>Reads a window file; windows of a file must be in time order, each ending no earlier than it starts and starting after the previous one ends.</summary>
    /// <param name="path">The JSON file.</param>
    /// <exception cref="DataException">Malformed JSON, a bad time, a repeated file, or windows out of order; names the line.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<NabWindowLimits>> ReadWindows(string path) =>
        ReadWindows(ReadBytes(path), path);

    /// <summary>Reads a window file from its bytes.</summary>
    /// <param name="utf8">The JSON text as UTF-8.</param>
    /// <param name="source">Name for messages.</param>
    /// <exception cref="DataException">Malformed JSON, a bad time, a repeated file, or windows out of order; names the line.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<NabWindowLimits>> ReadWindows(ReadOnlySpan<byte> utf8, string source)
    {
        var json = new NabJsonCursor(utf8, source);
        var result = new SortedDictionary<string, IReadOnlyList<NabWindowLimits>>(StringComparer.Ordinal);
        json.Expect(JsonTokenType.StartObject, "an object of data files");
        while (json.NextProperty() is { } file)
        {
            long fileLine = json.Line;
            var windows = new List<NabWindowLimits>();
            json.Expect(JsonTokenType.StartArray, $"'{file}': a list of windows");
            while (json.Next() != JsonTokenType.EndArray)
            {
                if (json.Token != JsonTokenType.StartArray)
                {
                    throw json.Error($"'{file}': a window is a list [start, end]");
                }

                var start = Time(ref json, file, "window start");
                long line = json.Line;
                var end = Time(ref json, file, "window end");
                json.Expect(JsonTokenType.EndArray, $"'{file}': the end of the window [start, end]");
                if (end < start)
                {
                    throw new DataException(source, line, $"'{file}': the window ends ({end:yyyy-MM-dd HH:mm:ss}) before it starts ({start:yyyy-MM-dd HH:mm:ss})");
                }

                if (windows.Count > 0 && start <= windows[^1].End)
                {
                    throw new DataException(source, line, $"'{file}': the window starting {start:yyyy-MM-dd HH:mm:ss} starts before the previous one ends ({windows[^1].End:yyyy-MM-dd HH:mm:ss}); windows must be in time order and must not overlap");
                }

                windows.Add(new NabWindowLimits(start, end, line));
            }

            if (!result.TryAdd(file, windows))
            {
                throw new DataException(source, fileLine, $"'{file}' appears twice");
            }
        }

        json.ExpectEnd();
        return result;
    }

    /// <summary>Reads an anomaly-instant file (<c>combined_labels.json</c>): per data file, the labelled anomaly times.</summary>
    /// <param name="path">The JSON file.</param>
    /// <exception cref="DataException">Malformed JSON, a bad time or a repeated file; names the line.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<DateTimeOffset>> ReadInstants(string path)
    {
        byte[] utf8 = ReadBytes(path);
        var json = new NabJsonCursor(utf8, path);
        var result = new SortedDictionary<string, IReadOnlyList<DateTimeOffset>>(StringComparer.Ordinal);
        json.Expect(JsonTokenType.StartObject, "an object of data files");
        while (json.NextProperty() is { } file)
        {
            long fileLine = json.Line;
            var instants = new List<DateTimeOffset>();
            json.Expect(JsonTokenType.StartArray, $"'{file}': a list of anomaly times");
            while (json.Next() != JsonTokenType.EndArray)
            {
                instants.Add(Parse(ref json, file, "anomaly time"));
            }

            if (!result.TryAdd(file, instants))
            {
                throw new DataException(path, fileLine, $"'{file}' appears twice");
            }
        }

        json.ExpectEnd();
        return result;
    }

    /// <summary>Reads a whole file's bytes.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="DataException">The file cannot be read.</exception>
    internal static byte[] ReadBytes(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataException(path, null, $"cannot read: {e.Message}", e);
        }
    }

    private static DateTimeOffset Time(ref NabJsonCursor json, string file, string what)
    {
        json.Next();
        return Parse(ref json, file, what);
    }

    private static DateTimeOffset Parse(ref NabJsonCursor json, string file, string what)
    {
        if (json.Token != JsonTokenType.String)
        {
            throw json.Error($"'{file}': the {what} must be a time string");
        }

        string text = json.CurrentString();
        if (!IsoTime.TryParse(text, out var naive, out var offset))
        {
            throw json.Error($"'{file}': the {what} '{text}' is not a time (YYYY-MM-DD hh:mm:ss)");
        }

        return new DateTimeOffset(naive.Ticks - (offset ?? TimeSpan.Zero).Ticks, TimeSpan.Zero);
    }
}
