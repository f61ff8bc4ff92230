using System.Globalization;

namespace GeoAnomaly.Cli.Tests.Support;

/// <summary>The sample plugin's staged folder (built through the project's build-order reference) and data it can screen.</summary>
internal static class SamplePlugin
{
    private static readonly Lazy<string> s_repoRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoAnomaly.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds GeoAnomaly.sln");
    });

    /// <summary>The repository root (the folder holding GeoAnomaly.sln).</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary><c>samples/MyDetector/bin/plugin</c>: give it to <c>--plugins</c>.</summary>
    public static string Root
    {
        get
        {
            string root = Path.Combine(s_repoRoot.Value, "samples", "MyDetector", "bin", "plugin");
            Assert.True(File.Exists(Path.Combine(root, "MyDetector", "MyDetector.dll")), $"the sample plugin is not built into {root}");
            return root;
        }
    }

    /// <summary>Writes a plain CSV (<c>time,tilt</c>) of two days of seeded unit noise (clipped to ±3) with a 15-sigma spike at minute 2,000.</summary>
    public static string WriteSpikeCsv(string folder, string name = "STA1.csv")
    {
        var random = new Random(11);
        var start = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var lines = new List<string> { "time,tilt" };
        for (int i = 0; i < 2880; i++)
        {
            double noise = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            double value = Math.Clamp(noise, -3, 3) + (i == 2000 ? 15 : 0);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{start.AddMinutes(i):yyyy-MM-ddTHH:mm:ssZ},{value:0.#####}"));
        }

        string path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
