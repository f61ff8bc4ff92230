using System.Globalization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.IsolationForest;

/// <summary>The 1 Hz areal strain at PBO station B084 during the 2011 Tohoku earthquake, labelled by <c>epoch</c>.</summary>
internal static class TohokuStrain
{
    /// <summary>Path of the CSV relative to the folder that holds <c>shared/data</c>.</summary>
    public const string RelativePath = "shared/data/series/strain-tohoku-2011/tohoku_strain_1hz.csv";

    /// <summary>The CSV's full path, found by walking up from the test's folder to one that contains <c>shared/data</c>; null if none does.</summary>
    public static string? FindFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reads column <paramref name="column"/> as a series (step from the first two stamps) and the seismic label.</summary>
    /// <param name="path">The CSV.</param>
    /// <param name="column">A numeric column, for example <c>areal</c>.</param>
    public static (Series Series, bool[] Seismic) Load(string path, string column = "areal")
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        int time = Array.IndexOf(header, "Dts");
        int value = Array.IndexOf(header, column);
        int epoch = Array.IndexOf(header, "epoch");
        if (time < 0 || value < 0 || epoch < 0)
        {
            throw new InvalidDataException($"{path}, line 1: needs columns Dts, {column} and epoch");
        }

        var stamps = new List<DateTimeOffset>();
        var values = new List<double>();
        var seismic = new List<bool>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            string[] cells = lines[i].Split(',');
            if (!DateTimeOffset.TryParse(cells[time], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp)
                || !double.TryParse(cells[value], NumberStyles.Float, CultureInfo.InvariantCulture, out double x)
                || cells[epoch] is not ("preseismic" or "seismic"))
            {
                throw new InvalidDataException($"{path}, line {i + 1}: cannot read '{lines[i]}'");
            }

            stamps.Add(stamp);
            values.Add(x);
            seismic.Add(cells[epoch] == "seismic");
        }

        var step = stamps[1] - stamps[0];
        for (int i = 1; i < stamps.Count; i++)
        {
            if (stamps[i] - stamps[i - 1] != step)
            {
                throw new InvalidDataException($"{path}, line {i + 2}: stamp {stamps[i]:O} breaks the {step} step");
            }
        }

        return (new Series(stamps[0], step, values.ToArray()), seismic.ToArray());
    }
}
