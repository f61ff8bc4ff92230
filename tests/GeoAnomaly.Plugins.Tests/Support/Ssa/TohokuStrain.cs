using System.Globalization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Ssa;

/// <summary>The 1 Hz areal strain of PBO station B084 during the 2011 Tohoku earthquake (shared data, see its SOURCE.md).</summary>
/// <param name="Areal">The <c>areal</c> column (microstrain) on its 1 s grid.</param>
/// <param name="FirstSeismic">Index of the first row whose <c>epoch</c> is <c>seismic</c> (the predicted P arrival).</param>
internal sealed record TohokuStrain(Series Areal, int FirstSeismic)
{
    public const string RelativePath = "series/strain-tohoku-2011/tohoku_strain_1hz.csv";

    /// <summary>Reads the file; checks that rows are 1 s apart so the grid is the file's own.</summary>
    public static TohokuStrain Load()
    {
        string path = SharedData.File(RelativePath);
        string[] lines = System.IO.File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        int time = Array.IndexOf(header, "Dts");
        int areal = Array.IndexOf(header, "areal");
        int epoch = Array.IndexOf(header, "epoch");
        Assert.True(time >= 0 && areal >= 0 && epoch >= 0, $"{path}: header lacks Dts, areal or epoch: {lines[0]}");
        var values = new double[lines.Length - 1];
        DateTimeOffset start = default;
        int firstSeismic = -1;
        for (int row = 1; row < lines.Length; row++)
        {
            string[] cells = lines[row].Split(',');
            var at = DateTimeOffset.Parse(cells[time], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            if (row == 1)
            {
                start = at;
            }

            Assert.True(at == start.AddSeconds(row - 1), $"{path} line {row + 1}: time {cells[time]} is not 1 s after the previous row");
            values[row - 1] = double.Parse(cells[areal], CultureInfo.InvariantCulture);
            if (firstSeismic < 0 && cells[epoch] == "seismic")
            {
                firstSeismic = row - 1;
            }
        }

        return new TohokuStrain(new Series(start, TimeSpan.FromSeconds(1), values), firstSeismic);
    }
}
