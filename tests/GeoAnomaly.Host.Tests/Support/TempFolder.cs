namespace GeoAnomaly.Host.Tests.Support;

/// <summary>A fresh folder under the system temp directory, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "geoanomaly-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> as-is (no newline translation) and returns the file's path.</summary>
    public string Write(string name, string text)
    {
        string file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text);
        return file;
    }

    /// <summary>Writes lines joined with <paramref name="newline"/> (and a final one) and returns the file's path.</summary>
    public string WriteLines(string name, IEnumerable<string> lines, string newline = "\n") =>
        Write(name, string.Join(newline, lines) + newline);

    /// <summary>Names of every file in the folder, sorted.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.GetFiles(Path).Select(f => System.IO.Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does not change any test's outcome.
        }
    }
}
