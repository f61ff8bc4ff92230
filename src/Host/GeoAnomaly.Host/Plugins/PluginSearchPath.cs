namespace GeoAnomaly.Host.Plugins;

/// <summary>Where a searched plugin folder was named.</summary>
internal enum PluginFolderSource
{
    /// <summary>Given on the command line with <c>--plugins DIR</c>.</summary>
    CommandLine,

    /// <summary>Listed in the <c>GEOANOMALY_PLUGINS</c> environment variable.</summary>
    Environment,

    /// <summary>The <c>plugins</c> folder beside the executable; skipped when it does not exist.</summary>
    Default,
}

/// <summary>One folder to search for plugin subfolders.</summary>
/// <param name="Path">Full path of the folder.</param>
/// <param name="Source">Where it was named; only <see cref="PluginFolderSource.Default"/> may be missing silently.</param>
internal sealed record PluginSearchRoot(string Path, PluginFolderSource Source)
{
    /// <summary>How the folder was named, for messages: <c>--plugins</c>, <c>GEOANOMALY_PLUGINS</c> or <c>default</c>.</summary>
    public string SourceName => Source switch
    {
        PluginFolderSource.CommandLine => "--plugins",
        PluginFolderSource.Environment => PluginSearchPath.EnvironmentVariable,
        _ => "default",
    };
}

/// <summary>
/// The ordered list of folders searched for plugins: folders given with <c>--plugins</c> (in the order given), then
/// those in <c>GEOANOMALY_PLUGINS</c> (a <see cref="System.IO.Path.PathSeparator"/>-separated list), then
/// <c>&lt;AppContext.BaseDirectory&gt;/plugins</c>. A plugin found in an earlier folder shadows one of the same name
/// found later, so a user can override a built-in plugin.
/// </summary>
internal sealed class PluginSearchPath
{
    /// <summary>The environment variable listing plugin folders.</summary>
    public const string EnvironmentVariable = "GEOANOMALY_PLUGINS";

    /// <summary>Name of the default folder beside the executable.</summary>
    public const string DefaultFolderName = "plugins";

    private PluginSearchPath(IReadOnlyList<PluginSearchRoot> roots) => Roots = roots;

    /// <summary>The folders in search order, duplicates removed (the first mention wins).</summary>
    public IReadOnlyList<PluginSearchRoot> Roots { get; }

    /// <summary>Builds the search path from explicit folders, the real environment and <see cref="AppContext.BaseDirectory"/>.</summary>
    /// <param name="explicitFolders">Folders given with <c>--plugins</c>.</param>
    public static PluginSearchPath FromEnvironment(IEnumerable<string> explicitFolders) =>
        Resolve(explicitFolders, Environment.GetEnvironmentVariable(EnvironmentVariable), AppContext.BaseDirectory);

    /// <summary>Builds the search path from the three sources given as values (testable without touching the process).</summary>
    /// <param name="explicitFolders">Folders given with <c>--plugins</c>; relative paths are taken from the current directory.</param>
    /// <param name="environmentValue">The value of <c>GEOANOMALY_PLUGINS</c>, or null when unset.</param>
    /// <param name="baseDirectory">The executable's folder, whose <c>plugins</c> subfolder is searched last; null to skip.</param>
    public static PluginSearchPath Resolve(IEnumerable<string> explicitFolders, string? environmentValue, string? baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(explicitFolders);
        var roots = new List<PluginSearchRoot>();
        foreach (string folder in explicitFolders)
        {
            Add(roots, folder, PluginFolderSource.CommandLine);
        }

        foreach (string folder in (environmentValue ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Add(roots, folder, PluginFolderSource.Environment);
        }

        if (!string.IsNullOrEmpty(baseDirectory))
        {
            Add(roots, Path.Combine(baseDirectory, DefaultFolderName), PluginFolderSource.Default);
        }

        return new PluginSearchPath(roots);
    }

    private static void Add(List<PluginSearchRoot> roots, string folder, PluginFolderSource source)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!roots.Exists(r => string.Equals(r.Path, full, StringComparison.Ordinal)))
        {
            roots.Add(new PluginSearchRoot(full, source));
        }
    }
}
