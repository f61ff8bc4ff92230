namespace GeoAnomaly.Synthetic.Tests.Support;

/// <summary>Finds third-party data in <c>../shared/data</c> beside the repository (never copied into it).</summary>
internal static class SharedData
{
    /// <summary>Full path of <paramref name="relative"/> under shared/data, or null when the folder is not there.</summary>
    /// <param name="relative">Path under shared/data, '/' separated.</param>
    public static string? Find(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "GeoAnomaly.sln")))
        {
            dir = dir.Parent;
        }

        // ../shared/data from the repository root; a worktree one level deeper (wt/<name>) finds it one more level up.
        for (var parent = dir?.Parent; parent != null && dir != null && parent != dir.Parent?.Parent?.Parent; parent = parent.Parent)
        {
            string path = Path.GetFullPath(Path.Combine(parent.FullName, "shared", "data", relative));
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
