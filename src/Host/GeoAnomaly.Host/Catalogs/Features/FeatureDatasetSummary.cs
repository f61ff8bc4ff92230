using System.Globalization;
using System.Text;

namespace GeoAnomaly.Host.Catalogs.Features;

/// <summary>What an analyst checks before training on a dataset: class balance per horizon, and each feature's range and missing values.</summary>
internal static class FeatureDatasetSummary
{
    /// <summary>The summary of a dataset written by <see cref="FeatureDataset.Write"/>, read back from its CSV.</summary>
    /// <param name="path">The dataset CSV.</param>
    /// <param name="horizonsDays">Its horizons.</param>
    /// <param name="positives">Positive labels per horizon.</param>
    /// <param name="rows">Rows written.</param>
    public static string Format(string path, IReadOnlyList<int> horizonsDays, IReadOnlyList<long> positives, long rows)
    {
        ArgumentNullException.ThrowIfNull(horizonsDays);
        ArgumentNullException.ThrowIfNull(positives);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("class balance:");
        for (int h = 0; h < horizonsDays.Count; h++)
        {
            text.AppendLine(string.Create(inv, $"  {horizonsDays[h]} days: {positives[h]:N0} positive of {rows:N0} ({100.0 * positives[h] / Math.Max(1, rows):0.###} %)"));
        }

        using var reader = new StreamReader(path);
        string[] header = (reader.ReadLine() ?? string.Empty).Split(',');
        int first = FeatureDataset.KeyColumns.Length;
        int last = header.Length - (2 * horizonsDays.Count);
        int n = Math.Max(0, last - first);
        double[] min = new double[n];
        double[] max = new double[n];
        long[] missing = new long[n];
        Array.Fill(min, double.PositiveInfinity);
        Array.Fill(max, double.NegativeInfinity);
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            string[] cells = line.Split(',');
            for (int c = 0; c < n; c++)
            {
                if (double.TryParse(cells[first + c], NumberStyles.Float, inv, out double v))
                {
                    min[c] = Math.Min(min[c], v);
                    max[c] = Math.Max(max[c], v);
                }
                else
                {
                    missing[c]++;
                }
            }
        }

        text.AppendLine("features (min .. max, missing):");
        for (int c = 0; c < n; c++)
        {
            string range = missing[c] == rows ? "all missing" : string.Create(inv, $"{min[c]:G4} .. {max[c]:G4}");
            text.AppendLine(string.Create(inv, $"  {header[first + c],-40} {range,-28} {missing[c]:N0} missing"));
        }

        return text.ToString();
    }
}
