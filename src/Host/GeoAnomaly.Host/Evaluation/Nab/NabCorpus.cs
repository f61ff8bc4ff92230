namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>A labelled NAB corpus: the files present with their windows, and the scoring profiles.</summary>
internal sealed class NabCorpus
{
    /// <summary>Creates a corpus.</summary>
    /// <param name="files">The labelled files (names unique).</param>
    /// <param name="profiles">The profiles to score under (names unique, usable weights).</param>
    /// <param name="unavailable">Files the labels name but whose data is absent (reported, not scored).</param>
    /// <exception cref="ArgumentException">A repeated file or profile name, no profile, or a profile with unusable weights.</exception>
    public NabCorpus(IReadOnlyList<NabFile> files, IReadOnlyList<NabProfile> profiles, IReadOnlyList<string>? unavailable = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(profiles);
        if (files.GroupBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } file)
        {
            throw new ArgumentException($"file {file.Key} appears more than once", nameof(files));
        }

        if (profiles.Count == 0 || profiles.GroupBy(p => p.Name, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("a corpus needs at least one profile, each name once", nameof(profiles));
        }

        foreach (var p in profiles)
        {
            var problems = p.Problems();
            if (problems.Count > 0)
            {
                throw new ArgumentException($"profile {p.Name}: {string.Join("; ", problems)}", nameof(profiles));
            }
        }

        Files = [.. files];
        Profiles = [.. profiles];
        Unavailable = [.. unavailable ?? []];
    }

    /// <summary>The labelled files, in name order when read from a folder.</summary>
    public IReadOnlyList<NabFile> Files { get; }

    /// <summary>The profiles.</summary>
    public IReadOnlyList<NabProfile> Profiles { get; }

    /// <summary>Files named by the labels whose data is absent (NAB's published data holds 58; a partial copy fewer).</summary>
    public IReadOnlyList<string> Unavailable { get; }

    /// <summary>Windows over all files present.</summary>
    public int WindowCount => Files.Sum(f => f.Windows.Count);

    /// <summary>The file named <paramref name="name"/> (e.g. <c>realKnownCause/nyc_taxi.csv</c>), or null.</summary>
    /// <param name="name">The file's name relative to the data folder.</param>
    public NabFile? Find(string name) => Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>Reads a corpus in NAB's layout (<see cref="NabCorpusReader.Load"/>).</summary>
    /// <param name="folder">The NAB folder (holding <c>data/</c>, <c>labels/</c>, <c>config/</c>).</param>
    /// <param name="windowsFile">The window file, relative to <paramref name="folder"/> or absolute; null for <c>labels/combined_windows.json</c>.</param>
    /// <exception cref="Storage.DataException">A file is missing or malformed; names the file and line.</exception>
    public static NabCorpus Load(string folder, string? windowsFile = null) => NabCorpusReader.Load(folder, windowsFile);
}
