using System.Globalization;
using GeoAnomaly.Host.Catalogs.Features;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Host.Forecasting;

/// <summary>Reads a dataset written by <c>geoanomaly features</c> for one of its horizons.</summary>
internal static class ForecastDatasetReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="path">The dataset CSV.</param>
    /// <param name="horizonDays">The horizon whose labels to use; null when the file has exactly one.</param>
    /// <exception cref="DataException">Not a dataset, an unknown horizon, or a malformed row (file, line and column named).</exception>
    public static ForecastDataset Read(string path, int? horizonDays = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string source = Path.GetFileName(path);
        string? headerLine = File.ReadLines(path).FirstOrDefault();
        if (string.IsNullOrWhiteSpace(headerLine))
        {
            throw new DataException(path, null, "file is empty; expected a dataset written by 'geoanomaly features'");
        }

        string[] names = headerLine.Split(',');
        var missingKeys = FeatureDataset.KeyColumns.Where(k => !names.Contains(k, StringComparer.Ordinal)).ToList();
        if (missingKeys.Count > 0)
        {
            throw new DataException(path, 1, $"missing column(s) {string.Join(", ", missingKeys)}; not a dataset written by 'geoanomaly features'");
        }

        var horizons = names.Where(n => n.StartsWith("label_", StringComparison.Ordinal) && n.EndsWith('d'))
            .Select(n => int.TryParse(n.AsSpan(6, n.Length - 7), NumberStyles.None, CultureInfo.InvariantCulture, out int h) ? h : -1)
            .Where(h => h > 0).ToList();
        int horizon = horizonDays ?? (horizons.Count == 1 ? horizons[0]
            : throw new DataException(path, 1, $"the dataset has labels for {Describe(horizons)}; choose one with --horizon"));
        if (!horizons.Contains(horizon))
        {
            throw new DataException(path, 1, $"no label for a {horizon}-day horizon; the dataset has {Describe(horizons)}");
        }

        string label = $"label_{horizon}d";
        string first = $"first_target_{horizon}d_utc";
        var featureColumns = names.Where(n => !FeatureDataset.KeyColumns.Contains(n, StringComparer.Ordinal)
            && !n.StartsWith("label_", StringComparison.Ordinal) && !n.StartsWith("first_target_", StringComparison.Ordinal)).ToList();
        string[] features = [.. featureColumns.Select(StripUnit)];

        using var reader = new StreamReader(path);
        var table = new CsvTableReader(reader, source, names, []);
        var keys = new List<ForecastRowKey>();
        var values = new List<double>();
        while (table.Read())
        {
            string flag = table.Text(label);
            bool positive = flag switch
            {
                "1" => true,
                "0" => false,
                _ => throw table.Error(label, $"'{flag}' is not 0 or 1"),
            };
            string firstText = table.Text(first);
            keys.Add(new ForecastRowKey(
                table.Required("cell"),
                table.Number("cell_lat_deg"),
                table.Number("cell_lon_deg"),
                table.Time("issue_time_utc"),
                positive,
                firstText.Length == 0 ? null : table.Time(first)));
            foreach (string column in featureColumns)
            {
                values.Add(table.Number(column));
            }
        }

        if (keys.Count == 0)
        {
            throw new DataException(path, null, "the dataset has no rows");
        }

        return new ForecastDataset(source, features, [.. values], keys, horizon);
    }

    /// <summary>A column name without its <c> [unit]</c> suffix.</summary>
    /// <param name="column">The header text.</param>
    public static string StripUnit(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        int bracket = column.IndexOf(" [", StringComparison.Ordinal);
        return bracket < 0 ? column : column[..bracket];
    }

    private static string Describe(List<int> horizons) =>
        horizons.Count == 0 ? "no horizon" : string.Join(", ", horizons.Select(h => $"{h} days"));
}
