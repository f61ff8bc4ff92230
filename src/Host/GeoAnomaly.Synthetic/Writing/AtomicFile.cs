using System.Text;

namespace GeoAnomaly.Synthetic.Writing;

/// <summary>Writes a text file so that readers see either the old file or the complete new one, never a partial one.</summary>
/// <remarks>
/// The text goes to a temporary file beside the target (same directory, so the same file system), which is then
/// renamed over the target; a rename within one file system is atomic on Linux, macOS and Windows (NTFS). If writing
/// fails the temporary file is deleted and the target is untouched. Text is UTF-8 without a byte-order mark, with LF
/// line ends.
/// </remarks>
internal static class AtomicFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, atomically.</summary>
    /// <param name="path">Target file; its directory must exist.</param>
    /// <param name="write">Writes the content.</param>
    public static void Write(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(path);
        string temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new StreamWriter(stream, s_utf8, 1 << 16) { NewLine = "\n" })
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
