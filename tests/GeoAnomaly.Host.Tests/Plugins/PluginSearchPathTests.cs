using GeoAnomaly.Host.Plugins;

namespace GeoAnomaly.Host.Tests.Plugins;

public sealed class PluginSearchPathTests
{
    private static readonly string s_root = Path.Combine(Path.GetTempPath(), "ga-search");

    [Fact]
    public void Explicit_folders_come_first_then_the_environment_list_then_the_default()
    {
        // Given
        string a = Path.Combine(s_root, "a");
        string b = Path.Combine(s_root, "b");
        string c = Path.Combine(s_root, "c");
        string exe = Path.Combine(s_root, "exe");

        // When
        var path = PluginSearchPath.Resolve([b, a], $"{c}{Path.PathSeparator}{a}", exe);

        // Then: a appears once, where it was first named
        Assert.Equal(
            [(b, PluginFolderSource.CommandLine), (a, PluginFolderSource.CommandLine), (c, PluginFolderSource.Environment), (Path.Combine(exe, "plugins"), PluginFolderSource.Default)],
            path.Roots.Select(r => (r.Path, r.Source)));
    }

    [Fact]
    public void Empty_entries_of_the_environment_list_are_ignored()
    {
        // Given
        string a = Path.Combine(s_root, "a");

        // When
        var path = PluginSearchPath.Resolve([], $"{Path.PathSeparator}{a}{Path.PathSeparator} ", null);

        // Then
        Assert.Equal([a], path.Roots.Select(r => r.Path));
    }

    [Fact]
    public void Relative_folders_are_made_absolute_and_named_by_source()
    {
        // When
        var path = PluginSearchPath.Resolve(["rel"], null, null);

        // Then
        var root = Assert.Single(path.Roots);
        Assert.True(Path.IsPathFullyQualified(root.Path));
        Assert.Equal("--plugins", root.SourceName);
    }
}
