namespace GeoAnomaly.Plugins.Tests.Support.Ssa;

/// <summary>Paths to third-party data under <c>shared/data</c> beside the repository (never copied into it).</summary>
internal static class SharedData
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>A file under <c>shared/data</c>; skips the test when it is absent.</summary>
    /// <param name="relative">Path below <c>shared/data</c>.</param>
    public static string File(string relative)
    {
        string path = Path.Combine(s_root.Value, relative);
        if (!System.IO.File.Exists(path))
        {
            Assert.Skip($"shared data file {path} is not present");
        }

        return path;
    }

    /// <summary>Walks up from the test binaries to the first folder holding <c>shared/data</c> (a worktree sits deeper).</summary>
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "shared-data-not-found");
    }
}
