namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Paths to third-party data under <c>../shared/data</c> beside the repository (never copied into it).</summary>
internal static class SharedData
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The <c>shared/data</c> folder.</summary>
    public static string Root => s_root.Value;

    /// <summary>A file under <c>shared/data</c>; skips the test when it is absent.</summary>
    /// <param name="relative">Path below <c>shared/data</c>, for example <c>series/intermagnet-bou/BOU201601vmin.min</c>.</param>
    public static string File(string relative)
    {
        string path = Path.Combine(Root, relative);
        if (!System.IO.File.Exists(path))
        {
            Assert.Skip($"shared data file {path} is not present");
        }

        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "GeoAnomaly.sln")))
        {
            dir = dir.Parent;
        }

        // ../shared/data beside the repository; a git worktree sits one level deeper, so keep walking up.
        for (var up = dir?.Parent; up is not null; up = up.Parent)
        {
            string candidate = Path.Combine(up.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "shared-data-not-found");
    }
}
