using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// Reads a corpus in NAB's layout: <c>data/&lt;category&gt;/&lt;file&gt;.csv</c>, <c>labels/combined_windows.json</c>
/// and <c>config/profiles.json</c>. Each window's start and end must each be the time of exactly one row of its file,
/// as NAB requires (<c>labeler.py</c> <c>CorpusLabel.getWindows</c>); the window is then every row between them
/// (<c>CorpusLabel.getLabels</c>).
/// </summary>
internal static class NabCorpusReader
{
    /// <summary>The default window file, relative to the NAB folder.</summary>
    public const string WindowsFile = "labels/combined_windows.json";

    /// <summary>The profile file, relative to the NAB folder.</summary>
    public const string ProfilesFile = "config/profiles.json";

    /// <summary>Reads the corpus under <paramref name="folder"/>.</summary>
    /// <param name="folder">The NAB folder.</param>
    /// <param name="windowsFile">The window file, relative to <paramref name="folder"/> or absolute; null for <see cref="WindowsFile"/>.</param>
    /// <exception cref="DataException">A folder or file is missing, a file is malformed, a data file has no entry in the window file, or a window limit is not a row time; names the file and line.</exception>
    public static NabCorpus Load(string folder, string? windowsFile = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        string data = Path.Combine(folder, "data");
        if (!Directory.Exists(data))
        {
            throw new DataException(data, null, "not found; a NAB folder holds data/<category>/<file>.csv, labels/combined_windows.json and config/profiles.json");
        }

        string windowsPath = Path.Combine(folder, windowsFile ?? WindowsFile);
        var windows = NabLabelsJson.ReadWindows(windowsPath);
        var profiles = NabProfilesJson.Read(Path.Combine(folder, ProfilesFile));
        var files = new List<NabFile>();
        foreach (string path in DataFiles(data))
        {
            string name = Path.GetRelativePath(data, path).Replace(Path.DirectorySeparatorChar, '/');
            if (!windows.TryGetValue(name, out var limits))
            {
                throw new DataException(windowsPath, null, $"has no entry for the data file {name}");
            }

            var rows = NabDataCsv.Read(path);
            files.Add(new NabFile(name, rows.Timestamps, rows.Values, [.. limits.Select(l => Resolve(l, rows.Timestamps, name, windowsPath))]));
        }

        var present = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return new NabCorpus(files, profiles, [.. windows.Keys.Where(k => !present.Contains(k))]);
    }

    /// <summary>The window whose limits are the rows at <paramref name="limits"/>' times, each time matching exactly one row.</summary>
    /// <param name="limits">The window as written.</param>
    /// <param name="timestamps">The file's row times.</param>
    /// <param name="name">The file's name.</param>
    /// <param name="source">The window file, for messages.</param>
    /// <exception cref="DataException">A limit matches no row or several.</exception>
    internal static NabWindow Resolve(NabWindowLimits limits, IReadOnlyList<DateTimeOffset> timestamps, string name, string source)
    {
        Unique(limits.Start, "start");
        Unique(limits.End, "end");
        return NabWindow.Covering(timestamps, limits.Start, limits.End)!;

        void Unique(DateTimeOffset time, string what)
        {
            int first = NabWindow.LowerBound(timestamps, time);
            int count = 0;
            for (int i = first; i < timestamps.Count && timestamps[i] == time; i++)
            {
                count++;
            }

            if (count != 1)
            {
                throw new DataException(source, limits.Line, $"'{name}': the window {what} {time:yyyy-MM-dd HH:mm:ss} matches {count} rows of the data file; it must be the time of exactly one row");
            }
        }
    }

    private static IEnumerable<string> DataFiles(string data) =>
        Directory.EnumerateDirectories(data)
            .SelectMany(category => Directory.EnumerateFiles(category, "*.csv"))
            .Order(StringComparer.Ordinal);
}
