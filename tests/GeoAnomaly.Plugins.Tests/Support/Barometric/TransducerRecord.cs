using System.Globalization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Barometric;

/// <summary>The real well record of <c>shared/data/series/well-transducer</c> (jkennel/waterlevel's <c>transducer</c>
/// data set): a non-vented transducer (water column plus air, dbar) and a barometer (dbar) every 2 minutes, 51 days.</summary>
/// <param name="Level">The transducer reading <c>wl</c>, dbar.</param>
/// <param name="Pressure">The barometer <c>baro</c>, dbar.</param>
internal sealed record TransducerRecord(Series Level, Series Pressure)
{
    /// <summary>The file below <c>shared/data</c>.</summary>
    public const string RelativePath = "series/well-transducer/transducer.csv";

    /// <summary>Loads the record; skips the test when the shared data is absent.</summary>
    public static TransducerRecord Load()
    {
        string? path = Find();
        if (path is null)
        {
            Assert.Skip($"shared/data/{RelativePath} not found above {AppContext.BaseDirectory}");
        }

        string[] lines = File.ReadAllLines(path);
        Assert.Equal("datetime,wl,baro,et", lines[0]);
        var times = new DateTimeOffset[lines.Length - 1];
        double[] level = new double[lines.Length - 1];
        double[] pressure = new double[lines.Length - 1];
        for (int i = 1; i < lines.Length; i++)
        {
            string[] fields = lines[i].Split(',');
            times[i - 1] = DateTimeOffset.Parse(fields[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            level[i - 1] = double.Parse(fields[1], CultureInfo.InvariantCulture);
            pressure[i - 1] = double.Parse(fields[2], CultureInfo.InvariantCulture);
        }

        var step = times[1] - times[0];
        for (int i = 1; i < times.Length; i++)
        {
            Assert.True(times[i] - times[i - 1] == step, $"{path} line {i + 1}: step {times[i] - times[i - 1]}, expected {step}");
        }

        return new TransducerRecord(new Series(times[0], step, level), new Series(times[0], step, pressure));
    }

    /// <summary>Walks up from the test binaries to the first folder holding <c>shared/data</c> (a worktree sits deeper).</summary>
    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data", RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
