using System.Globalization;

namespace GeoAnomaly.Plugins.Tests.Support.SpectralResidual;

/// <summary>
/// The 1 Hz areal strain of PBO station B084 during the 2011 Tohoku earthquake, read from
/// <c>../shared/data/series/strain-tohoku-2011/tohoku_strain_1hz.csv</c> beside the repository (see its SOURCE.md).
/// </summary>
internal sealed class TohokuStrain
{
    private const string RelativePath = "series/strain-tohoku-2011/tohoku_strain_1hz.csv";

    private TohokuStrain(double[] areal, int firstSeismic)
    {
        Areal = areal;
        FirstSeismic = firstSeismic;
    }

    /// <summary>The <c>areal</c> column (microstrain), one sample per second.</summary>
    public double[] Areal { get; }

    /// <summary>Index of the first row whose <c>epoch</c> is <c>seismic</c> (the predicted P arrival).</summary>
    public int FirstSeismic { get; }

    /// <summary>Reads the file; skips the test when the shared data is not there.</summary>
    public static TohokuStrain Load()
    {
        string path = Path.Combine(SharedDataRoot(), RelativePath);
        if (!File.Exists(path))
        {
            Assert.Skip($"shared data file {path} is not present");
        }

        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        int arealColumn = Array.IndexOf(header, "areal");
        int epochColumn = Array.IndexOf(header, "epoch");
        Assert.True(arealColumn >= 0 && epochColumn >= 0, $"{path}: columns areal and epoch expected, header is {lines[0]}");
        var areal = new List<double>();
        int firstSeismic = -1;
        for (int line = 1; line < lines.Length; line++)
        {
            if (lines[line].Length == 0)
            {
                continue;
            }

            string[] fields = lines[line].Split(',');
            areal.Add(double.Parse(fields[arealColumn], NumberStyles.Float, CultureInfo.InvariantCulture));
            if (firstSeismic < 0 && fields[epochColumn] == "seismic")
            {
                firstSeismic = areal.Count - 1;
            }
        }

        Assert.True(firstSeismic > 0, $"{path}: no row with epoch 'seismic'");
        return new TohokuStrain([.. areal], firstSeismic);
    }

    /// <summary><c>shared/data</c>: walk up from the test binaries to the folder holding GeoAnomaly.sln, then on up
    /// (a git worktree sits deeper than the main checkout) until a <c>shared/data</c> folder appears.</summary>
    private static string SharedDataRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GeoAnomaly.sln")))
        {
            dir = dir.Parent;
        }

        for (var up = dir?.Parent; up is not null; up = up.Parent)
        {
            string candidate = Path.Combine(up.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "shared-data-not-found");
    }
}
