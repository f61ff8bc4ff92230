using System.Text;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Writes a file so that readers see either the old content or the complete new content, never a part.</summary>
/// <remarks>
/// The text goes to a temporary file beside the target (same directory, so the same volume), is flushed to disk, and
/// is then renamed over the target, which is atomic on POSIX file systems and NTFS. If writing fails the temporary
/// file is deleted and the target is left as it was.
/// </remarks>
internal static class AtomicFile
{
    /// <summary>Marks temporary files; a crash can leave one behind, never a half-written target.</summary>
    public const string TempSuffix = ".partial";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/> atomically (UTF-8, no BOM).</summary>
    /// <param name="path">The target file; its directory is created when missing.</param>
    /// <param name="write">Writes the whole content.</param>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536))
            {
                using (var writer = new StreamWriter(stream, s_utf8, 65536, leaveOpen: true))
                {
                    write(writer);
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (IOException)
        {
            // The original failure matters more than a leftover temporary file (named *.partial, never the target).
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
