using System.Globalization;

namespace GeoAnomaly.Cli.Tests.Support;

/// <summary>Small forecast datasets in the layout <c>geoanomaly features</c> writes, and the built-in plugin folder.</summary>
internal static class ForecastDatasets
{
    /// <summary>The first weekly issue time of <see cref="Write"/>.</summary>
    public static readonly DateTimeOffset Start = new(2000, 1, 3, 0, 0, 0, TimeSpan.Zero);

    /// <summary><c>artifacts/plugins</c>, where the build stages the built-in plugins (the forecasting one included).</summary>
    public static string BuiltInPlugins
    {
        get
        {
            string root = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(SamplePlugin.Root)!)!)!, "..", "artifacts", "plugins");
            root = Path.GetFullPath(root);
            Assert.True(Directory.Exists(Path.Combine(root, "GeoAnomaly.Plugins.Forecasting")), $"the forecasting plugin is not built into {root}");
            return root;
        }
    }

    /// <summary>Writes <paramref name="cells"/> cells x <paramref name="issues"/> weekly rows with a 30-day label whose
    /// probability rises with the seismicity column <c>pa_b</c> (the anomaly column is noise), seeded.</summary>
    public static string Write(string folder, int cells = 4, int issues = 260, int seed = 5)
    {
        var random = new Random(seed);
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string> { "cell,cell_lat_deg,cell_lon_deg,issue_time_utc,pa_b [1],anomaly_count_7d,label_30d,first_target_30d_utc" };
        for (int c = 0; c < cells; c++)
        {
            for (int k = 0; k < issues; k++)
            {
                double x = random.NextDouble();
                bool label = random.NextDouble() < 0.02 + (0.4 * x * x);
                var t = Start.AddDays(7 * k);
                string first = label ? t.AddDays(5).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", inv) : "";
                lines.Add(string.Create(inv, $"c{c},{35 + c},{140 + c},{t.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ},{x:R},{random.Next(0, 3)},{(label ? 1 : 0)},{first}"));
            }
        }

        string path = Path.Combine(folder, "dataset.csv");
        File.WriteAllLines(path, lines);
        return path;
    }
}
