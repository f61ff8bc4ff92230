using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Sdk;
using Serilog;

namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>Where the built fixture and sample plugins are, and helpers to lay out plugin folders for a scenario.</summary>
internal static class PluginFixtures
{
    public const string Throwing = "GeoAnomaly.Fixtures.ThrowingPlugin";
    public const string Hanging = "GeoAnomaly.Fixtures.HangingPlugin";
    public const string ConflictingDependency = "GeoAnomaly.Fixtures.ConflictingDependencyPlugin";
    public const string BadComponent = "GeoAnomaly.Fixtures.BadComponentPlugin";

    private static readonly Lazy<string> s_repoRoot = new(FindRepoRoot);

    /// <summary>The repository root: the first folder above the test binaries holding GeoAnomaly.sln.</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary><c>artifacts/test-plugins</c>, where fixture plugins stage themselves when built.</summary>
    public static string TestPluginsRoot => Path.Combine(RepoRoot, "artifacts", "test-plugins");

    /// <summary><c>artifacts/plugins</c>, where the built-in plugins stage themselves when built.</summary>
    public static string BuiltInPluginsRoot => Path.Combine(RepoRoot, "artifacts", "plugins");

    /// <summary><c>samples/MyDetector/bin/plugin</c>, where the sample plugin stages itself when built.</summary>
    public static string SamplePluginRoot => Path.Combine(RepoRoot, "samples", "MyDetector", "bin", "plugin");

    public static ILogger Logger { get; } = new LoggerConfiguration().CreateLogger();

    /// <summary>The staged folder of fixture <paramref name="name"/>; fails clearly when it was not built.</summary>
    public static string Folder(string name)
    {
        string folder = Path.Combine(TestPluginsRoot, name);
        Assert.True(File.Exists(Path.Combine(folder, name + ".dll")), $"fixture plugin {name} is not staged in {folder}; build tests/Fixtures first");
        return folder;
    }

    /// <summary>Copies the staged fixture <paramref name="name"/> into <paramref name="root"/> as <c>root/name/</c>.</summary>
    public static string CopyInto(string name, string root)
    {
        string source = Folder(name);
        string target = Path.Combine(root, name);
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>Loads the catalog from explicit folders only.</summary>
    public static PluginCatalog Load(params string[] folders) =>
        PluginCatalog.Load(PluginSearchPath.Resolve(folders, null, null), Logger);

    /// <summary>A channel of seeded noise on station <paramref name="station"/>.</summary>
    public static ChannelSeries Channel(string station, int length = 2000, int seed = 3)
    {
        var random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        }

        var series = new Series(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(1), values);
        return new ChannelSeries(new ChannelInfo(new ChannelId("XX", station, "CH"), ChannelKind.Deformation, "nstrain"), series);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoAnomaly.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds GeoAnomaly.sln");
    }
}
