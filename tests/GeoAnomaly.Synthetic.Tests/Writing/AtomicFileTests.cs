using GeoAnomaly.Synthetic.Tests.Support;
using GeoAnomaly.Synthetic.Writing;

namespace GeoAnomaly.Synthetic.Tests.Writing;

public sealed class AtomicFileTests
{
    [Fact]
    public void A_failed_write_leaves_the_old_file_and_no_temporary_file()
    {
        // Given
        using var dir = new TempDirectory();
        string path = dir["data.csv"];
        File.WriteAllText(path, "old");

        // When
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, w =>
        {
            w.Write("partial");
            throw new InvalidOperationException("disk full");
        }));

        // Then
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_successful_write_replaces_the_file_with_LF_lines_and_no_byte_order_mark()
    {
        // Given
        using var dir = new TempDirectory();
        string path = dir["data.csv"];
        File.WriteAllText(path, "old");

        // When
        AtomicFile.Write(path, w => w.WriteLine("µrad"));

        // Then
        Assert.Equal([0xC2, 0xB5, (byte)'r', (byte)'a', (byte)'d', (byte)'\n'], File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(dir.Path));
    }
}
