namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>Third-party data beside the repository (<c>../shared/data</c>), read in place, never copied.</summary>
internal static class SharedData
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(PluginFixtures.RepoRoot); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"no shared/data folder above {PluginFixtures.RepoRoot}");
    });

    public static string Path(params string[] parts) => System.IO.Path.Combine([s_root.Value, .. parts]);
}
