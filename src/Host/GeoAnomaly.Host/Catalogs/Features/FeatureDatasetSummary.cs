using System.Globalization;
using System.Text;

namespace GeoAnomaly.Host.Catalogs.Features;

/// <summary>What an analyst checks before training on a dataset: class balance per horizon, and each feature's range and missing values.</summary>
internal static class FeatureDatasetSummary
{
    /// <summary>The summary of a dataset as <see cref="FeatureDataset.Write"/> gathered it.</summary>
    /// <param name="stats">The dataset's statistics.</param>
    /// <param name="horizonsDays">Its horizons.</param>
    public static string Format(FeatureDatasetStats stats, IReadOnlyList<int> horizonsDays)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(horizonsDays);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("class balance:");
        for (int h = 0; h < horizonsDays.Count; h++)
        {
            text.AppendLine(string.Create(inv, $"  {horizonsDays[h]} days: {stats.Positives[h]:N0} positive of {stats.Rows:N0} ({100.0 * stats.Positives[h] / Math.Max(1, stats.Rows):0.###} %)"));
        }

        text.AppendLine("features (min .. max, missing):");
        for (int c = 0; c < stats.Features.Count; c++)
        {
            string range = stats.Missing[c] == stats.Rows ? "all missing" : string.Create(inv, $"{stats.Min[c]:G4} .. {stats.Max[c]:G4}");
            text.AppendLine(string.Create(inv, $"  {stats.Features[c],-40} {range,-28} {stats.Missing[c]:N0} missing"));
        }

        return text.ToString();
    }
}
