using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Storage.Files;

public sealed class AtomicFileTests
{
    [Fact]
    public void Write_replaces_the_target_and_leaves_no_temporary_file()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.Write("out.csv", "old\n");

        // When
        AtomicFile.WriteText(path, w => w.Write("new\n"));

        // Then
        Assert.Equal("new\n", File.ReadAllText(path));
        Assert.Equal(["out.csv"], folder.Files());
    }

    [Fact]
    public void Failed_write_keeps_the_old_content_and_leaves_no_temporary_file()
    {
        // Given
        using var folder = new TempFolder();
        string path = folder.Write("out.csv", "old\n");

        // When
        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteText(path, w =>
        {
            w.Write("half of the new con");
            w.Flush();
            throw new InvalidOperationException("crash while writing");
        }));

        // Then
        Assert.Equal("crash while writing", error.Message);
        Assert.Equal("old\n", File.ReadAllText(path));
        Assert.Equal(["out.csv"], folder.Files());
    }

    [Fact]
    public void Failed_first_write_leaves_no_file_at_all()
    {
        // Given
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "sub", "events.csv");

        // When
        Assert.Throws<IOException>(() => AtomicFile.WriteText(path, _ => throw new IOException("disk full")));

        // Then
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
