using System.Globalization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Tides;

/// <summary>The real well record in <c>shared/data/series/well-transducer</c>: water level (transducer, not vented:
/// water column plus air pressure) and barometric pressure, both in dbar, plus the package's synthetic earth-tide
/// gravity <c>et</c>, every 2 minutes for 51 days of 2016.</summary>
internal static class WellTransducer
{
    /// <summary>Path of the CSV relative to the folder that holds <c>shared/data</c>.</summary>
    public const string RelativePath = "shared/data/series/well-transducer/transducer.csv";

    /// <summary>Metres of fresh water per dbar: 10⁴ Pa / (1000 kg/m³ · 9.80665 m/s²).</summary>
    public const double MetresPerDbar = 1.0197162;

    private static readonly string[] s_columns = ["datetime", "wl", "baro", "et"];

    /// <summary>The CSV's full path, found by walking up from the test's folder; null if it is not there.</summary>
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

    /// <summary>Reads the columns wl, baro and et as series on the file's 2-minute grid.</summary>
    /// <param name="path">The CSV.</param>
    public static (Series Level, Series Baro, Series EarthTide) Load(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        int[] columns = [.. s_columns.Select(name => Array.IndexOf(header, name))];
        if (columns.Any(c => c < 0))
        {
            throw new InvalidDataException($"{path}, line 1: needs columns datetime, wl, baro and et, got '{lines[0]}'");
        }

        var stamps = new List<DateTimeOffset>();
        var level = new List<double>();
        var baro = new List<double>();
        var tide = new List<double>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            string[] cells = lines[i].Split(',');
            if (!DateTimeOffset.TryParse(cells[columns[0]], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp)
                || !double.TryParse(cells[columns[1]], NumberStyles.Float, CultureInfo.InvariantCulture, out double wl)
                || !double.TryParse(cells[columns[2]], NumberStyles.Float, CultureInfo.InvariantCulture, out double p)
                || !double.TryParse(cells[columns[3]], NumberStyles.Float, CultureInfo.InvariantCulture, out double et))
            {
                throw new InvalidDataException($"{path}, line {i + 1}: cannot read '{lines[i]}'");
            }

            if (stamps.Count > 1 && stamp - stamps[^1] != stamps[1] - stamps[0])
            {
                throw new InvalidDataException($"{path}, line {i + 1}: stamp {stamp:O} breaks the {stamps[1] - stamps[0]} step");
            }

            stamps.Add(stamp);
            level.Add(wl);
            baro.Add(p);
            tide.Add(et);
        }

        var step = stamps[1] - stamps[0];
        return (new Series(stamps[0], step, [.. level]), new Series(stamps[0], step, [.. baro]), new Series(stamps[0], step, [.. tide]));
    }
}
