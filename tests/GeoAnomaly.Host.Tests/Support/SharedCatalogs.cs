namespace GeoAnomaly.Host.Tests.Support;

/// <summary>The real catalogs under <c>../shared/data/catalogs</c> and the sample mappings under <c>samples/catalogs</c>.</summary>
internal static class SharedCatalogs
{
    private static readonly Lazy<string> s_repo = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "GeoAnomaly.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"no GeoAnomaly.sln above {AppContext.BaseDirectory}");
    });

    /// <summary>A shared catalog file, e.g. <c>zmap-sed-switzerland/junk_6.dat</c>; skips the test when absent.</summary>
    public static string File(string relative) => SharedData.File(Path.Combine("catalogs", relative));

    /// <summary>A sample mapping shipped in the repository, e.g. <c>pycsep-global-2014-2019.json</c>.</summary>
    public static string Mapping(string name) => Path.Combine(s_repo.Value, "samples", "catalogs", name);
}
