using GeoAnomaly.Host.Evaluation.Nab;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Builders of small NAB files, detections and folders for the NAB scorer's tests.</summary>
internal static class NabFiles
{
    /// <summary>The step of the built files: five minutes, as most NAB series.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    /// <summary>A file of <paramref name="length"/> rows five minutes apart from <see cref="Some.Start"/>, values 0, with windows over the given rows.</summary>
    public static NabFile Regular(int length, params (int First, int Last)[] windows) => Regular("test/file.csv", length, windows);

    /// <summary>A named regular file.</summary>
    public static NabFile Regular(string name, int length, params (int First, int Last)[] windows)
    {
        var times = Times(length);
        return new NabFile(name, times, new double[length], [.. windows.Select(w => new NabWindow(w.First, w.Last, times[w.First], times[w.Last]))]);
    }

    /// <summary>Row times five minutes apart from <see cref="Some.Start"/>.</summary>
    public static DateTimeOffset[] Times(int length) => [.. Enumerable.Range(0, length).Select(i => Some.Start + (i * Step))];

    /// <summary>Anomaly scores: 1 at <paramref name="detected"/>, 0 elsewhere.</summary>
    public static double[] Detections(int length, params int[] detected)
    {
        double[] scores = new double[length];
        foreach (int row in detected)
        {
            scores[row] = 1.0;
        }

        return scores;
    }

    /// <summary>A profile with round weights, for hand computation: A_TP 1, A_FP 0.11, A_FN 1 (NAB's standard).</summary>
    public static NabProfile Standard => NabProfile.Standard;

    /// <summary>The time text NAB writes (<c>2024-03-01 00:05:00.000000</c>) of row <paramref name="row"/> of a regular file.</summary>
    public static string TimeText(int row) => (Some.Start + (row * Step)).ToString("yyyy-MM-dd HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The data CSV of a regular file of <paramref name="length"/> rows.</summary>
    public static string DataCsv(int length) =>
        "timestamp,value\n" + string.Concat(Enumerable.Range(0, length).Select(i => $"{TimeText(i)[..19]},{i}\n"));

    /// <summary>NAB's standard profiles file text.</summary>
    public const string ProfilesJson = """
        {
        "standard": {"CostMatrix": {"tpWeight": 1.0, "fnWeight": 1.0, "fpWeight": 0.11, "tnWeight": 1.0}},
        "reward_low_FP_rate": {"CostMatrix": {"tpWeight": 1.0, "fnWeight": 1.0, "fpWeight": 0.22, "tnWeight": 1.0}},
        "reward_low_FN_rate": {"CostMatrix": {"tpWeight": 1.0, "fnWeight": 2.0, "fpWeight": 0.11, "tnWeight": 1.0}}
        }
        """;

    /// <summary>Writes a NAB folder: the given data files (name, rows), a window file and the profiles file; returns its path.</summary>
    public static string WriteLayout(TempFolder folder, string windowsJson, params (string Name, int Rows)[] files)
    {
        foreach (var (name, rows) in files)
        {
            string path = Path.Combine(folder.Path, "data", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, DataCsv(rows));
        }

        Directory.CreateDirectory(Path.Combine(folder.Path, "labels"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "config"));
        File.WriteAllText(Path.Combine(folder.Path, "labels", "combined_windows.json"), windowsJson);
        File.WriteAllText(Path.Combine(folder.Path, "config", "profiles.json"), ProfilesJson);
        return folder.Path;
    }
}
